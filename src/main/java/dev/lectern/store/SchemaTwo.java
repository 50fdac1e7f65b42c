package dev.lectern.store;

import dev.lectern.model.ColorNames;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.model.Problem.Kind;
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
            throw new ItemRefused(Kind.TAGS_NOT_WORDS);
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** A highlight's review state; absent (schema 1, or never reviewed) gives null. */
    static ReviewState review(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get("due") instanceof String due)) {
            throw new ItemRefused(Kind.REVIEW_WITHOUT_DUE);
        }
        int interval = map.get("interval") instanceof Integer i ? i : 0;
        int reviews = map.get("reviews") instanceof Integer r ? r : 0;
        try {
            Instant reviewed = map.get("reviewed") instanceof String r ? instantOrNull(r) : null;
            return new ReviewState(Instant.parse(due), interval, reviews, Boolean.TRUE.equals(map.get("discarded")),
                    reviewed);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ItemRefused(Kind.FIELD_INVALID, "review", EntryReader.cut(map));
        }
    }

    /** The library's colour names; a malformed entry is noted as a problem and left out. */
    static ColorNames colorNames(Object value, List<Problem> problems) {
        if (value == null) {
            return ColorNames.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(Problem.of(Kind.COLORS_NOT_A_MAP));
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
                problems.add(Problem.of(Kind.COLOR_NAME_SKIPPED, key));
            }
        }
        return new ColorNames(names, updated);
    }

    /**
     * When a review was marked, or null when it is not a time: only the merge of two copies reads it, and a hand edit or
     * a newer format must not shut out the highlight, its note and colour with it.
     */
    static Instant instantOrNull(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
