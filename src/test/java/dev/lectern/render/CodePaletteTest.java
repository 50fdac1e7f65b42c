package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each theme's token colours read on its code background with at least WCAG AA contrast (4.5:1). */
class CodePaletteTest {

    private static final Pattern BLOCK = Pattern.compile("(:root|html\\.theme-sepia|html\\.theme-dark) \\{([^}]*)}");
    private static final Pattern COLOUR = Pattern.compile("--([a-z-]+): (#[0-9a-f]{6});");

    @Test
    void everyTokenColourOfEveryThemeHasReadableContrast() throws IOException {
        Map<String, Map<String, String>> themes = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(css());
        while (block.find()) {
            Map<String, String> vars = themes.computeIfAbsent(block.group(1), k -> new LinkedHashMap<>());
            Matcher colour = COLOUR.matcher(block.group(2));
            while (colour.find()) {
                vars.put(colour.group(1), colour.group(2));
            }
        }
        assertThat(themes).containsKeys(":root", "html.theme-sepia", "html.theme-dark");
        for (Map.Entry<String, Map<String, String>> theme : themes.entrySet()) {
            Map<String, String> vars = theme.getValue();
            String background = vars.get("code-bg");
            long tokens = vars.keySet().stream().filter(k -> k.startsWith("tok-") && !k.endsWith("-bg")).count();
            assertThat(tokens).as(theme.getKey()).isGreaterThanOrEqualTo(13);
            for (Map.Entry<String, String> var : vars.entrySet()) {
                if (var.getKey().startsWith("tok-") && !var.getKey().endsWith("-bg")) {
                    String against = vars.getOrDefault(var.getKey() + "-bg", background);
                    assertThat(contrast(var.getValue(), against)).as(theme.getKey() + " " + var.getKey())
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    private static String css() throws IOException {
        try (InputStream in = PageTemplate.class.getResourceAsStream("reader.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
