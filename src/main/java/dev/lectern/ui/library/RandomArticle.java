package dev.lectern.ui.library;

import dev.lectern.model.Article;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Go › Random Article, for a large archive read at leisure: one of the articles shown (the tags and filters checked
 * narrow it, as they narrow the list), an unread one while there is any, never the one open now.
 */
public final class RandomArticle {

    private RandomArticle() {
    }

    /**
     * @param shown  the articles the list shows
     * @param unread whether an article has not been opened yet
     * @param open   the article open now, or null
     * @param random where the choice comes from
     * @return the article to open, or null when the list holds no other
     */
    public static Article pick(List<Article> shown, Predicate<Article> unread, Article open, RandomGenerator random) {
        List<Article> others = shown.stream().filter(a -> open == null || !a.id().equals(open.id())).toList();
        List<Article> fresh = others.stream().filter(unread).toList();
        List<Article> from = fresh.isEmpty() ? others : fresh;
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }
}
