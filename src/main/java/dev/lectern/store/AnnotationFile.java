package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotation file format (schema 2): one human-readable YAML file per library. Schema 1 had no tags, review or
 * colour names; such a file still loads ({@link SchemaTwo}). Example:
 * <pre>
 * schema: 1
 * library: /home/ann/notes
 * colors: {yellow: important, pink: question, updated: 2024-05-01T10:00:00Z}
 * articles:
 * - path: aws/reinvent-2019.md
 *   title: re:Invent 2019
 *   date: '2019-12-06'
 *   hash: 3f2a9c...
 *   highlights:
 *   - id: 6f1c...
 *     color: yellow
 *     note: |-
 *       two lines
 *       of note
 *     tags: [aws, to-try]
 *     anchor: {quote, prefix, suffix, start, end, heading}
 *     review: {due: 2024-05-04T10:00:00Z, interval: 3, reviews: 2, discarded: false, reviewed: 2024-05-01T10:00:00Z}
 *     created: 2024-05-01T10:00:00Z
 *     updated: 2024-05-01T10:00:00Z
 *     deleted: ...            (only on tombstones)
 *   bookmarks: [{id, label, anchor (absent for the whole article), created, updated, deleted}]
 * annotations: 2            (count, tombstones included; written last, it marks the file's end: a file cut short is
 *                            noticed, an entry deleted or added by hand is not damage, see AnnotationFileReader)
 * </pre>
 * Articles are sorted by path, annotations by creation time then id, absent values are left out, so the dump is
 * byte-identical when nothing changed and diffs well under git. Reading is done by {@link #load(String)}.
 */
public final class AnnotationFile {

    /** The schema this version writes and fully understands. */
    public static final int SCHEMA = 2;

    /** The file's text for the set. */
    public String dump(AnnotationSet set, String library) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("library", library);
        if (set.colorNames().updated() != null) {
            Map<String, Object> colors = new LinkedHashMap<>();
            set.colorNames().names().forEach((color, name) -> colors.put(color.key(), name));
            colors.put("updated", set.colorNames().updated().toString());
            root.put("colors", colors);
        }
        List<Object> articles = new ArrayList<>();
        for (ArticleId id : set.articles()) {
            articles.add(article(set.entry(id), set.of(id)));
        }
        root.put("articles", articles);
        root.put("annotations", set.size());
        return YamlSetup.dumper().dump(root);
    }

    /** Reads a file's text, keeping whatever can be read; never throws for bad content. */
    public LoadResult load(String text) {
        return new AnnotationFileReader().read(text);
    }

    private static Map<String, Object> article(ArticleEntry entry, List<Annotation> annotations) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", entry.article().path());
        ArticleKey key = entry.key();
        if (key != null) {
            putIfPresent(map, "title", key.title());
            putIfPresent(map, "date", key.date());
            putIfPresent(map, "hash", key.contentHash());
        }
        if (!entry.formerPaths().isEmpty()) {
            map.put("formerPaths", entry.formerPaths().stream().map(ArticleId::path).toList());
        }
        List<Object> highlights = new ArrayList<>();
        List<Object> bookmarks = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation instanceof Highlight h) {
                highlights.add(highlight(h));
            } else if (annotation instanceof Bookmark b) {
                bookmarks.add(bookmark(b));
            }
        }
        if (!highlights.isEmpty()) {
            map.put("highlights", highlights);
        }
        if (!bookmarks.isEmpty()) {
            map.put("bookmarks", bookmarks);
        }
        return map;
    }

    private static Map<String, Object> highlight(Highlight h) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", h.id().toString());
        map.put("color", h.color().key());
        if (!h.note().isEmpty()) {
            map.put("note", h.note());
        }
        if (!h.tags().isEmpty()) {
            map.put("tags", h.tags());
        }
        map.put("anchor", anchor(h.anchor()));
        if (h.review() != null) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("due", h.review().due().toString());
            review.put("interval", h.review().interval());
            review.put("reviews", h.review().reviews());
            review.put("discarded", h.review().discarded());
            if (h.review().reviewed() != null) {
                review.put("reviewed", h.review().reviewed().toString());
            }
            map.put("review", review);
        }
        times(map, h);
        return map;
    }

    private static Map<String, Object> bookmark(Bookmark b) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", b.id().toString());
        map.put("label", b.label());
        if (b.anchor() != null) {
            map.put("anchor", anchor(b.anchor()));
        }
        times(map, b);
        return map;
    }

    private static Map<String, Object> anchor(Anchor anchor) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("quote", anchor.quote());
        map.put("prefix", new YamlSetup.OneLine(anchor.prefix()));
        map.put("suffix", new YamlSetup.OneLine(anchor.suffix()));
        map.put("start", anchor.start());
        map.put("end", anchor.end());
        putIfPresent(map, "heading", anchor.heading());
        putIfPresent(map, "originalQuote", anchor.originalQuote());
        return map;
    }

    private static void times(Map<String, Object> map, Annotation annotation) {
        map.put("created", annotation.created().toString());
        map.put("updated", annotation.updated().toString());
        putIfPresent(map, "deleted", annotation.deleted());
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof Instant ? value.toString() : value);
        }
    }
}
