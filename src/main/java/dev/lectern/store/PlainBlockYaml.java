package dev.lectern.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the YAML that Lectern writes for its preferences without SnakeYAML, whose classes and set-up took a tenth of a
 * second of every start: a block mapping of plain names to scalars, to one level of block mappings of scalars, or to
 * block lists of scalars, with whole-line comments. Anything else (flow collections, nulls, escapes, anchors, a second
 * document, a number written in another way) gives null, and the caller reads the text with SnakeYAML; what this
 * returns is what SnakeYAML returns with {@link YamlSetup#loader()} (YAML 1.1 scalars without timestamps).
 */
final class PlainBlockYaml {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern INTEGER = Pattern.compile("-?(?:0|[1-9][0-9]{0,8})");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+(?:E-?[0-9]{1,3})?");
    /** Every character a YAML 1.1 integer or float can hold: a text holding another one is never a number. */
    private static final String NUMBER_CHARS = "0123456789_:.+-eExXabcdefABCDEF";
    private static final Set<String> TRUE = Set.of("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Set<String> NULL = Set.of("~", "null", "Null", "NULL");
    /** Characters that start something other than a plain text, or one SnakeYAML may read as a number, or a space. */
    private static final String NOT_A_PLAIN_START = " -?:,[]{}#&*!|>'\"%@`~=<.+0123456789";

    private PlainBlockYaml() {
    }

    /** The mapping, or null when the text holds anything this reader does not read exactly as SnakeYAML would. */
    static Map<String, Object> read(String text) {
        Map<String, Object> root = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            if (skipped(line)) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isKey(line.substring(0, colon)) || root.containsKey(line.substring(0, colon))) {
                return null;
            }
            String key = line.substring(0, colon);
            if (colon + 1 < line.length()) {
                Object value = line.charAt(colon + 1) == ' ' ? scalar(line.substring(colon + 2)) : null;
                if (value == null) {
                    return null;
                }
                root.put(key, value);
                continue;
            }
            int next = nextContent(lines, i);
            if (next < 0) {
                return null;
            }
            Object block = lines[next].startsWith("- ") ? list(lines, next) : lines[next].startsWith("  ") ? map(lines, next) : null;
            if (block == null) {
                return null;
            }
            root.put(key, block);
            i = end(lines, next);
        }
        return root.isEmpty() ? null : root;
    }

    private static List<Object> list(String[] lines, int from) {
        List<Object> items = new ArrayList<>();
        for (int i = from; i < end(lines, from); i++) {
            if (skipped(lines[i])) {
                continue;
            }
            Object item = lines[i].startsWith("- ") ? scalar(lines[i].substring(2)) : null;
            if (item == null) {
                return null;
            }
            items.add(item);
        }
        return items;
    }

    private static Map<String, Object> map(String[] lines, int from) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = from; i < end(lines, from); i++) {
            if (skipped(lines[i])) {
                continue;
            }
            String line = lines[i];
            int colon = line.indexOf(':');
            if (!line.startsWith("  ") || colon < 3 || colon + 1 >= line.length() || line.charAt(colon + 1) != ' ') {
                return null;
            }
            String key = line.substring(2, colon);
            Object value = isKey(key) && !map.containsKey(key) ? scalar(line.substring(colon + 2)) : null;
            if (value == null) {
                return null;
            }
            map.put(key, value);
        }
        return map;
    }

    /** The line after a block: the next line that starts with neither a space nor "- " (comments and blanks end nothing). */
    private static int end(String[] lines, int from) {
        int i = from;
        while (i < lines.length && (skipped(lines[i]) || lines[i].startsWith(" ") || lines[i].startsWith("- "))) {
            i++;
        }
        return i;
    }

    private static int nextContent(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!skipped(lines[i])) {
                return i;
            }
        }
        return -1;
    }

    /** An empty line, or a comment starting in the first column with no character YAML takes for a line break. */
    private static boolean skipped(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (line.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isKey(String key) {
        return KEY.matcher(key).matches() && !TRUE.contains(key) && !FALSE.contains(key) && !NULL.contains(key);
    }

    /** A scalar as SnakeYAML would construct it, or null when this reader cannot say for sure. */
    private static Object scalar(String text) {
        if (text.isEmpty() || text.length() > 4096) {
            return null;
        }
        char first = text.charAt(0);
        if (first == '\'') {
            return singleQuoted(text);
        }
        if (INTEGER.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.valueOf(text);
        }
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(text)) {
            return Boolean.FALSE;
        }
        boolean digit = first >= '0' && first <= '9';
        if (NULL.contains(text) || (NOT_A_PLAIN_START.indexOf(first) >= 0 && !digit) || !plainText(text)) {
            return null;
        }
        return digit && !hasNonNumberChar(text) ? null : text;
    }

    private static boolean hasNonNumberChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NUMBER_CHARS.indexOf(text.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Text that reads as one plain scalar: no ": " or " #", no tab or control character, no space at its end. */
    private static boolean plainText(String text) {
        if (text.indexOf(": ") >= 0 || text.indexOf(" #") >= 0 || text.endsWith(":") || text.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c) || c >= '\uFFFE') {
                return false;
            }
        }
        return true;
    }

    /** 'text' with '' for a quote; null when anything follows the closing quote or it holds a character to check. */
    private static String singleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return i == text.length() - 1 ? out.toString() : null;
            }
            if (c < ' ' || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.isSurrogate(c) || c >= '\uFFFE') {
                return null;
            }
            out.append(c);
            i++;
        }
        return null;
    }
}
