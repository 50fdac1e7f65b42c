package dev.lectern.store;

import dev.lectern.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a block-style YAML document that does not parse as a whole piece by piece, so one bad line costs only the
 * smallest piece that holds it. A mapping is cut at its keys and a list at its items, each piece parsed alone; a piece
 * that still fails is cut again, down to {@link #MAX_DEPTH} levels (the annotation file's root, article, highlight and
 * anchor). A single value that fails, such as a note with an unclosed quote, is kept as the text written. Each piece
 * is parsed once per level, so the cost is the document's size times the depth.
 */
final class YamlSalvage {

    /**
     * Lists the keys of a mapping whose values did not parse and were kept as the text written (an unclosed quote),
     * those of a mapping below it as {@code key.inner}: the reader names them as the fields it could not read as YAML.
     */
    static final String SALVAGED = "~salvaged";
    /**
     * Marks a mapping (or one below it) a key of which was lost (its highlight then never wins a merge: the copy a
     * window holds may still have that field). A key kept as written is no loss: it merges as any edit by hand.
     */
    static final String LOST = "~lost";

    private static final int MAX_DEPTH = 4;
    private static final int MAX_PROBLEMS = 100;
    /**
     * Pieces parsed at most: a hostile file of millions of one-character lines would take minutes; what lies past the
     * budget stays in the copy kept aside.
     */
    private static final int MAX_PIECES = 100_000;
    /** "key:" with nothing after it but a comment: its value is the block below. */
    private static final Pattern KEY_ALONE = Pattern.compile("([^\\s#:][^:#]*):\\s*(?:#.*)?");
    /** "key: value": a value written on the key's line. */
    private static final Pattern KEY_VALUE = Pattern.compile("([^\\s#:][^:#]*):\\s+(.*)");

    private final String[] lines;
    private final List<Problem> problems = new ArrayList<>();
    private int pieces;

    private YamlSalvage(String text) {
        this.lines = text.split("\r?\n", -1);
    }

    /** Parses one piece, within the budget of pieces. */
    private Object parse(String piece) {
        if (++pieces > MAX_PIECES) {
            throw new YAMLException("more than " + MAX_PIECES + " pieces to read one by one");
        }
        return YamlSetup.load(piece, YamlSetup.MAX_LINE);
    }

    /** What could be read of the document as a mapping, empty if nothing; the problems of each piece go to problems. */
    static Map<String, Object> read(String text, List<Problem> problems) {
        YamlSalvage salvage = new YamlSalvage(text);
        Map<String, Object> root = salvage.mapping(0, salvage.lines.length, 0, 0);
        problems.addAll(salvage.problems);
        return root;
    }

    private Map<String, Object> mapping(int from, int to, int indent, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int start = -1;
        for (int line = from; line <= to && pieces <= MAX_PIECES; line++) {
            if (line == to || startsKey(line, indent)) {
                if (start >= 0) {
                    section(start, line, indent, depth, map);
                }
                start = line;
            }
        }
        return map;
    }

    /** Reads one key and its value, lines [from, to), whose key stands at indent, into map. */
    private void section(int from, int to, int indent, int depth, Map<String, Object> map) {
        Object parsed;
        try {
            parsed = parse(text(from, to, indent));
        } catch (YAMLException e) {
            salvageSection(from, to, indent, depth, map, e);
            return;
        }
        if (parsed instanceof Map<?, ?> one && one.size() == 1) {
            Map.Entry<?, ?> entry = one.entrySet().iterator().next();
            put(map, String.valueOf(entry.getKey()), entry.getValue(), from);
        } else {
            note(from, new YAMLException("not one key and its value"));
            map.put(LOST, true);
        }
    }

    /** Puts a key read alone; one given twice is noted, two lists under it (two files pasted together) joined. */
    private void put(Map<String, Object> map, String key, Object value, int line) {
        Object before = map.putIfAbsent(key, value);
        if (before == null) {
            return;
        }
        if (before instanceof List<?> first && value instanceof List<?> second) {
            List<Object> both = new ArrayList<>(first);
            both.addAll(second);
            map.put(key, both);
        } else {
            note(line, new YAMLException("\"" + key + "\" is given twice; the first is kept"));
            map.put(LOST, true);
        }
    }

    private void salvageSection(int from, int to, int indent, int depth, Map<String, Object> map, YAMLException e) {
        String head = lines[from].substring(indent).stripTrailing();
        Matcher alone = KEY_ALONE.matcher(head);
        Matcher valued = KEY_VALUE.matcher(head);
        int child = firstContent(from + 1, to);
        if (depth < MAX_DEPTH && alone.matches() && child >= 0) {
            int childIndent = indentOf(lines[child]);
            if (lines[child].startsWith("-", childIndent)) {
                put(map, alone.group(1).strip(), list(child, to, childIndent, depth + 1), from);
                return;
            }
            if (childIndent > indent) {
                String key = alone.group(1).strip();
                Map<String, Object> inner = mapping(child, to, childIndent, depth + 1);
                if (inner.containsKey(LOST)) {
                    map.put(LOST, true);
                }
                if (inner.get(SALVAGED) instanceof List<?> written) {
                    written.forEach(field -> asWrittenKey(map, key + "." + field));
                }
                put(map, key, inner, from);
                return;
            }
        }
        note(from, e);
        if (valued.matches() && "{[&*!#".indexOf(valued.group(2).charAt(0)) < 0) {
            char style = valued.group(2).charAt(0);
            String key = valued.group(1).strip();
            put(map, key, style == '|' || style == '>' ? block(from + 1, to) : asWritten(valued.group(2), from + 1, to),
                    from);
            asWrittenKey(map, key);
        } else {
            map.put(LOST, true);
        }
    }

