package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Mermaid diagrams drawn in a real WebView, under the page's Content-Security-Policy, with the page's text kept. */
@Tag("toolkit")
class DiagramWebViewTest {

    private static final String MARKDOWN = "# 流程\n\n开始之前。\n\n```mermaid\ngraph TD\n  A[开始] --> B{判断}\n  B -->|是| C[结束]\n"
            + "  B -->|否| A\n```\n\n中间的话。\n\n```mermaid\nthis is not a diagram {{{\n```\n\n最后一段，画完之后的文字。\n";

    @TempDir
    Path library;
    @RegisterExtension
    static final FxPage fx = new FxPage();
    private final DiagramScripts diagrams = new DiagramScripts();
    private final AnnotationScripts annotations = new AnnotationScripts();

    @Test
    void aMermaidBlockIsDrawnAndItsSourceHiddenWhileABrokenOneStaysAsWritten() throws Exception {
        String html = fx.showRendered(library, MARKDOWN);
        assertThat(fx.eval(diagrams.present())).isEqualTo(true);

        draw(Theme.LIGHT);

        assertThat(fx.eval(diagrams.done())).isEqualTo(1);
        assertThat(fx.eval("document.querySelectorAll('.diagram svg').length")).isEqualTo(1);
        assertThat((String) fx.eval("document.querySelector('.diagram svg').textContent")).contains("开始", "判断", "结束");
        assertThat(fx.eval("getComputedStyle(document.querySelectorAll('.code-block.diagram-source')[0]).display"))
                .isEqualTo("none");
        assertThat(fx.eval("getComputedStyle(document.querySelectorAll('.code-block.diagram-source')[1]).display"))
                .isNotEqualTo("none");
        assertThat(fx.eval("document.querySelector('.article-body').nextElementSibling")).as("no error drawing left")
                .isNull();
        assertThat(fx.eval(annotations.text())).as("the page's text is the rendered one").isEqualTo(PageText.of(html));
    }

    @Test
    void highlightsAfterADrawingKeepTheirPlaceAndARedrawInAnotherThemeReplacesIt() throws Exception {
        String html = fx.showRendered(library, MARKDOWN);
        draw(Theme.DARK);
        String text = PageText.of(html);
        int start = text.indexOf("画完之后");

        assertThat(fx.eval(annotations.show("h-1", "yellow", start, start + 4))).isEqualTo(true);
        assertThat(fx.eval(annotations.quoteOf("h-1"))).isEqualTo("画完之后");
        assertThat(fx.eval(annotations.find(List.of(new int[] {start, start + 4})))).isEqualTo(1);

        draw(Theme.LIGHT);
        assertThat(fx.eval("document.querySelectorAll('.diagram').length")).isEqualTo(1);
        assertThat(fx.eval(annotations.quoteOf("h-1"))).isEqualTo("画完之后");
    }

    @Test
    void aWideDiagramShrinksToTheColumnOnlySoFarAsItsLabelsStayReadableThenScrolls() throws Exception {
        StringBuilder wide = new StringBuilder("# 宽图\n\n```mermaid\nflowchart LR\n");
        for (int i = 0; i < 14; i++) {
            wide.append("  N").append(i).append("[第").append(i).append("步：读取配置] --> N").append(i + 1).append('\n');
        }
        fx.showRendered(library, wide.append("```\n\n```mermaid\ngraph LR\n  甲 --> 乙\n```\n").toString());

        draw(Theme.LIGHT);

        double natural = ((Number) fx.eval("document.querySelector('.diagram svg').viewBox.baseVal.width")).doubleValue();
        double shown = ((Number) fx.eval("document.querySelector('.diagram svg').getBoundingClientRect().width"))
                .doubleValue();
        double column = ((Number) fx.eval("document.querySelector('.diagram').clientWidth")).doubleValue();
        assertThat(natural).as("a diagram wider than the column").isGreaterThan(column / 0.7);
        assertThat(shown).as("shown at 70 % of its size at least").isGreaterThanOrEqualTo(natural * 0.7 - 1);
        assertThat(((Number) fx.eval("document.querySelector('.diagram').scrollWidth")).doubleValue())
                .as("the rest reached by scrolling sideways").isGreaterThan(column);
        double small = ((Number) fx.eval("document.querySelectorAll('.diagram svg')[1].getBoundingClientRect().width"))
                .doubleValue();
        assertThat(small).as("a small diagram keeps its own size").isLessThan(column);
    }

    @Test
    void emojiInALabelAreSetInTheEmojiFontLikeThePagesOwn() throws Exception {
        fx.showRendered(library, "# 图\n\n```mermaid\nflowchart LR\n  A[🎤 语音输入] --> B[🔊 回答]\n```\n\n"
                + "```mermaid\nsequenceDiagram\n  Alice->>Bob: 你好 🎉\n```\n");

        draw(Theme.LIGHT);

        assertThat(fx.eval("Array.prototype.map.call(document.querySelectorAll('.diagram .lt-emoji'),"
                + " function (e) { return e.textContent; }).join(' ')")).isEqualTo("🎤 🔊 🎉");
        assertThat((String) fx.eval("getComputedStyle(document.querySelectorAll('.diagram .lt-emoji')[2]).fontFamily"))
                .as("the sequence diagram's SVG text too").contains("Lectern Emoji");
        assertThat((String) fx.eval("document.querySelectorAll('.diagram svg')[1].textContent")).contains("你好 🎉");
    }

    @Test
    void aDiagramOverTwoHundredEdgesStaysAsItsSource() throws Exception {
        StringBuilder big = new StringBuilder("# 大图\n\n```mermaid\ngraph TD\n");
        for (int i = 0; i < 260; i++) {
            big.append("  N").append(i).append(" --> N").append(i + 1).append('\n');
        }
        fx.showRendered(library, big.append("```\n").toString());

        draw(Theme.LIGHT);

        assertThat(fx.eval(diagrams.done())).isEqualTo(0);
        assertThat(fx.eval("getComputedStyle(document.querySelector('.code-block.diagram-source')).display"))
                .isNotEqualTo("none");
    }

    @Test
    void diagramsPastAPagesLimitStayAsTheirSource() throws Exception {
        fx.showRendered(library, "# 三张图\n\n" + "```mermaid\ngraph LR\n  甲 --> 乙\n```\n\n".repeat(3));

        draw(Theme.LIGHT, 2);

        assertThat(fx.eval(diagrams.done())).isEqualTo(2);
        assertThat(fx.eval("document.querySelectorAll('.diagram svg').length")).isEqualTo(2);
        assertThat(fx.eval("getComputedStyle(document.querySelectorAll('.code-block.diagram-source')[2]).display"))
                .isNotEqualTo("none");
    }

    private void draw(Theme theme) throws Exception {
        draw(theme, DiagramScripts.MAX_DRAWINGS);
    }

    private void draw(Theme theme, int max) throws Exception {
        if (!Boolean.TRUE.equals(fx.eval(diagrams.installed()))) {
            fx.eval(diagrams.library());
        }
        fx.eval(diagrams.start(theme, max));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (((Number) fx.eval(diagrams.done())).intValue() < 0 && System.nanoTime() < deadline) {
            fx.eval(diagrams.drawNext());
        }
        assertThat(((Number) fx.eval(diagrams.done())).intValue()).as("drawn within 20 s").isGreaterThanOrEqualTo(0);
    }
}
