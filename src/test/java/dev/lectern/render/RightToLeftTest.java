package dev.lectern.render;

import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Blocks follow their first strong letter (dir="auto"), a page in a right-to-left language is rtl, code stays ltr. */
class RightToLeftTest {

    private final PageRenderer renderer = new PageRenderer();
    private final Path root = Path.of("/library");

    private Document page(String lang, String markdown) {
        Article article = new Article(new ArticleId("a.md"), "T", null, null, List.of(), List.of(), List.of(), null,
                false, lang, List.of(), 0, 0);
        return dom(renderer.render(article, markdown, RenderOptions.defaults(root, root.resolve("a.md"))));
    }

    @Test
    void blocksOfAPageWithRightToLeftTextFollowTheirOwnText() {
        Document page = page(null, "## عنوان\n\nاشتريتُ جهاز iPhone 15 Pro بسعر 4999 ريال.\n\n- שלום\n- עולם\n\n"
                + "| א | ב |\n|---|---|\n| 1 | 2 |\n\n> ציטוט\n\nText with `code` in it.\n\n```\nx = 1\n```\n");
        assertThat(page.select(".article-body :is(h2, p, th, td)"))
                .allSatisfy(block -> assertThat(block.attr("dir")).as(block.tagName()).isEqualTo("auto"));
        assertThat(page.select(".article-body :is(ul, li, table, blockquote)"))
                .allSatisfy(block -> assertThat(block.attr("dir")).as(block.tagName()).isEqualTo("rtl"));
        assertThat(page.select(".article-body p").last().attr("dir")).isEqualTo("auto");
        assertThat(page.select(".article-body pre, .article-body :not(pre) > code"))
                .allSatisfy(code -> assertThat(code.attr("dir")).isEqualTo("ltr"));
        assertThat(page.selectFirst("html").hasAttr("dir")).as("the page itself is not in an rtl language").isFalse();
    }

    @Test
    void aPageInARightToLeftLanguageIsRightToLeft() {
        for (String lang : List.of("ar", "fa-IR", "he", "ur", "yi", "ckb")) {
            assertThat(page(lang, "Text.").selectFirst("html").attr("dir")).as(lang).isEqualTo("rtl");
        }
        assertThat(page("en", "Text.").selectFirst("html").hasAttr("dir")).isFalse();
    }

    @Test
    void aDirectionTheArticleGivesIsKept() {
        Document page = page(null, "<p dir=\"ltr\">שלום</p>\n\nשלום\n");
        assertThat(page.select(".article-body p").eachAttr("dir")).containsExactly("ltr", "auto");
    }

    @Test
    void pagesWithoutRightToLeftTextStayAsTheyWere() {
        assertThat(page(null, "An English paragraph.\n\n- item\n").select("[dir]")).isEmpty();
        assertThat(page(null, "这是一篇中文文章。\n\n- 条目\n").select("[dir]")).isEmpty();
    }
}
