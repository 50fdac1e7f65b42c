package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps "no string shown to users is hard-coded" true: the sources of the UI never pass a string literal with words in
 * it to a label, button, menu item, tab, tooltip, prompt, dialog or status text; words come from the bundle
 * ({@code t("key")}). Literals of symbols only ("★", "▲", "✕", " — ") and key combinations ("Shortcut+K") are fine.
 */
class NoHardCodedTextTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/dev/lectern/ui");

    /** Calls whose arguments end up on screen. */
    private static final Pattern SINK = Pattern.compile("(?:\\b(?:setText|setPromptText|setTitle|setHeaderText"
            + "|setContentText|setPlaceholder|setTooltip|appendText|createStringBinding|item|action|button|tell|super)"
            + "|\\b(?:status|error)\\.set|\\bproblems\\.add|\\bTips\\.of"
            + "|\\bnew\\s+(?:Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|MenuItem|Menu|CheckMenuItem"
            + "|RadioMenuItem|Tab|Tooltip|TableColumn|TreeTableColumn|TitledPane|Text|Alert|TextInputDialog"
            + "|ChoiceDialog|TreeItem|TagTreeItem)\\s*(?:<[^>()]*>)?)\\s*\\(");
    private static final Pattern KEY_ARGUMENT = Pattern.compile("\\bt\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}");
    private static final Pattern KEYS = Pattern.compile("\"(?:(?:Shortcut|Ctrl|Alt|Shift|Meta)\\+)*"
            + "(?:[A-Z0-9]|F\\d{1,2}|Equals|Minus|Plus|Up|Down|Left|Right|Enter|Esc|Delete|Space)\"");
    /** Icons that happen to use a letter: the text-size buttons. */
    private static final Set<String> ICONS = Set.of("\"A−\"", "\"A+\"", "\"A\"");

    @Test
    void theUiPassesNoWordsStraightToTheScreen() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String literal : hardCoded(Files.readString(file, StandardCharsets.UTF_8))) {
                    found.add(file.getFileName() + ": " + literal);
                }
            }
        }
        assertThat(found).as("texts to move into messages.properties, messages_zh.properties, messages_ja.properties and messages_ko.properties").isEmpty();
    }

    @Test
    void theScanFindsWordsAndLetsKeysAndSymbolsThrough() {
        assertThat(hardCoded("""
                Label a = new Label("Hello");
                b.setTooltip(new Tooltip("Close (Esc)"));
                c.setText(n == 0 ? "" : n + " results");
                MenuItem d = item("Quit", "Shortcut+Q", this::quit);
                // e.setText("a comment is not on screen");
                """)).containsExactly("\"Hello\"", "\"Close (Esc)\"", "\" results\"", "\"Quit\"");
        assertThat(hardCoded("""
                Label a = new Label(t("list.empty"));
                b.setTooltip(new Tooltip(t("find.count", current + 1, total)));
                star.setText(on ? "★" : "☆");
                MenuItem d = item(t("menu.file.quit"), "Shortcut+Q", this::quit);
                e.setText(t("theme." + name) + " (" + n + ")");
                f.setId("find-field");
                """)).isEmpty();
    }

    /** The literals with words passed to an on-screen call, outside the bundle keys. */
    static List<String> hardCoded(String source) {
        String code = withoutComments(source);
        Set<Integer> keys = new java.util.HashSet<>();
        Matcher key = KEY_ARGUMENT.matcher(code);
        while (key.find()) {
            keys.add(code.indexOf('"', key.start()));
        }
        java.util.SortedMap<Integer, String> found = new java.util.TreeMap<>();
        Matcher sink = SINK.matcher(code);
        while (sink.find()) {
            Matcher literal = LITERAL.matcher(code).region(sink.end(), endOfArguments(code, sink.end()));
            while (literal.find()) {
                String text = literal.group();
                if (!keys.contains(literal.start()) && WORDS.matcher(text).find() && !KEYS.matcher(text).matches()
                        && !ICONS.contains(text)) {
                    found.put(literal.start(), text); // once, though nested calls see it twice
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Where the arguments after an opening parenthesis end, string and char literals skipped whole. */
    private static int endOfArguments(String code, int from) {
        int depth = 1;
        int i = from;
        while (i < code.length() && depth > 0) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            i++;
        }
        return Math.min(code.length(), Math.max(from, i - 1));
    }

    private static int endOfLiteral(String code, int start) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = Math.min(source.length(), endOfLiteral(source, i));
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) < 0 ? source.length() : source.indexOf("*/", i + 2) + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
