package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo shortcodes and Hexo theme tags (NexT, Butterfly, Fluid, Volantis, PaperMod…) read as their sites show them. */
class HugoHexoTagsTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @Test
    void aSelfClosingDetailsShortcodeFoldsNothingAndTheRestOfThePageShows() {
        Document page = render("{{< figure src=\"/images/cover.png\" caption=\"Self-closing figure\" />}}\n\n"
                + "{{< details summary=\"Self closing details\" />}}\n\nAfter the fold.\n\n## Next heading\n");

        assertThat(page.select(".article-body details > summary").eachText()).containsExactly("Self closing details");
        assertThat(page.select(".article-body details").text()).doesNotContain("After the fold");
        assertThat(page.select(".article-body > p, .article-body > h2").eachText()).contains("After the fold.", "Next heading");
        assertThat(page.select(".article-body figcaption").text()).isEqualTo("Self-closing figure");
    }

    @Test
    void anEscapedShortcodeShowsAsTheShortcodeItSpells() {
        Document page = render("To show a shortcode:\n\n{{</* figure src=\"/images/cover.png\" title=\"escaped\" */>}}\n\n"
                + "Markdown one: {{%/* notice tip */%}} here.\n");

        assertThat(page.select(".article-body").text())
                .contains("{{< figure src=\"/images/cover.png\" title=\"escaped\" >}}", "Markdown one: {{% notice tip %}} here.");
        assertThat(page.select(".article-body figure, .article-body img, .article-body .callout")).isEmpty();
    }
}
