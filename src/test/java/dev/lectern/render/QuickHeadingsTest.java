package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Headings asked about only the lines that can be one parse exactly as flexmark's own heading factory parses them. */
class QuickHeadingsTest {

    private static final List<String> LINES = List.of("# 标题", "#标题", "## b ##", "###### six", "####### seven", "#",
            "===", "=", "= =", "---", "-", "--", "- - -", "--- x", "   ---", "    ---", "\t# tab", "  ## lead", "***",
            "text", "中文段落", "1. item", "2) item", "- item", "* item", "> quote", "> ---", "", "", "    code", "```",
            "~~~", "{% x %}", "(paren", "|a|b|", "|-|-|", "[a]: /b", "<div>", "</div>", "Term", ": definition",
            "- [ ] task", "[^1]: note", "===  ", "---\t", "=== =", "-=-", "#5", "# #");

    private final MarkdownEngine quick = new MarkdownEngine(true);
    private final MarkdownEngine flexmark = new MarkdownEngine(false);

    @Test
    void randomDocumentsOfHeadingLikeLinesRenderAsWithFlexmarksOwnHeadings() {
        Random random = new Random(20261204);
        for (int doc = 0; doc < 4000; doc++) {
            StringBuilder markdown = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                markdown.append(LINES.get(random.nextInt(LINES.size()))).append('\n');
            }
            String text = markdown.toString();
            assertThat(render(quick, text)).as(text).isEqualTo(render(flexmark, text));
        }
    }

    @Test
    void setextAndAtxHeadingsAreStillHeadings() {
        String html = render(quick, "标题一\n===\n\n标题二\n---\n\n# 三\n\n段落\n- - -\n");

        assertThat(html).contains("<h1", "标题一</h1>", "<h2", "标题二</h2>", "三</h1>", "<hr />");
    }

    /** The HTML, or what flexmark threw (its assertions are on in tests, and some shapes trip them either way). */
    private static String render(MarkdownEngine engine, String markdown) {
        try {
            return engine.render(engine.parse(markdown), false);
        } catch (AssertionError e) {
            return "flexmark assertion: " + e.getMessage();
        }
    }
}
