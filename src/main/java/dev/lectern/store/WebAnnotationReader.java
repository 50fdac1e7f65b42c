package dev.lectern.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem.Kind;
import dev.lectern.model.ReviewState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Turns one Web Annotation (W3C or Hypothesis shape) into a highlight or bookmark placed in the article's current text. */
final class WebAnnotationReader {

    private final Function<String, Optional<ArticleId>> resolve;
    private final Function<ArticleId, String> textOf;
    private final Reanchorer reanchorer = new Reanchorer();

    WebAnnotationReader(Function<String, Optional<ArticleId>> resolve, Function<ArticleId, String> textOf) {
        this.resolve = resolve;
        this.textOf = textOf;
    }

    Annotation read(JsonNode item) {
        if (!item.isObject()) {
            throw new ItemRefused(Kind.ITEM_NOT_A_MAP);
        }
        JsonNode target = target(item);
        String source = source(item);
        if (source == null) {
            throw new ItemRefused(Kind.TARGET_WITHOUT_SOURCE);
        }
        ArticleId article = resolve.apply(source).orElseThrow(
                () -> new ItemRefused(Kind.SOURCE_NOT_IN_LIBRARY, EntryReader.cut(source)));
        UUID id = id(item);
        Instant created = time(item, "created", null);
        Instant updated = time(item, "modified", time(item, "updated", created));
        if (updated == null) {
            throw new ItemRefused(Kind.ITEM_WITHOUT_TIME);
        }
        created = created == null ? updated : created;
        List<String> notes = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String label = bodies(item, notes, tags);
        String heading = text(item, "lectern:heading", null);
        Anchor anchor = anchor(target, article, heading, text(item, "lectern:originalQuote", null));
        if ("bookmarking".equals(text(item, "motivation", ""))) {
            return new Bookmark(id, article, anchor, label, created, updated, null);
        }
        if (anchor == null) {
            throw new ItemRefused(Kind.ITEM_WITHOUT_QUOTE);
        }
        return new Highlight(id, article, anchor, color(item), String.join("\n\n", notes), tags,
                review(item.path("lectern:review")), created, updated, null);
    }

    private static JsonNode target(JsonNode item) {
        JsonNode target = item.path("target");
        return target.isArray() ? target.path(0) : target;
    }

    /** The article an item's target names (its source, or Hypothesis's uri), or null. */
    static String source(JsonNode item) {
        JsonNode target = target(item);
        return target.isTextual() ? target.asText() : text(target, "source", text(item, "uri", null));
    }

    /** An item's quote with its context (no place), or null when it has none. */
    static Anchor quote(JsonNode item) {
        JsonNode quote = quoteSelector(target(item));
        String exact = quote == null ? "" : text(quote, "exact", "");
        return exact.isEmpty() ? null : new Anchor(exact, text(quote, "prefix", ""), text(quote, "suffix", ""), 0,
                exact.length(), null);
    }

    private static JsonNode quoteSelector(JsonNode target) {
        JsonNode quote = null;
        JsonNode selectors = target.path("selector");
        for (JsonNode s : selectors.isArray() ? selectors : List.of(selectors)) {
            quote = text(s, "type", "").equals("TextQuoteSelector") ? s : quote;
        }
        return quote;
    }

    private static UUID id(JsonNode item) {
        String id = text(item, "id", null);
        String raw = id == null ? item.toString() : id;
        String bare = raw.startsWith("urn:uuid:") ? raw.substring("urn:uuid:".length()) : raw;
        try {
            return UUID.fromString(bare);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(("web-annotation:" + raw).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Collects notes and tags from the bodies (W3C) or text and tags (Hypothesis); returns a bookmark's label. */
    private static String bodies(JsonNode item, List<String> notes, List<String> tags) {
        String label = "";
        JsonNode body = item.path("body");
        for (JsonNode b : body.isArray() ? body : List.of(body)) {
            String value = b.isTextual() ? b.asText() : text(b, "value", null);
            String purpose = text(b, "purpose", "commenting");
            if (value == null) {
                continue;
            }
            switch (purpose) {
                case "tagging" -> tags.add(value);
                case "describing" -> label = value;
                default -> notes.add(value);
            }
        }
        String text = text(item, "text", "");
        if (!text.isBlank()) {
            notes.add(text);
        }
        item.path("tags").forEach(t -> tags.add(t.asText()));
        return label;
    }

    private Anchor anchor(JsonNode target, ArticleId article, String heading, String originalQuote) {
        JsonNode quote = null;
        JsonNode position = null;
        JsonNode selectors = target.path("selector");
        for (JsonNode s : selectors.isArray() ? selectors : List.of(selectors)) {
            String type = text(s, "type", "");
            quote = type.equals("TextQuoteSelector") ? s : quote;
            position = type.equals("TextPositionSelector") ? s : position;
        }
        if (quote == null || text(quote, "exact", "").isEmpty()) {
            return null;
        }
        String exact = text(quote, "exact", "");
        String text = textOf.apply(article);
        JsonNode offsets = target.path("lectern:offsets");
        int start;
        if (position != null && position.path("start").canConvertToInt()) {
            int cp = position.path("start").asInt();
            start = text != null ? CodePoints.toUtf16(text, cp) : cp;
        } else {
            start = offsets.path("start").canConvertToInt() ? offsets.path("start").asInt() : 0;
        }
        Anchor given = new Anchor(exact, text(quote, "prefix", ""), text(quote, "suffix", ""), Math.max(0, start),
                Math.max(0, start) + exact.length(), heading, originalQuote);
        if (text == null) {
            return given;
        }
        AnchorMatch match = reanchorer.locate(given, text);
        return !match.found() || match.start() == given.start() && match.end() == given.end()
                ? given : given.foundAgainIn(text, match.start(), match.end());
    }

    /** The highlight colour an item names (yellow when it names none). */
    static HighlightColor color(JsonNode item) {
        String color = text(item, "lectern:color", "yellow");
        try {
            return HighlightColor.fromKey(color);
        } catch (IllegalArgumentException e) {
            throw new ItemRefused(Kind.FIELD_INVALID, "lectern:color", EntryReader.cut(color));
        }
    }

    private static ReviewState review(JsonNode review) {
        if (!review.isObject()) {
            return null;
        }
        try {
            String reviewed = text(review, "reviewed", null);
            return new ReviewState(Instant.parse(text(review, "due", "")), review.path("interval").asInt(),
                    review.path("reviews").asInt(), review.path("discarded").asBoolean(),
                    reviewed == null ? null : SchemaTwo.instantOrNull(reviewed));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ItemRefused(Kind.FIELD_INVALID, "lectern:review", EntryReader.cut(review));
        }
    }

    private static Instant time(JsonNode node, String field, Instant fallback) {
        String value = text(node, field, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notOffset) {
                throw new ItemRefused(Kind.FIELD_INVALID, field, EntryReader.cut(value));
            }
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : fallback;
    }
}
