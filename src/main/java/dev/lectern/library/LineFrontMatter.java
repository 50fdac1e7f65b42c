package dev.lectern.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A forgiving reader for front matter that is not valid YAML: top-level {@code key: value}
 * lines (everything after the first ": " is the value), flow lists {@code [a, b]} (one never closed too), block lists
 * of {@code - item} lines and indented continuation lines, a quote never closed read as a typo. A repeated key keeps
 * its last value.
 */
final class LineFrontMatter {

    Map<String, Object> parse(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String key = null;
        List<String> items = null;
        StringBuilder folded = null;
        for (String line : text.split("\n")) {
            Matcher m = FrontMatterSplitter.KEY_LINE.matcher(line);
            String trimmed = line.strip();
            if (m.matches()) {
                key = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2) == null ? "" : m.group(2).strip();
                items = null;
                folded = null;
                if (value.isEmpty() || value.matches("[>|][+-]?")) {
                    folded = new StringBuilder();
                    fields.put(key, null);
                } else {
                    fields.put(key, value(value));
                }
            } else if (key != null && trimmed.startsWith("-") && (items != null || folded != null && folded.isEmpty())) {
                if (items == null) {
                    items = new ArrayList<>();
                    fields.put(key, items);
                    folded = null;
                }
                items.add(unquote(trimmed.substring(1).strip()));
            } else if (key != null && folded != null && !trimmed.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                folded.append(folded.isEmpty() ? "" : " ").append(trimmed);
                fields.put(key, folded.toString());
            }
        }
        return fields;
    }

    private static Object value(String raw) {
        if (raw.startsWith("[")) { // a flow list, closed or not: "[a, b" (its bracket never closed) is a and b too
            List<String> list = new ArrayList<>();
            for (String item : raw.substring(1, raw.length() - (raw.endsWith("]") ? 1 : 0)).split(",")) {
                if (!item.isBlank()) {
                    list.add(unquote(item.strip()));
                }
            }
            return list;
        }
        return raw.equals("~") ? null : unquote(raw);
    }

    /** A value without its quotes; a quote opened and never closed ({@code "unclosed}) goes too, as a typo's. */
    private static String unquote(String value) {
        if (value.length() >= 1) {
            char first = value.charAt(0);
            if (first == '"' || first == '\'') {
                boolean closed = value.length() >= 2 && value.charAt(value.length() - 1) == first;
                return value.substring(1, value.length() - (closed ? 1 : 0)).strip();
            }
        }
        return value;
    }
}
