package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The hyphen or stop glued to an inline formula stays on its line: "ε⏎-regular" and "exp(…)⏎." broke after the
 * drawing, where a KaTeX page keeps them together; the page's text is unchanged.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class FormulaPunctuationTest {

    /** For each inline formula followed by text: 1 when that text's first character starts a line below it. */
    private static final String BROKEN = "(function(){var broken=0,glued=0;"
            + "document.querySelectorAll('.math.math-inline').forEach(function(m){var t=m.nextSibling;"
            + "if(!t||t.nodeType!==3||!/^[-.,;:)]/.test(t.data))return;glued++;var r=document.createRange();"
            + "r.setStart(t,0);r.setEnd(t,1);var c=r.getBoundingClientRect(),f=m.getBoundingClientRect();"
            + "if(c.top>f.bottom-2)broken++;});return glued+','+broken;})()";

    @TempDir
    Path root;
    private ReaderStage shown;

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    @Test
    void theHyphenOrStopGluedToAnInlineFormulaIsNotBrokenOntoTheNextLine(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("---\ntitle: Regularity\n---\n\n");
        for (int i = 0; i < 40; i++) {
            // words of every length before each formula, so that some formula ends a line
            text.append("w".repeat(1 + i % 7)).append(" an $\\varepsilon_{").append(i)
                    .append("}$-regular pair and $\\exp(-2t^2)$. ");
        }
        Path file = root.resolve("a.md");
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        shown = ReaderStage.show(robot, root, file, target -> { }, 520, 700);

        String[] counts = String.valueOf(shown.run(BROKEN))
                .split(",");
        assertThat(Integer.parseInt(counts[0])).as("formulas with a hyphen or stop glued to them").isEqualTo(80);
        assertThat(Integer.parseInt(counts[1])).as("of which broken from it").isZero();
        assertThat(shown.run("document.querySelector('.article-body').textContent")).asString().doesNotContain("\u2060");
    }
}
