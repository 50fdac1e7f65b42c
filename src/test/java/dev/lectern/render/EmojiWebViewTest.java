package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Emoji as a reader sees them in the reading pane: drawn, and with no box after them. */
@Tag("toolkit")
class EmojiWebViewTest {

    @TempDir
    Path library;

    @RegisterExtension
    static final FxPage fx = new FxPage();

    @Test
    void anEmojiOutsideTheBmpIsDrawnWithNoBoxAfterIt() throws Exception {
        // this WebKit drew the colour emoji font's emoji blank and the page font's empty-glyph box after each one
        fx.showRendered(library, "# 标题\n\n<p id=\"e\">🚀</p>\n\n<p id=\"c\">✅</p>\n");
        double[] rocket = fx.rectOf("#e .lt-emoji");
        double[] check = fx.rectOf("#c .lt-emoji");

        assertThat(fx.awaitPixels(FxPage::dark, rocket, 20)).as("dark pixels of the rocket").isGreaterThanOrEqualTo(20);
        assertThat(fx.awaitPixels(FxPage::dark, check, 20)).as("dark pixels of the check mark").isGreaterThanOrEqualTo(20);
        double[] after = {rocket[0] + rocket[2] + 1, rocket[1], 24, rocket[3]};
        assertThat(fx.pixels(FxPage::dark, after)).as("dark pixels right after the rocket (a box)").isZero();
    }
}
