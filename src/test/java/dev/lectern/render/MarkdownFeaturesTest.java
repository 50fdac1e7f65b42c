package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Footnotes, task lists, tables of contents, heading ids and the page frame. */
class MarkdownFeaturesTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private RenderedPage render(String markdown) {
        return renderer.renderPage(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md")));
    }

    @Test
    void aWrappedChineseParagraphReadsWithoutStraySpacesWhileLatinWordsKeepTheirs() {
        String markdown = "这是一段很长的中文段落，作者在编辑器里\n手动换行了，但读者不应看到多余的空格。\n"
                + "English words wrapped\nacross lines keep a space.\n\n```\n代码\n换行\n```\n";
        Document page = dom(renderer.renderPage(article("T"), markdown,
                RenderOptions.defaults(library, library.resolve("a.md")).withKeepLineBreaks(false)).html());

        assertThat(page.selectFirst(".article-body p").text()).contains("编辑器里手动换行了").contains("wrapped across");
        assertThat(page.selectFirst(".article-body pre").wholeText()).contains("代码\n换行");
    }

    @Test
    void aTableWhoseHeaderIsUnderlinedWithShortDashesIsATableAsOnGitHub() {
        Document page = dom(render("| 目标 | 含义 |\n| -- | - |\n| 降本 | 降低成本 |\n\n|a|b|\n|:-:|--:|\n|1|2|\n").html());

        assertThat(page.select(".article-body table")).hasSize(2);
        assertThat(page.select(".article-body table").get(0).select("th").eachText()).containsExactly("目标", "含义");
        assertThat(page.select(".article-body table").get(0).select("td").eachText()).containsExactly("降本", "降低成本");
        assertThat(page.select(".article-body").text()).doesNotContain("--");
    }

    @Test
    void wordsBesideABlockInOneBoxGetABlockOfTheirOwn() {
        String markdown = "- PWA 101\n  - Service Worker\n    - Register SW\n  - On Fetch\n\nBetween.\n\n- [ ] 待办\n  - 子项\n\n"
                + "<div>前面的字<div>里面</div>后面的字</div>\n\nA paragraph.\n";
        Document page = dom(render(markdown).html());

        assertThat(page.select(".article-body li > span.lt-run").eachText())
                .containsExactly("PWA 101", "Service Worker", "待办");
        assertThat(page.select(".article-body li.task-list-item > span.lt-run > input")).hasSize(1);
        assertThat(page.select(".article-body div > span.lt-run").eachText()).containsExactly("前面的字", "后面的字");
        assertThat(page.select(".article-body span.lt-run")).as("items, paragraphs without blocks beside").hasSize(5);

        Document raw = dom(render("<ul>\n<li>项</li>\n</ul>\n<br><b>粗体</b>和后面的字\n<br>\n\nA paragraph.\n").html());
        assertThat(raw.select(".article-body > span.lt-run").eachText()).as("raw lines beside a list at the top")
                .containsExactly("粗体和后面的字");
        assertThat(raw.select(".article-body > p").eachText()).containsExactly("A paragraph.");
    }

    @Test
    void footnoteReferenceLinksToItsNoteAndBack() {
        Document page = dom(render("正文[^1]。\n\n[^1]: 注释内容\n").html());

        Element ref = page.selectFirst(".article-body sup a.footnote-ref");
        Element note = page.getElementById(ref.attr("href").substring(1));
        assertThat(note).isNotNull();
        assertThat(note.text()).contains("注释内容");
        assertThat(note.select("a.footnote-backref").attr("href")).isEqualTo("#" + ref.parent().id());
        assertThat(note.select("p > a.footnote-backref")).as("at the end of the note's words, as kramdown puts it")
                .hasSize(1);
    }

    @Test
    void taskListShowsDisabledCheckboxes() {
        Document page = dom(render("- [x] 完成\n- [ ] 待办\n").html());

        assertThat(page.select("li.task-list-item input[type=checkbox]")).hasSize(2)
                .allMatch(box -> box.hasAttr("disabled"));
        assertThat(page.select("input[checked]")).hasSize(1);
    }

    @Test
    void tocListsLinksToHeadingIdsIncludingChineseOnes() {
        RenderedPage rendered = render("[TOC]\n\n## 第一章 开始\n\n正文\n\n### Details & more\n\n## 第二章\n");
        Document page = dom(rendered.html());

        assertThat(page.select(".article-body .toc a").eachText())
                .containsExactly("第一章 开始", "Details & more", "第二章");
        for (Element link : page.select(".article-body .toc a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.text()).isNotNull();
        }
        assertThat(rendered.outline()).extracting(Heading::text).containsExactly("第一章 开始", "Details & more", "第二章");
        assertThat(rendered.outline()).extracting(Heading::level).containsExactly(2, 3, 2);
        assertThat(rendered.outline().get(0).anchorId()).isEqualTo("第一章-开始");
    }

    @Test
    void headingsCarryAnAnchorLinkToThemselves() {
        Document page = dom(render("## 小结\n").html());

        Element heading = page.selectFirst(".article-body h2");
        assertThat(heading.select("a.heading-anchor").attr("href")).isEqualTo("#" + heading.id());
        assertThat(heading.text()).isEqualTo("小结");
    }

    @Test
    void strikethroughAndAutolinksRender() {
        Document page = dom(render("~~旧~~ 见 https://example.org/x 与 www.example.com\n").html());

        assertThat(page.select(".article-body del").text()).isEqualTo("旧");
        assertThat(page.select(".article-body a").eachAttr("href")).contains("https://example.org/x");
    }

    @Test
    void contentSecurityPolicyIsTheFirstThingInTheHead() {
        Document page = dom(render("# x").html());

        Element first = page.head().child(0);
        assertThat(first.nameIs("meta")).isTrue();
        assertThat(first.attr("http-equiv")).isEqualTo("Content-Security-Policy");
        assertThat(first.attr("content"))
                .isEqualTo("default-src 'none'; img-src data: file:; style-src 'unsafe-inline'; font-src file: data:");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.head().select("style").html()).contains(".theme-dark");
    }

    @Test
    void remoteImagesWidenTheImagePolicyOnlyWhenAllowed() {
        RenderOptions options = RenderOptions.defaults(library, library.resolve("a.md")).withLoadRemoteImages(true);
        Document page = dom(renderer.render(article("T"), "![x](https://example.com/a.png)", options));

        assertThat(page.head().child(0).attr("content")).contains("img-src data: file: https: http:");
        assertThat(page.select(".article-body img").attr("src")).isEqualTo("https://example.com/a.png");
    }

    @Test
    void themeAndTextSizeAreOnTheHtmlElement() {
        RenderOptions options = RenderOptions.defaults(library, library.resolve("a.md"))
                .withTheme(Theme.SEPIA).withTextSizePercent(125);
        Element html = dom(renderer.render(article("T"), "text", options)).selectFirst("html");

        assertThat(html.classNames()).contains("theme-sepia");
        assertThat(html.attr("style")).contains("--text-scale: 1.25");
    }

    @Test
    void warmUpRendersWithoutFailing() {
        renderer.warmUp();
    }
}
