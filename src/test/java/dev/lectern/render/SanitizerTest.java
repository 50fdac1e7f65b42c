package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Harmless raw HTML survives, dangerous HTML does not. */
class SanitizerTest {

    private final PageRenderer renderer = new PageRenderer();
    private final Path root = Path.of("/library");

    private Element body(String markdown) {
        Document page = dom(renderer.render(article("T"), markdown, RenderOptions.defaults(root, root.resolve("a.md"))));
        return page.selectFirst(".article-body");
    }

    @Test
    void harmlessFormattingStays() {
        Element body = body("<details><summary>更多</summary>内容</details>\n\n"
                + "按 <kbd>Ctrl</kbd>+<kbd>C</kbd>，H<sub>2</sub>O，x<sup>2</sup>，<font color=\"red\">红</font>，"
                + "<mark>重点</mark>\n\n<p align=\"center\" style=\"color: #c00; font-size: 1.2em\">居中</p>");

        assertThat(body.select("details > summary").text()).isEqualTo("更多");
        assertThat(body.select("kbd")).hasSize(2);
        assertThat(body.select("sub, sup, mark")).hasSize(3);
        assertThat(body.select("font").attr("color")).isEqualTo("red");
        assertThat(body.select("p[align=center]").attr("style")).isEqualTo("color: #c00; font-size: 1.2em;");
    }

    @Test
    void anArticleCannotClaimTheIdsOfLecternsOwnBoxes() {
        Element body = body("<div id=\"lt-linkcard\">fake card</div><div id=\"lt-footnote\">x</div><p id=\"kept\">y</p>");

        assertThat(body.select("#lt-linkcard, #lt-footnote")).isEmpty();
        assertThat(body.select("#kept")).hasSize(1);
        assertThat(body.text()).contains("fake card");
    }

    @Test
    void stylesThatLoadOrRunAreStripped() {
        Element body = body("<p style=\"color: red; background: url(http://x/y.png); width: expression(alert(1))\">a</p>"
                + "<p style=\"background-image: u\\rl(http://x)\">b</p><p style=\"behavior: url(x.htc)\">c</p>");

        assertThat(body.select("p").eachAttr("style")).containsExactly("color: red;");
        assertThat(body.html()).doesNotContain("http://x", "expression");
    }

    @Test
    void scriptsFramesFormsAndHandlersGo() {
        Element body = body("<script>alert(1)</script><iframe src=\"http://x\"></iframe><object data=\"x\"></object>"
                + "<embed src=\"x\"><form action=\"http://x\"><input type=\"text\" name=\"q\"></form>"
                + "<meta http-equiv=\"refresh\" content=\"0\"><base href=\"http://x/\"><link rel=\"stylesheet\" href=\"x\">"
                + "<style>body{}</style><svg><script>alert(2)</script></svg>"
                + "<img src=\"data:image/png;base64,AA==\" onerror=\"alert(3)\"><b onclick=\"alert(4)\">bold</b>");

        assertThat(body.select("script, iframe, object, embed, form, input, meta, base, link, style, svg")).isEmpty();
        assertThat(body.select("[onerror], [onclick]")).isEmpty();
        assertThat(body.select("b").text()).isEqualTo("bold");
        assertThat(body.html()).doesNotContain("alert");
    }
}
