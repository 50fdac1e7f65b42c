package dev.lectern.ui.search;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The go-to box's titles while the search index is not open yet (the first minute of a large library): the articles
 * whose title holds every word typed, letter case aside, those starting with the first word first, then the shorter.
 * It said "No title matches" for titles on screen. No pinyin or other script: the index answers those once open.
 */
final class TitleWords {

    private TitleWords() {
    }

    static List<ArticleId> matching(List<Article> library, String text, int limit) {
        String[] words = text.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        List<Article> found = new ArrayList<>();
        for (Article article : library) {
            String title = article.title().toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String word : words) {
                all &= title.contains(word);
            }
            if (all) {
                found.add(article);
            }
        }
        found.sort(Comparator.comparing((Article a) -> !a.title().toLowerCase(Locale.ROOT).startsWith(words[0]))
                .thenComparingInt(a -> a.title().length()));
        return found.stream().limit(limit).map(Article::id).toList();
    }
}
