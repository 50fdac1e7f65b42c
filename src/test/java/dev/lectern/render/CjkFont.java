package dev.lectern.render;

import java.awt.Font;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether this machine has a font that draws Chinese (fonts-noto-cjk on Debian). Glyph outlines in formulas and the
 * widths of full-width punctuation come from it; without one, the page shows empty boxes, so what a test measures
 * of them does not say anything about Lectern.
 */
final class CjkFont {

    private CjkFont() {
    }

    private static boolean installed() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplay('速');
    }

    /** Skips the rest of the test, saying so on the console, when no font draws Chinese. */
    static void assumeInstalled(String unchecked) {
        boolean installed = installed();
        if (!installed) {
            System.out.println("SKIPPED: no font on this machine draws Chinese (install fonts-noto-cjk): " + unchecked
                    + " not checked");
        }
        Assumptions.assumeTrue(installed, "no font draws Chinese here");
    }
}
