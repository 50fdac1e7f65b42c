package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquid and Nunjucks tags are cleaned out of prose, never out of code. */
class TemplateTagsTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @Test
    void siteVariablesInImagePathsResolveToTheLibraryRoot() throws IOException {
        Files.createDirectories(library.resolve("img"));
        Files.write(library.resolve("img/a.png"), new byte[] {1});
        Files.write(library.resolve("img/b.png"), new byte[] {1});

        Document page = render("![a]({{site.image-srv}}/img/a.png)\n\n<img src=\"{{ site.baseurl }}/img/b.png\">\n\n"
                + "[link]({{ site.url }}/other.md)");

        assertThat(page.select(".article-body img").eachAttr("src"))
                .containsExactly(library.resolve("img/a.png").toUri().toString(),
                        library.resolve("img/b.png").toUri().toString());
        assertThat(page.select(".article-body a:not(.heading-anchor)").attr("href")).isEqualTo("/other.md");
    }

    @Test
    void otherTagsVanishAndRawKeepsItsContent() {
        Document page = render("前{{ page.title }}后 {% include note.html %}\n\n{% raw %}保留 {{ 这个 }}{% endraw %}\n");

        assertThat(page.select(".article-body p").eachText()).containsExactly("前后", "保留 {{ 这个 }}");
    }

    @Test
    void codeBlocksAndCodeSpansAreLeftAlone() {
        Document page = render("`{{ site.url }}` 和 `{% if %}`\n\n```liquid\n{% for x in list %}{{ x }}{% endfor %}\n```\n\n"
                + "    {{ indented }}\n");

        assertThat(page.select(".article-body p code").eachText()).containsExactly("{{ site.url }}", "{% if %}");
        assertThat(page.select(".article-body pre code").eachText())
                .containsExactly("{% for x in list %}{{ x }}{% endfor %}", "{{ indented }}");
    }

    @Test
    void nunjucksImageBecomesAnImageAndAsideBecomesACalloutKeepingItsText() {
        Document page = render("{% Aside 'caution' %} 注意**重点** {% endAside %}\n\n"
                + "{% Img src=\"image/x/diagram.png\", alt=\"Diagram of \\\"flow\\\"\", width=\"800\" %}\n");

        assertThat(page.select(".article-body .callout-caution p").first().text()).isEqualTo("注意重点");
        assertThat(page.select(".article-body .img-placeholder .alt").text()).startsWith("Diagram of");
        assertThat(page.select(".article-body .img-placeholder").attr("data-src")).isEqualTo("image/x/diagram.png");
        assertThat(page.text()).doesNotContain("{%", "%}");
    }

    @Test
    void chineseEmphasisClosesAfterFullWidthPunctuation() {
        Document page = render("他说**“这不是营销大会。”**然后离开，`**代码**` 不变。");

        assertThat(page.select(".article-body strong").text()).contains("“这不是营销大会。”");
        assertThat(page.select(".article-body code").text()).isEqualTo("**代码**");
    }
}