    /** Notes in the mapping that the key's value was kept as the text written. */
    @SuppressWarnings("unchecked")
    private static void asWrittenKey(Map<String, Object> map, String key) {
        ((List<String>) map.computeIfAbsent(SALVAGED, k -> new ArrayList<String>())).add(key);
    }

    private List<Object> list(int from, int to, int indent, int depth) {
        List<Object> items = new ArrayList<>();
        int start = -1;
        for (int line = from; line <= to && pieces <= MAX_PIECES; line++) {
            if (line == to || indentOf(lines[line]) == indent && lines[line].startsWith("-", indent)) {
                if (start >= 0) {
                    item(start, line, indent, depth, items);
                }
                start = line;
            }
        }
        return items;
    }

    private void item(int from, int to, int indent, int depth, List<Object> items) {
        try {
            if (parse(text(from, to, indent)) instanceof List<?> one && one.size() == 1) {
                items.add(one.get(0));
            } else {
                note(from, new YAMLException("not one item"));
            }
        } catch (YAMLException e) {
            Map<String, Object> map = depth >= MAX_DEPTH ? Map.of() : itemMapping(from, to, indent, depth);
            if (map.isEmpty()) {
                note(from, e);
            } else {
                items.add(map);
            }
        }
    }

    /** An item "- key: value" (or "-" alone over its keys) read as a mapping, key by key. */
    private Map<String, Object> itemMapping(int from, int to, int indent, int depth) {
        String first = lines[from];
        String rest = first.substring(indent + 1);
        if (rest.isBlank()) {
            int content = firstContent(from + 1, to);
            return content < 0 ? new LinkedHashMap<>() : mapping(content, to, indentOf(lines[content]), depth);
        }
        if (!Character.isWhitespace(rest.charAt(0))) {
            return new LinkedHashMap<>();
        }
        // its keys stand where the first one starts after the dash: read as a mapping with the dash made a space
        int keys = indent + 1 + rest.length() - rest.stripLeading().length();
        lines[from] = " ".repeat(keys) + first.substring(keys);
        try {
            return mapping(from, to, keys, depth);
        } finally {
            lines[from] = first;
        }
    }

    /** A block value (| or >) whose value does not parse, as its lines written, their common indent taken off. */
    private String block(int from, int to) {
        int common = Integer.MAX_VALUE;
        for (int line = from; line < to; line++) {
            if (!lines[line].isBlank()) {
                common = Math.min(common, indentOf(lines[line]));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int line = from; line < to; line++) {
            String each = lines[line];
            text.append(line == from ? "" : "\n").append(each.isBlank() ? "" : each.substring(common));
        }
        return text.toString().strip();
    }

    /** A value that does not parse, as the text written: its lines joined, an opening quote and its mate dropped. */
    private String asWritten(String value, int from, int to) {
        StringBuilder text = new StringBuilder(value.strip());
        for (int line = from; line < to; line++) {
            text.append('\n').append(lines[line].strip());
        }
        String written = text.toString().strip();
        char quote = written.charAt(0);
        if (quote == '"' || quote == '\'') {
            written = written.substring(1);
            if (written.endsWith(String.valueOf(quote))) {
                written = written.substring(0, written.length() - 1);
            }
        }
        return written;
    }

    /** Notes why the piece starting at line failed: the piece's line (not the parser's, often the file's end). */
    private void note(int line, YAMLException e) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        Problem problem = YamlSetup.problemOf(e);
        problems.add(problem.kind() == Problem.Kind.YAML_INVALID_AT
                ? Problem.of(Problem.Kind.YAML_INVALID_AT, line + 1, problem.value(1)) : problem);
    }

    private boolean startsKey(int line, int indent) {
        String text = lines[line];
        return indentOf(text) == indent && text.length() > indent && "-#".indexOf(text.charAt(indent)) < 0
                && !Character.isWhitespace(text.charAt(indent));
    }

    private int firstContent(int from, int to) {
        for (int line = from; line < to; line++) {
            String text = lines[line].strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return line;
            }
        }
        return -1;
    }

    /** Lines [from, to) with indent columns taken off. */
    private String text(int from, int to, int indent) {
        StringBuilder text = new StringBuilder();
        for (int line = from; line < to; line++) {
            String each = lines[line];
            text.append(each, Math.min(indent, indentOf(each)), each.length()).append('\n');
        }
        return text.toString();
    }

    private static int indentOf(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
