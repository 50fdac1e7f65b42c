package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arabic and Hebrew blocks laid out from the right in a real WebView, as a raw {@code <p dir="rtl">} is: the text at
 * the column's right edge, list bullets on the right, a quote's bar on the right; English blocks of the same page and
 * code from the left.
 */
@Tag("toolkit")
class RightToLeftWebViewTest {

    @TempDir
    Path library;
    @RegisterExtension
    static final FxPage fx = new FxPage();

    private static final String MARKDOWN = "قرأتُ الكتاب في المكتبة الوطنية.\n\n## عنوان فرعي\n\n"
            + "An English paragraph stays on the left.\n\n"
            + "- שלום עולם\n- עוד פריט\n\n"
            + "1. פריט ראשון\n\n   פסקה שנייה\n2. פריט שני\n\n"
            + "> اقتباس قصير\n\n"
            + "> [!NOTE]\n> הערה חשובה בעברית.\n\n"
            + "| שם | מחיר |\n|---|---|\n| לחם | 5 |\n\n"
            + "```\nint x = 1;\n```\n";

    private void show(String lang) throws Exception {
        Article article = new Article(new ArticleId("a.md"), "ملاحظات", null, null, List.of(), List.of(), List.of(), null,
                false, lang, List.of(), 0, 0);
        String html = new PageRenderer().render(article, MARKDOWN, RenderOptions.defaults(library, library.resolve("a.md")));
        Path page = Files.writeString(library.resolve("page.html"), html, StandardCharsets.UTF_8);
        fx.show();
        fx.load(engine -> engine.load(page.toUri().toString()));
    }

    /** The gap between the block's right (or left) edge and its text's. */
    private double gap(String selector, boolean right) throws Exception {
        Object value = fx.eval("(function(){var e=document.querySelector('.article-body " + selector + "');"
                + "var r=document.createRange();r.selectNodeContents(e);var t=r.getBoundingClientRect();"
                + "var b=e.getBoundingClientRect();var s=getComputedStyle(e);"
                + "return " + (right ? "b.right-parseFloat(s.paddingRight)-t.right" : "t.left-b.left-parseFloat(s.paddingLeft)")
                + ";})()");
        return ((Number) value).doubleValue();
    }

    private double number(String script) throws Exception {
        return ((Number) fx.eval(script)).doubleValue();
    }

    @Test
    void anArabicParagraphRunsFromTheRightEvenWithoutALanguage() throws Exception {
        show(null);
        assertThat(gap("p", true)).as("the Arabic line ends at the column's right edge").isLessThan(2);
        assertThat(fx.eval("getComputedStyle(document.querySelector('.article-body p')).direction")).isEqualTo("rtl");
        assertThat(gap("p:nth-of-type(2)", false)).as("the English one starts at the left").isLessThan(2);
        double listRight = number("document.querySelector('.article-body ul').getBoundingClientRect().right");
        double itemRight = number("document.querySelector('.article-body li').getBoundingClientRect().right");
        assertThat(listRight - itemRight).as("the Hebrew list's indent (its bullets) on the right").isGreaterThan(10);
        double loose = number("document.querySelector('.article-body ol').getBoundingClientRect().right"
                + "-document.querySelector('.article-body ol > li').getBoundingClientRect().right");
        assertThat(loose).as("a loose list (items of paragraphs) too").isGreaterThan(10);
        assertThat(fx.eval("getComputedStyle(document.querySelector('.article-body blockquote')).borderRightWidth"))
                .as("the quote's bar on the right").isEqualTo("3px");
        assertThat(number("document.querySelector('.article-body h2 .heading-anchor').getBoundingClientRect().left"
                + "-document.querySelector('.article-body h2').getBoundingClientRect().right"))
                .as("an Arabic heading's # mark stands beyond its right end").isGreaterThanOrEqualTo(0);
        assertThat(fx.eval("getComputedStyle(document.querySelector('.callout')).borderRightWidth"))
                .as("a Hebrew callout under its English default title has its bar on the right").isEqualTo("4px");
        assertThat(number("document.querySelector('.article-body').getBoundingClientRect().right"
                + "-document.querySelector('.article-body table').getBoundingClientRect().right"))
                .as("a narrow Hebrew table stands at the right").isLessThan(2);
        assertThat(fx.eval("getComputedStyle(document.querySelector('.article-body pre')).direction"))
                .as("code from the left").isEqualTo("ltr");
    }

    @Test
    void aPageInArabicIsRightToLeftAsAWhole() throws Exception {
        show("ar");
        assertThat(fx.eval("document.documentElement.dir")).isEqualTo("rtl");
        assertThat(fx.eval("getComputedStyle(document.querySelector('.article-title')).direction")).isEqualTo("rtl");
        assertThat(fx.eval("getComputedStyle(document.querySelector('.article-body pre')).direction")).isEqualTo("ltr");
    }
}
