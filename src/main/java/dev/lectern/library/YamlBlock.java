package dev.lectern.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nested value of front matter for {@link SimpleYaml}: maps and lists, one inside another, of plain or simply
 * quoted values, flow lists and literal or folded blocks, read from the indented lines below a top-level key (Hugo's
 * {@code cover:} and {@code menu:}, a docs site's {@code sessions:} of speakers). {@link #NO} as soon as a line needs
 * more YAML (values continued on the next line, comments, anchors, a deeper line where none may be, or nesting beyond
 * {@link #MAX_DEPTH}): SnakeYAML then reads the whole front matter.
 */
final class YamlBlock {

    /** The answer when the lines need a YAML parser. */
    static final Object NO = new Object();
    /** Nesting deeper than this goes to SnakeYAML. */
    static final int MAX_DEPTH = 8;

    private final String[] lines;
    private final int end;
    private int at;

    /** Reads lines[from, end), all of them indented or empty; a list item's dash is overwritten as it is read. */
    private YamlBlock(String[] lines, int from, int end) {
        this.lines = lines;
        this.at = from;
        this.end = end;
    }

    /** Whether a top-level key whose first line below is this (without its indentation) holds a nested value. */
    static boolean startsBelow(String first) {
        if (isEntry(first)) {
            return true;
        }
        if (!isItem(first)) {
            return false;
        }
        String rest = SimpleYaml.spaces(first.substring(1));
        return isEntry(rest) || isItem(rest);
    }

    /** The map or list that lines[from, end) hold, or {@link #NO}. */
    static Object read(String[] lines, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!SimpleYaml.printable(lines[k])) {
                return NO;
            }
        }
        YamlBlock block = new YamlBlock(lines, from, end);
        Object value = block.node(1);
        return block.nextLine() < end ? NO : value;
    }

    private Object node(int depth) {
        int line = nextLine();
        if (line >= end || depth > MAX_DEPTH) {
            return NO;
        }
        int indent = SimpleYaml.indentOf(lines[line]);
        return isItem(lines[line].substring(indent)) ? sequence(indent, depth) : mapping(indent, depth);
    }

    private Object mapping(int indent, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int line = nextLine(); line < end; line = nextLine()) {
            int column = SimpleYaml.indentOf(lines[line]);
            if (column < indent) {
                break;
            }
            String body = SimpleYaml.spaces(lines[line]);
            String key = isEntry(body) ? body.substring(0, body.indexOf(':')) : null;
            if (column > indent || key == null || map.containsKey(key)) {
                return NO;
            }
            at = line + 1;
            Object value = valueOf(SimpleYaml.spaces(body.substring(key.length() + 1)), indent, depth, true);
            if (value == NO) {
                return NO;
            }
            map.put(key, value);
        }
        return map;
    }

    private Object sequence(int indent, int depth) {
        List<Object> list = new ArrayList<>();
        for (int line = nextLine(); line < end; line = nextLine()) {
            int column = SimpleYaml.indentOf(lines[line]);
            String body = lines[line].substring(column);
            if (column < indent || column == indent && !isItem(body)) {
                break;
            }
            if (column > indent) {
                return NO;
            }
            String rest = SimpleYaml.spaces(body.substring(1));
            Object value;
            if (isEntry(rest) || isItem(rest)) {
                // "- key: value" starts a map (or "- - x" a list) at the column after the dash
                lines[line] = lines[line].substring(0, column) + ' ' + body.substring(1);
                value = node(depth + 1);
            } else {
                at = line + 1;
                value = rest.isEmpty() ? NO : valueOf(rest, indent, depth, false);
            }
            if (value == NO) {
                return NO;
            }
            list.add(value);
        }
        return list;
    }

    /**
     * The value after a key or a dash at indent: a scalar or flow list on the line, or (empty after a key) what the
     * lines below hold: a deeper node, a list at the key's own indent, or nothing.
     */
    private Object valueOf(String text, int indent, int depth, boolean afterKey) {
        int below = at;
        int next = nextLine();
        boolean deeper = next < end && SimpleYaml.indentOf(lines[next]) > indent;
        if (afterKey && SimpleYaml.isBlockHeader(text)) {
            return blockScalar(text, indent, below);
        }
        if (text.isEmpty()) {
            if (deeper) {
                return node(depth + 1);
            }
            boolean listHere = afterKey && next < end && SimpleYaml.indentOf(lines[next]) == indent
                    && isItem(lines[next].substring(indent));
            return listHere ? sequence(indent, depth + 1) : null;
        }
        if (deeper) {
            return NO;
        }
        if (text.equals("~")) {
            return null;
        }
        Object value = text.startsWith("[") ? SimpleYaml.flow(text) : SimpleYaml.scalar(text, false);
        return value == null ? NO : value;
    }

    /**
     * A literal or folded block after a key at indent: lines[from, ...) that are deeper or blank. Its indentation is
     * the first line's (a digit giving it, counted from the key, is left to SnakeYAML).
     */
    private Object blockScalar(String header, int indent, int from) {
        if (SimpleYaml.givenIndent(header) != 0) {
            return NO;
        }
        int to = from;
        while (to < end && (SimpleYaml.spaces(lines[to]).isEmpty() || SimpleYaml.indentOf(lines[to]) > indent)) {
            to++;
        }
        while (to > from && lines[to - 1].isEmpty()) {
            to--;
        }
        at = to;
        String text = SimpleYaml.block(header, lines, from, to);
        return text == null ? NO : text;
    }

    /** The next line that is not blank (moving past the blank ones), or end. */
    private int nextLine() {
        while (at < end && SimpleYaml.spaces(lines[at]).isEmpty()) {
            at++;
        }
        return at;
    }

    private static boolean isItem(String body) {
        return body.equals("-") || body.startsWith("- ");
    }

    /** A {@code key:} or {@code key: value} line of a map (without its indentation). */
    private static boolean isEntry(String body) {
        int colon = body.indexOf(':');
        return colon > 0 && SimpleYaml.isKey(body.substring(0, colon))
                && (colon == body.length() - 1 || body.charAt(colon + 1) == ' ');
    }
}
