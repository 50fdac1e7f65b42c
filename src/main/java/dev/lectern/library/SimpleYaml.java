package dev.lectern.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fast reader for the plain front matter most articles have: top-level {@code key: value} lines
 * with plain or simply quoted values, flow lists {@code [a, b]}, block lists of {@code - item} and
 * literal or folded blocks ({@code description: >}, a sixth of corpus B's front matter, which SnakeYAML took 13% of a
 * scan to read). It answers null as soon as a line needs real YAML (escapes, multi-line plain values, anchors, tags,
 * comments after values, odd characters, repeated keys...), and SnakeYAML reads the block instead;
 * where it answers, the fields equal what SnakeYAML with YamlFrontMatter's resolver gives.
 */
final class SimpleYaml {

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** Block scalars read here: literal and folded, clipped or stripped (not kept, nor with an indentation digit). */
    private static final Set<String> BLOCK_HEADERS = Set.of("|", "|-", ">", ">-");

    /** The fields (keys lower-cased, first of a spelling kept), or null when the text needs a YAML parser. */
    Map<String, Object> parse(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        String listKey = null;
        List<String> items = null;
        String indent = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!printable(line)) {
                return null;
            }
            char first = line.charAt(0);
            if (listKey != null && (trimmed.startsWith("- ") || trimmed.equals("-"))) {
                String itemIndent = line.substring(0, line.indexOf('-'));
                if (indent != null && !indent.equals(itemIndent)) {
                    return null;
                }
                indent = itemIndent;
                String item = scalar(trimmed.substring(1).strip(), false);
                if (item == null || item.isEmpty()) {
                    return null;
                }
                if (items == null) {
                    items = new ArrayList<>();
                    put(fields, listKey, items);
                }
                items.add(item);
                continue;
            }
            int colon = line.indexOf(':');
            if (first == ' ' || colon <= 0 || !isKey(line.substring(0, colon)) || !keys.add(line.substring(0, colon))) {
                return null;
            }
            String raw = line.substring(colon + 1);
            if (!raw.isEmpty() && raw.charAt(0) != ' ') {
                return null;
            }
            String key = line.substring(0, colon);
            String value = raw.strip();
            listKey = value.isEmpty() ? key : null;
            items = null;
            indent = null;
            if (BLOCK_HEADERS.contains(value)) {
                int end = i + 1;
                while (end < lines.length && (lines[end].isEmpty() || lines[end].charAt(0) == ' ')) {
                    end++;
                }
                String block = block(value, lines, i + 1, end);
                if (block == null) {
                    return null;
                }
                put(fields, key, block);
                i = end - 1;
                continue;
            }
            Object parsed = value.isEmpty() || value.equals("~") ? null : value.startsWith("[") ? flow(value) : scalar(value, false);
            if (parsed == null && !value.isEmpty() && !value.equals("~")) {
                return null;
            }
            put(fields, key, parsed);
        }
        return fields;
    }

    /**
     * The text of a block scalar ({@code |} literal or {@code >} folded, clipped or with {@code -} stripped) whose lines
     * are lines[from, end), or null when it needs YAML rules beyond these: a first line that is blank, a line indented
     * less than the first, spaces alone deeper than that, or (folded) a line indented deeper.
     */
    private static String block(String header, String[] lines, int from, int end) {
        int last = end - 1;
        while (last >= from && lines[last].isEmpty()) {
            last--;
        }
        if (last < from) {
            return "";
        }
        int indent = 0;
        while (indent < lines[from].length() && lines[from].charAt(indent) == ' ') {
            indent++;
        }
        if (indent == lines[from].length()) {
            return null;
        }
        boolean folded = header.charAt(0) == '>';
        StringBuilder text = new StringBuilder();
        int blanks = 0;
        for (int k = from; k <= last; k++) {
            String line = lines[k];
            if (line.isBlank()) {
                if (line.length() > indent) {
                    return null;
                }
                blanks++;
                continue;
            }
            if (!printable(line) || line.length() <= indent || !line.substring(0, indent).isBlank()
                    || folded && line.charAt(indent) == ' ') {
                return null;
            }
            if (k > from) {
                text.append(folded && blanks == 0 ? " " : "\n".repeat(folded ? blanks : blanks + 1));
            }
            text.append(line, indent, line.length());
            blanks = 0;
        }
        return header.endsWith("-") ? text.toString() : text.append('\n').toString();
    }

    private static void put(Map<String, Object> fields, String key, Object value) {
        fields.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
    }

    private static List<String> flow(String value) {
        if (!value.endsWith("]")) {
            return null;
        }
        List<String> list = new ArrayList<>();
        String inner = value.substring(1, value.length() - 1).strip();
        if (inner.isEmpty()) {
            return list;
        }
        for (String part : inner.split(",", -1)) {
            String item = scalar(part.strip(), true);
            if (item == null || item.isEmpty()) {
                return null;
            }
            list.add(item);
        }
        return list;
    }

    /** A plain or simply quoted scalar's text, or null when YAML rules beyond these are involved. */
    private static String scalar(String value, boolean inFlow) {
        if (value.isEmpty()) {
            return null;
        }
        char first = value.charAt(0);
        if (first == '"' || first == '\'') {
            String inner = value.length() >= 2 && value.charAt(value.length() - 1) == first
                    ? value.substring(1, value.length() - 1) : null;
            return inner == null || inner.indexOf(first) >= 0 || inner.indexOf('\\') >= 0 ? null : inner;
        }
        if (INDICATORS.indexOf(first) >= 0 || value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || value.equals("~") || inFlow && (value.indexOf('[') >= 0 || value.indexOf(']') >= 0
                || value.indexOf('{') >= 0 || value.indexOf('}') >= 0 || value.indexOf(':') >= 0)) {
            return null;
        }
        return value;
    }

    private static boolean isKey(String key) {
        if (!Character.isLetter(key.charAt(0)) && key.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return key.chars().allMatch(c -> c < 128);
    }

    /** Only characters YAML reads as plain text: no controls (tabs included), line separators, BOM or surrogates. */
    private static boolean printable(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c >= 0xFFFE
                    || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                return false;
            }
        }
        return true;
    }
}
