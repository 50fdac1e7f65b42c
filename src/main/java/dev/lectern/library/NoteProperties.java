package dev.lectern.library;

import dev.lectern.model.NoteProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vault note's properties from its front matter's fields: every field but those the page's header shows (title,
 * subtitle, date, authors, tags, categories) and the note's look ({@code cssclasses}), in the front matter's order.
 * Bounded: at most {@link #MOST} properties of at most {@link #MOST_VALUES} values of {@link #MAX_LENGTH} characters;
 * a nested map shows as {@code key: value} pairs one level deep.
 */
public final class NoteProperties {

    static final int MOST = 50;
    static final int MOST_VALUES = 50;
    static final int MAX_LENGTH = 500;
    private static final Set<String> SHOWN = Set.of("title", "subtitle", "tags", "tag", "categories", "category",
            "author", "authors", "date", "publishdate", "pubdate", "created", "cssclass", "cssclasses");

    private NoteProperties() {
    }

    static List<NoteProperty> of(Map<String, Object> fields) {
        List<NoteProperty> properties = new ArrayList<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (properties.size() == MOST) {
                break;
            }
            if (SHOWN.contains(field.getKey())) {
                continue;
            }
            List<String> values = new ArrayList<>();
            add(values, field.getValue(), true);
            if (!values.isEmpty()) {
                properties.add(new NoteProperty(field.getKey(), values));
            }
        }
        return properties;
    }

    private static void add(List<String> values, Object value, boolean top) {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (values.size() == MOST_VALUES) {
                    return;
                }
                if (top) {
                    add(values, item, false);
                } else {
                    text(values, String.valueOf(item));
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (values.size() == MOST_VALUES) {
                    return;
                }
                text(values, entry.getKey() + ": " + (entry.getValue() == null ? "" : entry.getValue()));
            }
        } else if (value != null) {
            text(values, String.valueOf(value));
        }
    }

    private static void text(List<String> values, String text) {
        String shown = (text.length() > MAX_LENGTH + 1 ? text.substring(0, MAX_LENGTH + 1) : text).replace('\n', ' ').strip();
        if (!shown.isEmpty()) {
            values.add(shown.length() > MAX_LENGTH ? shown.substring(0, MAX_LENGTH) + "…" : shown);
        }
    }
}
