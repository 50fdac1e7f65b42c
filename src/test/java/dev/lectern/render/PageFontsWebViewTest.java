package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese and Japanese pages are set in their own script's font, in a real WebView. This WebKit uses only the first
 * family of a list that the machine has and the system's fallback for what it lacks, so with Arial (present nearly
 * everywhere) first, a Chinese page came out in whatever CJK font the system falls back to.
 */
@Tag("toolkit")
class PageFontsWebViewTest {

    @TempDir
    Path library;

    @RegisterExtension
    static final FxPage fx = new FxPage();

    private static void assumeFamily(String family) {
        boolean installed = javafx.scene.text.Font.getFamilies().contains(family);
        if (!installed) {
            System.out.println("SKIPPED: " + family + " is not installed (fonts-noto-cjk): page fonts not checked");
        }
        Assumptions.assumeTrue(installed, family + " is not installed");
    }

    /** The width of the first paragraph's text as shown, and of the same text set in the family given. */
    private double[] widths(String text, String family) throws Exception {
        String script = "(function(){var p=document.querySelector('.article-body p');var w=document.createTreeWalker(p,"
                + "NodeFilter.SHOW_TEXT,null,false);var n=w.nextNode();var r=document.createRange();r.setStart(n,0);"
                + "r.setEnd(n," + text.length() + ");var s=document.createElement('span');s.style.whiteSpace='nowrap';"
                + "s.style.fontFamily='\"" + family + "\"';s.textContent=n.nodeValue.substring(0," + text.length() + ");"
                + "p.appendChild(s);var shown=r.getBoundingClientRect().width;var wanted=s.getBoundingClientRect().width;"
                + "p.removeChild(s);return shown+','+wanted;})()";
        String[] both = ((String) fx.eval(script)).split(",");
        return new double[] {Double.parseDouble(both[0]), Double.parseDouble(both[1])};
    }

    @Test
    void aChinesePageIsSetInASimplifiedChineseFont() throws Exception {
        assumeFamily("Noto Sans CJK SC");
        String text = "技能（skills）本能直骨";
        fx.showRendered(library, "# 标题\n\n" + text + "，这是一个中文段落。\n");
        double[] widths = widths(text, "Noto Sans CJK SC");
        assertThat(widths[0]).as("set in Noto Sans CJK SC").isCloseTo(widths[1], org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void aChinesePageShownInTaiwanScriptIsSetInATraditionalChineseFont() throws Exception {
        assumeFamily("Noto Sans CJK TC");
        String markdown = "# 标题\n\n说话的内存很大，这是一个中文段落。\n";
        RenderOptions taiwan = RenderOptions.defaults(library, library.resolve("a.md")).withScript(Script.TAIWAN);
        fx.showRendered(library, markdown, taiwan);
        assertThat(fx.eval("document.documentElement.lang")).isEqualTo("zh-TW");
        // a CJK glyph is a square in every cut, so widths cannot tell TC from SC: the first family this machine has
        String families = (String) fx.eval("getComputedStyle(document.querySelector('.article-body p')).fontFamily");
        String first = java.util.Arrays.stream(families.split(",")).map(f -> f.strip().replace("\"", "").replace("'", ""))
                .filter(javafx.scene.text.Font.getFamilies()::contains).findFirst().orElse("");
        assertThat(first).as(families).isEqualTo("Noto Sans CJK TC");
    }

    /** The first family of the element's computed font list that this machine has (what this WebKit uses). */
    private String firstInstalledFamily(String selector) throws Exception {
        String families = (String) fx.eval("getComputedStyle(document.querySelector('" + selector + "')).fontFamily");
        return java.util.Arrays.stream(families.split(",")).map(f -> f.strip().replace("\"", "").replace("'", ""))
                .filter(javafx.scene.text.Font.getFamilies()::contains).findFirst().orElse(families);
    }

    @Test
    void chineseAndJapaneseInAnEnglishPageAreSetInTheirFontsNotTheSystemFallback() throws Exception {
        assumeFamily("Noto Sans CJK SC");
        assumeFamily("Noto Sans CJK JP");
        // English by its words (a page guessed from its text is Japanese when a tenth of its CJK characters are kana)
        fx.showRendered(library, "# Notes from GDG DevFest 北京\n\nThe talk was given in 北京（Beijing）, "
                + "中华人民共和国首都北京市朝阳区 and 中华人民共和国首都北京市海淀区, its title 「ウェブ」. "
                + "This paragraph is English, like the rest of the page. ".repeat(20) + "\n");
        assertThat(fx.eval("document.documentElement.lang")).isEqualTo("en");
        assertThat(firstInstalledFamily(".article-body p .cjk-run")).isEqualTo("Noto Sans CJK SC");
        assertThat(firstInstalledFamily(".article-body p .cjk-run.ja")).isEqualTo("Noto Sans CJK JP");
        assertThat(firstInstalledFamily("h1 .cjk-run")).as("the title's").isEqualTo("Noto Sans CJK SC");
    }

    @Test
    void onAVerticalChinesePageQuestionAndExclamationMarksAreSetInAFontThatCentresThem() throws Exception {
        assumeFamily("Noto Sans CJK SC");
        assumeFamily("Noto Sans CJK JP");
        fx.showRendered(library, "# 标题\n\n真的吗？当然是真的！这是一个中文段落。\n",
                RenderOptions.defaults(library, library.resolve("a.md")).withVertical(true));
        assertThat(firstInstalledFamily(".article-body .vu")).as("the text").isEqualTo("Noto Sans CJK SC");
        assertThat(firstInstalledFamily(".article-body .vq")).as("！？, drawn at the left of the square by the SC cut")
                .isEqualTo("Noto Sans CJK JP");
    }

    @Test
    void aJapanesePageIsSetInAJapaneseFont() throws Exception {
        assumeFamily("Noto Sans CJK JP");
        String text = "日本語（skills）を読む";
        fx.showRendered(library, "# 題\n\n" + text + "のは楽しいです。ひらがなとカタカナ。\n");
        assertThat(fx.eval("document.documentElement.lang")).isEqualTo("ja");
        double[] widths = widths(text, "Noto Sans CJK JP");
        assertThat(widths[0]).as("set in Noto Sans CJK JP").isCloseTo(widths[1], org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void anApostropheInLatinWordsIsNarrowAndAChineseQuoteMarkFullWidth() throws Exception {
        assumeFamily("Noto Sans CJK SC");
        assumeFamily("Noto Sans CJK JP");
        fx.showRendered(library, "# 标题\n\nLet’s Encrypt 的证书，他说“你好”。\n");
        String width = "(function(c){var w=document.createTreeWalker(document.querySelector('.article-body p'),"
                + "NodeFilter.SHOW_TEXT,null,false);var n;while((n=w.nextNode())){var i=n.nodeValue.indexOf(c);if(i>=0){"
                + "var r=document.createRange();r.setStart(n,i);r.setEnd(n,i+1);return r.getBoundingClientRect().width;}}"
                + "return -1;})";
        double em = ((Number) fx.eval("parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize)"))
                .doubleValue();
        assertThat(((Number) fx.eval(width + "('’')")).doubleValue()).as("the apostrophe of Let’s")
                .isGreaterThan(0).isLessThan(em * 0.5);
        assertThat(((Number) fx.eval(width + "('“')")).doubleValue()).as("the quote mark before 你好")
                .isGreaterThan(em * 0.8);
    }
}
