package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Footnotes shown by their numbers in the reading pane, in a real WebView with the page's JavaScript off. */
@Tag("toolkit")
class FootnoteWebViewTest {

    @TempDir
    Path library;

    @RegisterExtension
    static final FxPage fx = new FxPage();
    private final FootnoteScripts notes = new FootnoteScripts();

    @Test
    void pointingAtANumberShowsItsNoteBesideItWithoutTheWayBackAndNotAgainInsideTheBox() throws Exception {
        fx.showRendered(library, "正文有一个脚注[^1]，再看[另一节](#more)。\n\n## More\n\nText.\n\n"
                + "[^1]: 这是**第一个**脚注，带 `code` 和[链接](https://example.com)。\n\n    它有第二段。\n");
        double[] number = fx.rectOf("sup a");
        double x = number[0] + number[2] / 2;
        double y = number[1] + number[3] / 2;
        assertThat(fx.eval(notes.noteAt(x, y))).isEqualTo("fn-1");
        double[] other = fx.rectOf("a[href=\"#more\"]");
        assertThat(fx.eval(notes.noteAt(other[0] + 2, other[1] + other[3] / 2))).as("a link to a heading").isNull();

        assertThat(fx.eval(notes.showAt(x, y))).isEqualTo(true);
        assertThat(fx.eval("document.getElementById('lt-footnote').textContent.trim().replace(/\\s+/g,' ')"))
                .isEqualTo("这是第一个脚注，带 code 和链接。 它有第二段。");
        assertThat(fx.eval("document.querySelectorAll('#lt-footnote strong, #lt-footnote code, #lt-footnote a[href]').length"))
                .as("its formatting and link, without the way back").isEqualTo(3);
        assertThat(fx.eval("document.querySelectorAll('[id=fn-1]').length")).as("no second element of the note's id")
                .isEqualTo(1);
        double[] box = fx.rectOf("#lt-footnote");
        assertThat(box[1]).as("just below the number").isBetween(number[1] + number[3], number[1] + number[3] + 12);
        assertThat(box[0] + box[2]).as("within the pane").isLessThanOrEqualTo(FxPage.wholePage()[2]);
        assertThat(fx.eval(notes.noteAt(box[0] + box[2] / 2, box[1] + box[3] / 2))).isEqualTo(FootnoteScripts.OVER_BOX);

        assertThat(fx.eval(notes.hide())).isEqualTo(true);
        assertThat(fx.eval("document.getElementById('lt-footnote')")).isNull();
        assertThat(fx.eval(notes.hide())).isEqualTo(false);
    }

    @Test
    void aNoteNearThePanesFootOpensAboveItsNumberAndKramdownsNotesAreFoundToo() throws Exception {
        // kramdown's and Hexo's notes, as raw HTML in the article
        fx.showRendered(library, "<div style=\"height:2000px\"></div>\n\nLast line.<sup id=\"fnref:a\"><a href=\"#fn:a\""
                + " class=\"footnote\">1</a></sup>\n\n<div class=\"footnotes\" role=\"doc-endnotes\"><ol>"
                + "<li id=\"fn:a\"><p>A kramdown note. <a href=\"#fnref:a\" class=\"reversefootnote\">&#8617;</a></p></li>"
                + "</ol></div>\n");
        fx.eval("document.querySelector('sup a').scrollIntoView(false)");
        double[] number = fx.rectOf("sup a");
        assertThat(number[1] + number[3]).as("at the pane's foot").isGreaterThan(FxPage.wholePage()[3] - 60);

        assertThat(fx.eval(notes.showAt(number[0] + number[2] / 2, number[1] + number[3] / 2))).isEqualTo(true);
        assertThat(fx.eval("document.getElementById('lt-footnote').textContent.trim()")).isEqualTo("A kramdown note.");
        double[] box = fx.rectOf("#lt-footnote");
        assertThat(box[1] + box[3]).as("above the number").isLessThanOrEqualTo(number[1]);
        assertThat(box[1]).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aLinkIntoAnyOtherListOrFromTheNotesThemselvesShowsNothing() throws Exception {
        fx.showRendered(library, "See [step two](#two) and a note[^n].\n\n1. one\n2. <span id=\"two\">two</span>\n\n"
                + "[^n]: A note.\n");
        double[] step = fx.rectOf("a[href=\"#two\"]");
        assertThat(fx.eval(notes.showAt(step[0] + 2, step[1] + step[3] / 2))).isEqualTo(false);
        double[] back = fx.rectOf(".footnote-backref");
        assertThat(fx.eval(notes.noteAt(back[0] + back[2] / 2, back[1] + back[3] / 2))).as("the way back").isNull();
        assertThat(fx.eval("document.getElementById('lt-footnote')")).isNull();
    }
}
