package dev.lectern.store;

import java.util.List;
import java.util.Map;

/** A tiny JSON writer for maps, lists, strings, numbers, booleans and nulls: pretty (two spaces) or compact (one line). */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** Indented with two spaces, ending with a line break (for export files). */
    public static String write(Object value) {
        JsonWriter writer = new JsonWriter(true);
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    /** On one line, without spaces (for one object per line). */
    public static String compact(Object value) {
        JsonWriter writer = new JsonWriter(false);
        writer.value(value, 0);
        return writer.out.toString();
    }

    private void value(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            container(map.entrySet().stream().toList(), '{', '}', depth, (entry, d) -> {
                string(String.valueOf(((Map.Entry<?, ?>) entry).getKey()));
                out.append(pretty ? ": " : ":");
                value(((Map.Entry<?, ?>) entry).getValue(), d);
            });
        } else if (value instanceof List<?> list) {
            container(list, '[', ']', depth, this::value);
        } else if (value instanceof Number || value instanceof Boolean || value == null) {
            out.append(value);
        } else {
            string(value.toString());
        }
    }

    private interface Item {
        void write(Object item, int depth);
    }

    private void container(List<?> items, char open, char close, int depth, Item item) {
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",");
            if (pretty) {
                out.append('\n').append("  ".repeat(depth + 1));
            }
            item.write(items.get(i), depth + 1);
        }
        out.append(items.isEmpty() || !pretty ? "" : "\n" + "  ".repeat(depth)).append(close);
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
