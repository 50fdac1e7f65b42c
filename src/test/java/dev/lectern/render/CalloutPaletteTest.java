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

/**
 * The callouts' colours: each theme's title colour reads at 4.5:1 or more on the callout's tinted background, and the
 * Obsidian families take Obsidian's hues (example purple, question orange, todo blue, quote grey).
 */
class CalloutPaletteTest {

    private static final Pattern BLOCK = Pattern.compile("(:root|html\\.theme-sepia|html\\.theme-dark) \\{([^}]*)}");
    private static final Pattern COLOUR = Pattern.compile("--([a-z-]+): (#[0-9a-f]{6});");
    private static final Pattern FAMILY = Pattern.compile("\\n([^\\n{]*)\\{ --callout: var\\(--callout-([a-z]+)\\); }");

    @Test
    void everyCalloutColourOfEveryThemeIsReadableAsTitleText() throws IOException {
        Map<String, Map<String, String>> themes = themes(css());
        for (Map.Entry<String, Map<String, String>> theme : themes.entrySet()) {
            String page = theme.getValue().getOrDefault("bg", themes.get(":root").get("bg"));
            long colours = theme.getValue().keySet().stream().filter(k -> k.startsWith("callout-")).count();
            assertThat(colours).as(theme.getKey()).isEqualTo(8);
            for (Map.Entry<String, String> var : theme.getValue().entrySet()) {
                if (var.getKey().startsWith("callout-")) {
                    String tinted = mix(page, var.getValue(), 0.08); // the callout's color-mix background
                    assertThat(contrast(var.getValue(), tinted)).as(theme.getKey() + " " + var.getKey())
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    @Test
    void obsidianFamiliesTakeObsidiansHues() throws IOException {
        Map<String, String> colourOf = new LinkedHashMap<>();
        Matcher family = FAMILY.matcher(css());
        while (family.find()) {
            for (String selector : family.group(1).split(",")) {
                colourOf.put(selector.strip(), family.group(2));
            }
        }
        Map<String, String> light = themes(css()).get(":root");

        assertThat(hue(light.get("callout-" + colourOf.get(".callout-example")))).isBetween(250.0, 290.0);
        assertThat(hue(light.get("callout-" + colourOf.get(".callout-question")))).isBetween(25.0, 45.0);
        assertThat(hue(light.get("callout-" + colourOf.get(".callout-obsidian.callout-warning")))).isBetween(15.0, 35.0);
        assertThat(hue(light.get("callout-" + colourOf.get(".callout-obsidian.callout-tip")))).isBetween(170.0, 195.0);
        assertThat(hue(light.get("callout-" + colourOf.get(".callout-abstract")))).isBetween(170.0, 195.0);
        assertThat(colourOf.get(".callout-todo")).as("todo is blue, as the default").isNull();
        assertThat(hue(light.get("callout-blue"))).isBetween(200.0, 225.0);
        assertThat(colourOf).containsEntry(".callout-quote", "grey").containsEntry(".callout-bug", "red")
                .containsEntry(".callout-success", "green").containsEntry(".callout-tip", "green")
                .containsEntry(".callout-important", "purple").containsEntry(".callout-caution", "red");
        assertThat(saturation(light.get("callout-grey"))).isLessThan(0.2);
    }

    private static Map<String, Map<String, String>> themes(String css) {
        Map<String, Map<String, String>> themes = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(css);
        while (block.find()) {
            Map<String, String> vars = themes.computeIfAbsent(block.group(1), k -> new LinkedHashMap<>());
            Matcher colour = COLOUR.matcher(block.group(2));
            while (colour.find()) {
                vars.put(colour.group(1), colour.group(2));
            }
        }
        return themes;
    }

    private static String css() throws IOException {
        try (InputStream in = PageTemplate.class.getResourceAsStream("reader.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static String mix(String base, String over, double part) {
        int[] a = rgb(base);
        int[] b = rgb(over);
        StringBuilder hex = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            hex.append(String.format("%02x", Math.round(a[i] * (1 - part) + b[i] * part)));
        }
        return hex.toString();
    }

    private static double hue(String hex) {
        int[] c = rgb(hex);
        float[] hsb = java.awt.Color.RGBtoHSB(c[0], c[1], c[2], null);
        return hsb[0] * 360.0;
    }

    private static double saturation(String hex) {
        int[] c = rgb(hex);
        return java.awt.Color.RGBtoHSB(c[0], c[1], c[2], null)[1];
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int[] rgb = rgb(hex);
        double sum = 0;
        double[] weight = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            sum += weight[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
