package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Go › Random Article: an unread article of those shown while there is one, never the one open. */
class RandomArticleTest {

    private final List<Article> shown = List.of(article("a.md"), article("b.md"), article("c.md"), article("d.md"));
    private final Set<String> read = Set.of("a.md", "b.md");

    @Test
    void anUnreadArticleOtherThanTheOpenOneIsChosenAndEachOfThemCanBe() {
        Set<String> chosen = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Article pick = RandomArticle.pick(shown, a -> !read.contains(a.id().path()), shown.get(2), random);
            chosen.add(pick.id().path());
        }
        assertThat(chosen).as("d.md alone is unread and not open").containsExactly("d.md");

        chosen.clear();
        for (int i = 0; i < 200; i++) {
            chosen.add(RandomArticle.pick(shown, a -> !read.contains(a.id().path()), null, random).id().path());
        }
        assertThat(chosen).containsExactlyInAnyOrder("c.md", "d.md");
    }

    @Test
    void withEverythingReadAnyOtherIsChosenAndWithNoOtherNone() {
        Set<String> chosen = new HashSet<>();
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            chosen.add(RandomArticle.pick(shown, a -> false, shown.get(0), random).id().path());
        }
        assertThat(chosen).containsExactlyInAnyOrder("b.md", "c.md", "d.md");
        assertThat(RandomArticle.pick(List.of(shown.get(0)), a -> true, shown.get(0), random)).isNull();
        assertThat(RandomArticle.pick(List.of(), a -> true, null, random)).isNull();
    }

    private static Article article(String path) {
        return new Article(new ArticleId(path), path, null, null, List.of(), List.of(), List.of(), null, false, null,
                List.of(), 1, 1);
    }
}
