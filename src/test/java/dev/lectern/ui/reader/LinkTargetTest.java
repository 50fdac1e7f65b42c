package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ArticleId;
import dev.lectern.model.TagPath;
import dev.lectern.render.TagLinks;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkTargetTest {

    @Test
    void webAndMailLinksGoToTheSystemBrowser() {
        assertThat(LinkTarget.of("https://example.com/a b", "x.md"))
                .isEqualTo(new LinkTarget.External(URI.create("https://example.com/a%20b")));
        assertThat(LinkTarget.of("mailto:me@example.com", "x.md")).isInstanceOf(LinkTarget.External.class);
    }

    @Test
    void otherSchemesDoNothing() {
        assertThat(LinkTarget.of("javascript:alert(1)", "x.md")).isEqualTo(new LinkTarget.None());
        assertThat(LinkTarget.of("file:///etc/passwd", "x.md")).isEqualTo(new LinkTarget.None());
        assertThat(LinkTarget.of("//evil.example/x.md", "x.md")).isEqualTo(new LinkTarget.None());
        assertThat(LinkTarget.of("#section", "x.md")).isEqualTo(new LinkTarget.None());
        assertThat(LinkTarget.of("install.sh", "x.md")).isEqualTo(new LinkTarget.None());
    }

    @Test
    void aDocumentPictureOrRecordingOfTheLibraryOpensInItsApplicationButNeitherAPageNorAProgram() {
        assertThat(LinkTarget.of("photo.jpg", "x.md")).isEqualTo(new LinkTarget.Attachment("photo.jpg"));
        assertThat(LinkTarget.of("../files/%E8%AE%BA%E6%96%87.PDF#page=3", "posts/a.md"))
                .isEqualTo(new LinkTarget.Attachment("files/论文.PDF"));
        assertThat(LinkTarget.of("/assets/talk.pptx?v=2", "posts/a.md")).isEqualTo(new LinkTarget.Attachment("assets/talk.pptx"));
        assertThat(LinkTarget.of("../../outside.pdf", "posts/a.md")).isEqualTo(new LinkTarget.None());
        for (String href : new String[] {"demo.html", "icon.svg", "run.sh", "app.desktop", "tool.exe", "x.jar", ".pdf"}) {
            assertThat(LinkTarget.of(href, "a.md")).as(href).isEqualTo(new LinkTarget.None());
        }
    }

    @Test
    void relativeMarkdownLinksOpenArticlesOfTheLibrary() {
        assertThat(LinkTarget.of("../other/b.md#part", "posts/a.md"))
                .isEqualTo(new LinkTarget.Article(new ArticleId("other/b.md"), "part"));
        assertThat(LinkTarget.of("/notes/%E7%AC%94%E8%AE%B0.md", "posts/a.md"))
                .isEqualTo(new LinkTarget.Article(new ArticleId("notes/笔记.md"), null));
        assertThat(LinkTarget.of("../../outside.md", "posts/a.md")).isEqualTo(new LinkTarget.None());
        assertThat(LinkTarget.of("b.md#%E7%AC%AC%E4%B8%80%E8%8A%82", "posts/a.md")).as("the anchor decoded, as the heading's id is")
                .isEqualTo(new LinkTarget.Article(new ArticleId("posts/b.md"), "第一节"));
    }

    @Test
    void aMalformedEscapeIsReadAsWrittenNotThrown() {
        assertThat(LinkTarget.of("a%zz.md", "posts/x.md")).isEqualTo(new LinkTarget.Article(new ArticleId("posts/a%zz.md"), null));
        assertThat(LinkTarget.of("/x%zz/", "posts/x.md")).isEqualTo(new LinkTarget.SitePage("/x%zz/"));
    }

    @Test
    void aPathOfTheSiteIsAPageTheLibraryMayHave() {
        assertThat(LinkTarget.of("/blog/new-in-devtools-104/#perf", "site/en/blog/x/index.md"))
                .isEqualTo(new LinkTarget.SitePage("/blog/new-in-devtools-104/#perf"));
        assertThat(LinkTarget.of("/2018/07/13/database-recover", "_posts/a.md"))
                .isEqualTo(new LinkTarget.SitePage("/2018/07/13/database-recover"));
        assertThat(LinkTarget.of("blog/relative/", "a.md")).as("a relative path is no page of the site").isEqualTo(new LinkTarget.None());
    }

    @Test
    void tagChipsFilterByTag() {
        assertThat(LinkTarget.of(TagLinks.href(TagPath.parse("云计算/AWS")), "a.md"))
                .isEqualTo(new LinkTarget.Tag(TagPath.parse("云计算/AWS")));
    }

    @Test
    void categoryChipsFilterByCategory() {
        assertThat(LinkTarget.of(TagLinks.categoryHref(TagPath.parse("运维/成本 控制")), "a.md"))
                .isEqualTo(new LinkTarget.Category(TagPath.parse("运维/成本 控制")));
    }
}
