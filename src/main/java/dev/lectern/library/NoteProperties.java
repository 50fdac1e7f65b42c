package dev.lectern.library;

import dev.lectern.model.NoteProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A vault note's properties from its front matter's fields: every field but those the page's header shows (title,
 * subtitle, date, authors, tags, categories) and the note's look ({@code cssclasses}), in the front matter's order,
 * named as it spells them.
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

    /** The properties of the fields (keys lower case) read from a front matter, named as its text spells them. */
    static List<NoteProperty> of(Map<String, Object> fields, String frontMatter) {
        Map<String, String> spelled = spellings(frontMatter);
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
                properties.add(new NoteProperty(spelled.getOrDefault(field.getKey(), field.getKey()), values));
            }
        }
        return properties;
    }

    /**
     * Each top-level key of a front matter as written ({@code Related Notes:}, {@code "Source" =}), by its lower-case
     * form, the first spelling kept: the readers fold keys to lower case.
     */
    private static Map<String, String> spellings(String frontMatter) {
        Map<String, String> spelled = new HashMap<>();
        for (String line : frontMatter.split("\n", -1)) {
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || "#-[{}]".indexOf(line.charAt(0)) >= 0) {
                continue;
            }
            int colon = line.indexOf(':');
            int equals = line.indexOf('=');
            int end = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
            String key = end < 0 ? "" : line.substring(0, end).strip();
            if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                    && key.charAt(key.length() - 1) == key.charAt(0)) {
                key = key.substring(1, key.length() - 1);
            }
            if (!key.isEmpty()) {
                spelled.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
            }
        }
        return spelled;
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
