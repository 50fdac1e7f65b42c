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
 * with plain or quoted values (the common escapes), plain values continued on indented lines, flow lists {@code [a, b]}, block lists
 * of {@code - item} and literal or folded blocks ({@code description: >}, a sixth of corpus B's front matter, which
 * SnakeYAML took 13% of a scan to read; {@code subhead: |2-} with its indentation given). It answers null as soon as a
 * line needs real YAML (escapes, anchors, tags, comments after values, odd characters, repeated keys...; maps and lists
 * nested below a key are read by {@link YamlBlock}),
 * and SnakeYAML reads the block instead; where it answers, the fields equal what SnakeYAML with YamlFrontMatter's
 * resolver gives. SnakeYAML's first use in a process is slow (its code not yet compiled), so every block it is spared
 * shortens a first scan.
 */
final class SimpleYaml {

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

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
            String trimmed = spaces(line);
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
                String item = scalar(spaces(trimmed.substring(1)), false);
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
            String key = colon > 0 ? line.substring(0, colon) : "";
            if (first == ' ' || !isKey(key) || !keys.add(key)) {
                return null;
            }
            String raw = line.substring(colon + 1);
            if (!raw.isEmpty() && raw.charAt(0) != ' ') {
                return null;
            }
            String value = spaces(raw);
            listKey = value.isEmpty() ? key : null;
            items = null;
            indent = null;
            // lines (i, end) are indented or blank: what they hold belongs to this key's value
            int end = i + 1;
            while (end < lines.length && (lines[end].isEmpty() || lines[end].charAt(0) == ' ')) {
                end++;
            }
            if (isBlockHeader(value)) {
                String block = block(value, lines, i + 1, end);
                if (block == null) {
                    return null;
                }
                put(fields, key, block);
                i = end - 1;
                continue;
            }
            String below = firstBelow(lines, i + 1, end);
            if (below != null && value.isEmpty() && YamlBlock.startsBelow(below)) {
                Object nested = YamlBlock.read(lines, i + 1, end);
                if (nested == YamlBlock.NO) {
                    return null;
                }
                put(fields, key, nested);
                listKey = null;
                i = end - 1;
                continue;
            }
            if (below != null && !(value.isEmpty() && (below.startsWith("- ") || below.equals("-")))) {
                String plain = value.isEmpty() ? plain(null, lines, i + 1, end)
                        : value.charAt(0) == '"' || value.charAt(0) == '\'' || scalar(value, false) == null ? null
                        : plain(value, lines, i + 1, end);
                if (plain == null) {
                    return null;
                }
                put(fields, key, plain);
                listKey = null;
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
     * A block scalar's header read here: {@code |} literal or {@code >} folded, clipped or with {@code -} stripped (not
     * {@code +} kept), with or without an indentation digit.
     */
    static boolean isBlockHeader(String value) {
        if (value.isEmpty() || value.length() > 3 || value.charAt(0) != '|' && value.charAt(0) != '>') {
            return false;
        }
        String rest = value.substring(1);
        return switch (rest.length()) {
            case 0 -> true;
            case 1 -> rest.equals("-") || isIndentDigit(rest.charAt(0));
            default -> rest.charAt(0) == '-' ? isIndentDigit(rest.charAt(1)) : isIndentDigit(rest.charAt(0)) && rest.charAt(1) == '-';
        };
    }

    private static boolean isIndentDigit(char c) {
        return c >= '1' && c <= '9';
    }

    /** The indentation a block scalar's header gives ({@code |2-}: 2), or 0 when its first line sets it. */
    static int givenIndent(String header) {
        for (int i = 1; i < header.length(); i++) {
            if (isIndentDigit(header.charAt(i))) {
                return header.charAt(i) - '0';
            }
        }
        return 0;
    }

    /** How many spaces a line starts with. */
    static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    /** The text without the spaces around it (only spaces: YAML's other blanks are tabs, declined, and no Unicode space). */
    static String spaces(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return text.substring(from, to);
    }

