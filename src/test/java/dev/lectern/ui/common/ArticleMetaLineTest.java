package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line under a title in the article list: what an article is filed under, as far as it says. */
class ArticleMetaLineTest {

    private static Article article(List<String> authors, List<String> tags, List<String> categories) {
        return new Article(new ArticleId("a.md"), "标题", null, null, authors, tags, categories, null, false, null,
                List.of(), 0, 0);
    }

    @Test
    void showsCategoriesBesideAuthorAndTags() {
        assertThat(ArticleMetaLine.of(article(List.of("Ann Lee"), List.of("java", "并发"), List.of("Backend"))))
                .isEqualTo("Ann Lee  ·  ▸ Backend  ·  #java  #并发");
        assertThat(ArticleMetaLine.of(article(List.of(), List.of(), List.of("DevOps", "云/成本"))))
                .as("an article filed only under categories, as many Jekyll blogs are")
                .isEqualTo("▸ DevOps  ▸ 云/成本");
        assertThat(ArticleMetaLine.of(article(List.of("Ann Lee"), List.of(), List.of()))).isEqualTo("Ann Lee");
        assertThat(ArticleMetaLine.of(article(List.of(), List.of(), List.of()))).isEmpty();
    }

    @Test
    void thousandsOfLabelsAreCutLongBeforeTheRowEnds() {
        List<String> many = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "t" + i).toList();
        String line = ArticleMetaLine.of(article(List.of(), many, many));
        assertThat(line).startsWith("▸ t0  ▸ t1").contains("  ·  #t0  #t1").endsWith("#…").hasSizeLessThan(600);
    }
}
