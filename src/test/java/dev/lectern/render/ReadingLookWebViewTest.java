package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** How the reading page's text looks in a real WebView: colours and line spacing a reader sees. */
@Tag("toolkit")
class ReadingLookWebViewTest {

    @TempDir
    Path library;

    @RegisterExtension
    static final FxPage fx = new FxPage();

    private static final String PARAGRAPH = "JQF使用基于属性的测试的抽象，这是一个很长的中文段落，用来看行距是否均匀。".repeat(6);

    /** The height of the n-th paragraph of the article body, in CSS pixels. */
    private double height(int n) throws Exception {
        return ((Number) fx.eval("document.querySelectorAll('.article-body p')[" + n + "].getBoundingClientRect().height"))
                .doubleValue();
    }

    @Test
    void chineseEmphasisDotsDoNotWidenTheLineTheyAreOn() throws Exception {
        String emphasised = PARAGRAPH.replaceFirst("基于属性的测试", "*基于属性的测试*").replaceFirst("看行距", "*看行距*");
        for (boolean serif : new boolean[] {false, true}) {
            fx.showRendered(library, "# 标题\n\n" + PARAGRAPH + "\n\n" + emphasised + "\n",
                    RenderOptions.defaults(library, library.resolve("a.md")).withSerif(serif));
            assertThat(fx.eval("document.querySelectorAll('.article-body em').length")).isEqualTo(2);
            assertThat(height(1)).as("serif " + serif + ": the paragraph with emphasis, as tall as the one without")
                    .isEqualTo(height(0));
            fx.eval("document.querySelectorAll('.article-body p')[1].scrollIntoView()");
            String box = (String) fx.eval("(function(){var e=document.querySelector('.article-body em').getClientRects()[0];"
                    + "var g=document.createRange();"
                    + "g.selectNodeContents(document.querySelector('.article-body em'));var t=g.getClientRects()[0];"
                    + "return e.left+','+t.bottom+','+e.width+','+(e.bottom-t.bottom);})()");
            String[] b = box.split(",");
            double[] underTheText = {Double.parseDouble(b[0]), Double.parseDouble(b[1]), Double.parseDouble(b[2]),
                    Double.parseDouble(b[3])};
            assertThat(fx.awaitPixels(FxPage::dark, underTheText, 7))
                    .as("serif " + serif + ": a dot drawn close under each of the seven characters").isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void aBlockquoteIsSetInTheTextColourMarkedByItsBarNotInTheMutedGreyOfTheMetaLine() throws Exception {
        for (Theme theme : Theme.values()) {
            fx.showRendered(library, "# 目的\n\n正文的一段。\n\n> 引用的文字，quoted words.\n",
                    RenderOptions.defaults(library, library.resolve("a.md")).withTheme(theme));
            Object body = fx.eval("getComputedStyle(document.querySelector('.article-body > p')).color");
            assertThat(fx.eval("getComputedStyle(document.querySelector('.article-body blockquote p')).color"))
                    .as(theme + ": the quote's words").isEqualTo(body)
                    .isNotEqualTo(fx.eval("getComputedStyle(document.querySelector('.article-meta')).color"));
            assertThat(fx.eval("getComputedStyle(document.querySelector('.article-body blockquote')).borderLeftWidth"))
                    .as(theme + ": its bar").isEqualTo("3px");
        }
    }
}
