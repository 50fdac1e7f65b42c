package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Exports live annotations as W3C Web Annotation JSON-LD: an AnnotationCollection whose page holds one Annotation per
 * highlight or bookmark, targeting the article's path with a TextQuoteSelector and a TextPositionSelector (code points
 * of the article's current text, as the standard counts). Colour, heading and review state go in {@code lectern:}
 * terms, and so do the words first highlighted where an edit of the article changed them since
 * ({@code lectern:originalQuote}); when an article's text cannot be read, Lectern's own UTF-16 offsets go in {@code lectern:offsets} instead.
 */
public final class WebAnnotationExporter {

    /** The Web Annotation context. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Lectern's namespace for the terms the standard lacks. */
    public static final String NAMESPACE = "https://lectern.dev/ns/annotation#";

    private final Reanchorer reanchorer = new Reanchorer();

    /** The JSON-LD text; textOf gives an article's current rendered text, or null when it cannot be read. */
    public String export(AnnotationSet set, String library, Function<ArticleId, String> textOf) {
        List<Object> items = new ArrayList<>();
        for (ArticleId article : set.articles()) {
            List<Annotation> live = set.of(article).stream().filter(a -> !a.isDeleted()).toList();
            String text = live.isEmpty() ? null : textOf.apply(article);
            for (Annotation annotation : live) {
                items.add(annotation(annotation, text, set.colorNames()));
            }
        }
        String collection = "urn:uuid:" + UUID.nameUUIDFromBytes(String.valueOf(library).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", collection + "#page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.put("items", items);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", List.of(CONTEXT, Map.of("lectern", NAMESPACE)));
        root.put("id", collection);
        root.put("type", "AnnotationCollection");
        root.put("label", "Lectern annotations");
        root.put("total", items.size());
        root.put("first", page);
        return JsonWriter.write(root);
    }

    private Map<String, Object> annotation(Annotation a, String text, ColorNames colors) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@context", CONTEXT);
        map.put("id", "urn:uuid:" + a.id());
        map.put("type", "Annotation");
        List<Object> body = new ArrayList<>();
        if (a instanceof Highlight h) {
            map.put("motivation", h.note().isBlank() ? "highlighting" : "commenting");
            if (!h.note().isEmpty()) {
                body.add(textualBody(h.note(), "commenting"));
            }
            h.tags().forEach(tag -> body.add(textualBody(tag, "tagging")));
        } else if (a instanceof Bookmark b) {
            map.put("motivation", "bookmarking");
            if (!b.label().isEmpty()) {
                body.add(textualBody(b.label(), "describing"));
            }
        }
        if (!body.isEmpty()) {
            map.put("body", body);
        }
        map.put("target", target(a, text));
        map.put("created", a.created().toString());
        map.put("modified", a.updated().toString());
        if (a instanceof Highlight h) {
            map.put("lectern:color", h.color().key());
            if (colors.nameOf(h.color()) != null) {
                map.put("lectern:colorName", colors.nameOf(h.color()));
            }
            if (h.review() != null) {
                Map<String, Object> review = new LinkedHashMap<>();
                review.put("due", h.review().due().toString());
                review.put("interval", h.review().interval());
                review.put("reviews", h.review().reviews());
                review.put("discarded", h.review().discarded());
                if (h.review().reviewed() != null) {
                    review.put("reviewed", h.review().reviewed().toString());
                }
                map.put("lectern:review", review);
            }
        }
        if (a.anchor() != null && a.anchor().heading() != null) {
            map.put("lectern:heading", a.anchor().heading());
        }
        if (a.anchor() != null && a.anchor().originalQuote() != null) {
            map.put("lectern:originalQuote", a.anchor().originalQuote());
        }
        return map;
    }

    private Map<String, Object> target(Annotation a, String text) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", a.article().path());
        Anchor anchor = a.anchor();
        if (anchor == null) {
            return target;
        }
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", anchor.quote());
        quote.put("prefix", anchor.prefix());
        quote.put("suffix", anchor.suffix());
        AnchorMatch match = text == null ? null : reanchorer.locate(anchor, text);
        if (match != null && match.found()) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("type", "TextPositionSelector");
            position.put("start", CodePoints.toCodePoints(text, match.start()));
            position.put("end", CodePoints.toCodePoints(text, match.end()));
            target.put("selector", List.of(quote, position));
        } else {
            target.put("selector", List.of(quote));
            Map<String, Object> offsets = new LinkedHashMap<>();
            offsets.put("start", anchor.start());
            offsets.put("end", anchor.end());
            target.put("lectern:offsets", offsets);
        }
        return target;
    }

    private static Map<String, Object> textualBody(String value, String purpose) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("value", value);
        body.put("purpose", purpose);
        body.put("format", "text/plain");
        return body;
    }
}