    /** The first of lines[from, end) that is not blank, stripped; null when there is none. */
    private static String firstBelow(String[] lines, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!spaces(lines[k]).isEmpty()) {
                return spaces(lines[k]);
            }
        }
        return null;
    }

    /**
     * A plain value continued on the indented lines[from, end) below its key (first, the part on the key's line, or
     * null), folded as YAML folds it: lines joined by a space, a blank line a line break; or a quoted value alone on the
     * line below. Null when a line needs more YAML than that (an indicator first, a colon or hash that would end it).
     */
    private static String plain(String first, String[] lines, int from, int end) {
        StringBuilder text = new StringBuilder(first == null ? "" : first);
        boolean started = first != null;
        int breaks = 0;
        for (int k = from; k < end; k++) {
            if (!printable(lines[k])) {
                return null;
            }
            String piece = spaces(lines[k]);
            if (piece.isEmpty()) {
                breaks += started ? 1 : 0;
                continue;
            }
            if (!started && (piece.charAt(0) == '"' || piece.charAt(0) == '\'')) {
                return firstBelow(lines, k + 1, end) == null ? scalar(piece, false) : null;
            }
            if (INDICATORS.indexOf(piece.charAt(0)) >= 0 || piece.contains(": ") || piece.contains(" #")
                    || piece.endsWith(":")) {
                return null;
            }
            if (started) {
                text.append(breaks == 0 ? " " : "\n".repeat(breaks));
            }
            text.append(piece);
            started = true;
            breaks = 0;
        }
        return text.toString().equals("~") ? null : text.toString();
    }

    /**
     * The text of a block scalar (see {@link #isBlockHeader}) whose lines are lines[from, end), or null when it needs
     * YAML rules beyond these: a first line that is blank (unless the header gives the indentation), a line indented
     * less than the first, spaces alone deeper than that, or (folded) a line indented deeper.
     */
    static String block(String header, String[] lines, int from, int end) {
        int last = end - 1;
        while (last >= from && lines[last].isEmpty()) {
            last--;
        }
        if (last < from) {
            return "";
        }
        int indent = givenIndent(header);
        if (indent == 0) {
            indent = indentOf(lines[from]);
            if (indent == lines[from].length()) {
                return null;
            }
        }
        boolean folded = header.charAt(0) == '>';
        StringBuilder text = new StringBuilder();
        boolean started = false;
        int blanks = 0;
        for (int k = from; k <= last; k++) {
            String line = lines[k];
            if (!printable(line)) {
                return null;
            }
            if (spaces(line).isEmpty()) {
                if (line.length() > indent) {
                    return null;
                }
                blanks++;
                continue;
            }
            if (line.length() <= indent || !spaces(line.substring(0, indent)).isEmpty()
                    || folded && line.charAt(indent) == ' ') {
                return null;
            }
            if (started) {
                text.append(folded && blanks == 0 ? " " : "\n".repeat(folded ? blanks : blanks + 1));
            } else {
                text.append("\n".repeat(blanks));
            }
            text.append(line, indent, line.length());
            started = true;
            blanks = 0;
        }
        if (!started) {
            return "";
        }
        return header.contains("-") ? text.toString() : text.append('\n').toString();
    }

    private static void put(Map<String, Object> fields, String key, Object value) {
        fields.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
    }

    static List<String> flow(String value) {
        if (!value.endsWith("]")) {
            return null;
        }
        List<String> list = new ArrayList<>();
        String inner = spaces(value.substring(1, value.length() - 1));
        if (inner.isEmpty()) {
            return list;
        }
        for (String part : inner.split(",", -1)) {
            String item = scalar(spaces(part), true);
            if (item == null || item.isEmpty()) {
                return null;
            }
            list.add(item);
        }
        return list;
    }

    /** A plain or simply quoted scalar's text, or null when YAML rules beyond these are involved. */
    static String scalar(String value, boolean inFlow) {
        if (value.isEmpty()) {
            return null;
        }
        char first = value.charAt(0);
        if (first == '"' || first == '\'') {
            if (value.length() < 2 || value.charAt(value.length() - 1) != first) {
                return null;
            }
            String inner = value.substring(1, value.length() - 1);
            return first == '"' ? doubleQuoted(inner) : singleQuoted(inner);
        }
        if (INDICATORS.indexOf(first) >= 0 || value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || value.equals("~") || inFlow && (value.indexOf('[') >= 0 || value.indexOf(']') >= 0
                || value.indexOf('{') >= 0 || value.indexOf('}') >= 0 || value.indexOf(':') >= 0)) {
            return null;
        }
        return value;
    }

    /** A single-quoted value's text: {@code ''} is a quote; null for a lone quote (the value would end there). */
    private static String singleQuoted(String inner) {
        if (inner.indexOf('\'') < 0) {
            return inner;
        }
        StringBuilder text = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                if (i + 1 == inner.length() || inner.charAt(i + 1) != '\'') {
                    return null;
                }
                i++;
            }
            text.append(c);
        }
        return text.toString();
    }

    /**
     * A double-quoted value's text with the escapes titles use ({@code \"}, {@code \\}, {@code \t},
     * {@code \n}, {@code \r}); null for any other escape or a lone quote.
     */
    private static String doubleQuoted(String inner) {
        if (inner.indexOf('"') < 0 && inner.indexOf('\\') < 0) {
            return inner;
        }
        StringBuilder text = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '"') {
                return null;
            }
            if (c == '\\') {
                if (++i == inner.length()) {
                    return null;
                }
                c = switch (inner.charAt(i)) {
                    case '"', '\\' -> inner.charAt(i);
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> 0;
                };
                if (c == 0) {
                    return null;
                }
            }
            text.append(c);
        }
        return text.toString();
    }

    /** An ASCII key: a letter or underscore, then letters, digits, underscores and dashes. */
    static boolean isKey(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-'))) {
                return false;
            }
        }
        return !key.isEmpty();
    }

    /**
     * Only characters YAML reads as plain text: no controls (tabs included), line separators, BOM or lone surrogates
     * (a pair, such as an emoji's, is one character YAML reads).
     */
    static boolean printable(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c >= 0xFFFE
                    || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                return false;
            }
        }
        return true;
    }
}
