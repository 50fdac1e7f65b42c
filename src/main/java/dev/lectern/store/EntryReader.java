package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the maps of one article entry into records, skipping (and describing) each malformed item alone. */
final class EntryReader {

    private final AnnotationSet set;
    private final List<String> problems;

    EntryReader(AnnotationSet set, List<String> problems) {
        this.set = set;
        this.problems = problems;
    }

    void readArticle(Object value, int number) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("path") instanceof String path) || path.isBlank()) {
            problems.add("article entry " + number + " has no path and was skipped");
            return;
        }
        ArticleId article = new ArticleId(path);
        List<ArticleId> former = new ArrayList<>();
        if (map.get("formerPaths") instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(p -> new ArticleId((String) p)).forEach(former::add);
        }
        ArticleKey key = new ArticleKey(text(map, "title"), text(map, "date"), text(map, "hash"));
        boolean noKey = key.title() == null && key.date() == null && key.contentHash() == null;
        set.putEntry(new ArticleEntry(article, noKey ? null : key, former));
        readItems(map.get("highlights"), article, "highlight", true);
        readItems(map.get("bookmarks"), article, "bookmark", false);
    }

    private void readItems(Object value, ArticleId article, String kind, boolean highlights) {
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> list)) {
            problems.add("the " + kind + "s of " + article + " are not a list and were skipped");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            try {
                if (!(list.get(i) instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException("it is not a set of fields");
                }
                Annotation read = highlights ? highlight(map, article) : bookmark(map, article);
                Annotation seen = set.get(read.id()).orElse(null);
                if (seen == null || read.updated().isAfter(seen.updated())) {
                    set.put(read);
                }
            } catch (RuntimeException e) {
                problems.add(kind + " " + (i + 1) + " of " + article + " was skipped: " + e.getMessage());
            }
        }
    }

    private static Highlight highlight(Map<?, ?> map, ArticleId article) {
        Anchor anchor = anchor(map.get("anchor"));
        if (anchor == null) {
            throw new IllegalArgumentException("it has no anchor");
        }
        HighlightColor color = HighlightColor.fromKey(required(map, "color"));
        return new Highlight(uuid(map), article, anchor, color, text(map, "note"), SchemaTwo.tags(map.get("tags")),
                SchemaTwo.review(map.get("review")),
                instant(map, "created", true), instant(map, "updated", true), instant(map, "deleted", false));
    }

    private static Bookmark bookmark(Map<?, ?> map, ArticleId article) {
        return new Bookmark(uuid(map), article, anchor(map.get("anchor")), text(map, "label"),
                instant(map, "created", true), instant(map, "updated", true), instant(map, "deleted", false));
    }

    private static Anchor anchor(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("its anchor is not a set of fields");
        }
        return new Anchor(required(map, "quote"), text(map, "prefix"), text(map, "suffix"),
                number(map, "start"), number(map, "end"), text(map, "heading"));
    }

    private static UUID uuid(Map<?, ?> map) {
        return UUID.fromString(required(map, "id"));
    }

    private static Instant instant(Map<?, ?> map, String field, boolean required) {
        String value = required ? required(map, field) : text(map, field);
        return value == null ? null : Instant.parse(value);
    }

    private static int number(Map<?, ?> map, String field) {
        if (map.get(field) instanceof Integer number) {
            return number;
        }
        throw new IllegalArgumentException("its '" + field + "' is not a whole number");
    }

    private static String required(Map<?, ?> map, String field) {
        String value = text(map, field);
        if (value == null) {
            throw new IllegalArgumentException("its '" + field + "' is missing");
        }
        return value;
    }

    /** A scalar as text (YAML may have read "2019" as a number), or null when absent. */
    private static String text(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException("its '" + field + "' is not a single value");
        }
        return value == null ? null : value.toString();
    }
}
