package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The colours the window and the reading pane show before their stylesheets apply (the scene's fill, the WebView's
 * page fill) are the ones the stylesheets then paint: a window that opens dark does not turn another shade of dark.
 */
class WindowThemeColoursTest {

    @Test
    void theWindowOpensInTheBackgroundItsStylesheetThenPaints() throws IOException {
        String atlantaLight = resource("/atlantafx/base/theme/cupertino-light.css");
        String lectern = resource("/dev/lectern/ui/lectern.css");
        assertThat(WindowTheme.windowBackground(Theme.LIGHT)).isEqualTo(declared(atlantaLight, ".root {", "-color-bg-default"));
        assertThat(WindowTheme.windowBackground(Theme.SEPIA)).isEqualTo(declared(lectern, ".root.theme-sepia {", "-color-bg-default"));
        assertThat(WindowTheme.windowBackground(Theme.DARK)).isEqualTo(declared(lectern, ".root.theme-dark {", "-color-bg-default"));
        assertThat(WindowTheme.windowBackground(null)).as("no theme yet: light").isEqualTo(WindowTheme.windowBackground(Theme.LIGHT));
    }

    @Test
    void theReadingPaneOpensInThePageBackgroundOfItsTheme() throws IOException {
        String reader = resource("/dev/lectern/render/reader.css");
        assertThat(WindowTheme.pageBackground(Theme.LIGHT)).isEqualTo(declared(reader, ":root {", "--bg"));
        assertThat(WindowTheme.pageBackground(Theme.SEPIA)).isEqualTo(declared(reader, "html.theme-sepia {", "--bg"));
        assertThat(WindowTheme.pageBackground(Theme.DARK)).isEqualTo(declared(reader, "html.theme-dark {", "--bg"));
        assertThat(WindowTheme.pageBackground(Theme.DARK).getBrightness()).as("dark is dark").isLessThan(0.2);
    }

    @Test
    void mutedTextIsReadableInEveryTheme() throws IOException {
        // sepia's dates, descriptions and tag counts stood at 3.0–3.6 : 1 on its paper
        String reader = resource("/dev/lectern/render/reader.css");
        String lectern = resource("/dev/lectern/ui/lectern.css");
        for (String page : new String[] {":root {", "html.theme-sepia {", "html.theme-dark {"}) {
            assertThat(contrast(declared(reader, page, "--muted"), declared(reader, page, "--bg"))).as(page)
                    .isGreaterThanOrEqualTo(4.5);
        }
        for (String window : new String[] {".root.theme-sepia {"}) { // dark's greys are AtlantaFX's own (5.3 : 1)
            for (String text : new String[] {"-color-fg-muted", "-color-fg-subtle"}) {
                for (String ground : new String[] {"-color-bg-default", "-color-bg-subtle"}) {
                    assertThat(contrast(declared(lectern, window, text), declared(lectern, window, ground)))
                            .as("%s %s on %s", window, text, ground).isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    @Test
    void theLightThemesFolderPathTagCountsAndSearchMatchesAreReadable() throws IOException {
        // the light theme's subtle grey was AtlantaFX's #8A8A8E, 3.1 : 1 on the panes; the matches its orange, 2.2 : 1
        String lectern = resource("/dev/lectern/ui/lectern.css");
        String atlantaLight = resource("/atlantafx/base/theme/cupertino-light.css");
        Color subtle = declared(lectern, ".root.theme-light {", "-color-fg-subtle");
        // on Cupertino Light's page, its panes (the tags, the status bar) and a chosen row
        for (String ground : new String[] {"-color-bg-default", "-color-bg-subtle", "-color-base-1"}) {
            assertThat(contrast(subtle, declared(atlantaLight, ".root {", ground))).as("subtle text on %s", ground)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(declared(lectern, ".root.theme-light {", "-lectern-match"), Color.WHITE))
                .as("a matched word, light").isGreaterThanOrEqualTo(4.5);
        for (String theme : new String[] {".root.theme-sepia {", ".root.theme-dark {"}) {
            assertThat(contrast(declared(lectern, theme, "-lectern-match"), declared(lectern, theme, "-color-bg-default")))
                    .as("a matched word, %s", theme).isGreaterThanOrEqualTo(4.5);
        }
        for (String fill : new String[] {"-color-button-bg", "-color-button-bg-focused"}) {
            // sepia's buttons take the paper's colour, and its default button's white words were drawn on it
            assertThat(contrast(Color.WHITE, declared(lectern, ".root.theme-sepia .button:default {", fill)))
                    .as("Done's words on its %s in sepia", fill).isGreaterThanOrEqualTo(4.5);
        }
        for (String faded : new String[] {".search-summary {", ".result-meta {", ".status-search {"}) {
            int start = lectern.indexOf(faded);
            assertThat(lectern.substring(start, lectern.indexOf('}', start))).as(faded + " fades no text by opacity")
                    .doesNotContain("-fx-opacity");
        }
    }

    /** WCAG's contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double x = luminance(a), y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** The colour a property is given in the first rule that starts with this selector. */
    private static Color declared(String css, String selector, String property) {
        int start = css.indexOf(selector);
        assertThat(start).as(selector).isNotNegative();
        String block = css.substring(start, css.indexOf('}', start));
        Matcher value = Pattern.compile("(?m)^\\s*" + Pattern.quote(property) + ":\\s*([^;]+);").matcher(block);
        assertThat(value.find()).as(property + " in " + selector).isTrue();
        return Color.web(value.group(1).trim());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WindowThemeColoursTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
