package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The library's order: newest first, undated last, then by title (any case) and path. */
class ArticleOrderTest {

    private static final Comparator<Article> AS_SPECIFIED = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Article::id);

    @Test
    void newestFirstUndatedLastThenByTitleAndPath() {
        Article old = article("b.md", "Zeta", LocalDate.of(2001, 1, 1));
        Article recent = article("a.md", "alpha", LocalDate.of(2024, 5, 1));
        Article undated = article("c.md", "Alpha", null);
        Article sameDayLower = article("d.md", "beta", LocalDate.of(2024, 5, 1));
        Article sameDayUpper = article("e.md", "BETA", LocalDate.of(2024, 5, 1));
        List<Article> list = new ArrayList<>(List.of(undated, old, sameDayUpper, recent, sameDayLower));

        list.sort(LibraryScanner.ORDER);

        assertThat(list).containsExactly(recent, sameDayLower, sameDayUpper, old, undated);
    }

    @Test
    void agreesWithTheOrderAsSpecifiedOnRandomLibraries() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                LocalDate date = random.nextInt(4) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5));
                String title = List.of("a", "A", "b", "B", "中文", "é", "").get(random.nextInt(7));
                articles.add(article("p" + random.nextInt(30) + ".md", title, date));
            }
            List<Article> expected = new ArrayList<>(articles);
            expected.sort(AS_SPECIFIED);

            articles.sort(LibraryScanner.ORDER);

            assertThat(articles).isEqualTo(expected);
        }
    }

    private static Article article(String path, String title, LocalDate date) {
        return new Article(new ArticleId(path), title, null, date, List.of(), List.of(), List.of(), null, false, null,
                List.of(), 0, 0);
    }
}
