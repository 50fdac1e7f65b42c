package dev.lectern.store;

import dev.lectern.model.ColorNames;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.ReviewState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what schema 2 added to the annotation file: highlight tags, review state and colour names. A schema 1 file
 * has none of them, so it loads as highlights without tags, never reviewed, with unnamed colours (and is written back
 * as schema 2 at the next save).
 */
final class SchemaTwo {

    private SchemaTwo() {
    }

    /** A highlight's tags; absent (schema 1) gives none. */
    static List<String> tags(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(t -> t instanceof Map<?, ?> || t instanceof List<?>)) {
            throw new IllegalArgumentException("its 'tags' is not a list of words");
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** A highlight's review state; absent (schema 1, or never reviewed) gives null. */
    static ReviewState review(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get("due") instanceof String due)) {
            throw new IllegalArgumentException("its 'review' has no due time");
        }
        int interval = map.get("interval") instanceof Integer i ? i : 0;
        int reviews = map.get("reviews") instanceof Integer r ? r : 0;
        return new ReviewState(Instant.parse(due), interval, reviews, Boolean.TRUE.equals(map.get("discarded")));
    }

    /** The library's colour names; a malformed entry is described and left out. */
    static ColorNames colorNames(Object value, List<String> problems) {
        if (value == null) {
            return ColorNames.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add("its 'colors' is not a set of names and was skipped");
            return ColorNames.NONE;
        }
        Map<HighlightColor, String> names = new EnumMap<>(HighlightColor.class);
        Instant updated = Instant.EPOCH;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            try {
                if (key.equals("updated")) {
                    updated = Instant.parse(String.valueOf(entry.getValue()));
                } else if (entry.getValue() instanceof String name) {
                    names.put(HighlightColor.fromKey(key), name);
                } else {
                    throw new IllegalArgumentException("not a name");
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add("the colour name '" + key + "' was skipped: it is not understood");
            }
        }
        return new ColorNames(names, updated);
    }
}
