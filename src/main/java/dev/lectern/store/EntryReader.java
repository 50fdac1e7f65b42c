package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ComposedText;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.model.Problem.Kind;
import dev.lectern.model.ReviewState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the maps of one article entry into records, skipping (and noting as a problem) each malformed item alone. */
final class EntryReader {

    private final AnnotationSet set;
    private final List<Problem> problems;

    EntryReader(AnnotationSet set, List<Problem> problems) {
        this.set = set;
        this.problems = problems;
    }

    void readArticle(Object value, int number) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("path") instanceof String path) || path.isBlank()) {
            problems.add(Problem.of(Kind.ENTRY_WITHOUT_PATH, number));
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
        readItems(map.get("highlights"), article, true);
        readItems(map.get("bookmarks"), article, false);
    }

    private void readItems(Object value, ArticleId article, boolean highlights) {
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(Problem.of(highlights ? Kind.HIGHLIGHTS_NOT_A_LIST : Kind.BOOKMARKS_NOT_A_LIST, article));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            try {
                if (!(list.get(i) instanceof Map<?, ?> map)) {
                    throw new ItemRefused(Kind.ITEM_NOT_A_MAP);
                }
                keep(highlights ? highlight(map, article, i + 1) : bookmark(map, article));
            } catch (RuntimeException e) {
                problems.add(Problem.because(highlights ? Kind.HIGHLIGHT_SKIPPED : Kind.BOOKMARK_SKIPPED,
                        ItemRefused.reasonOf(e), i + 1, article));
            }
        }
    }

    /**
     * Keeps an annotation read. One whose id was read before (an entry copied by hand and then changed) is kept too,
     * under a fresh id, with a problem naming the id, so the file is written again with both: only the entry with the
     * newer {@code updated} was kept, and the other highlight and its note were gone without a word. Two copies of one
     * annotation (the same article and passage, or either one deleted: a stale copy beside its deletion) are one, the
     * newer kept, so that a deleted highlight does not come back; when the older one said something else (another
     * note, colour, tags or label) that is a problem too, so the file as it was is kept aside with the older words. Two
     * copies updated at the same moment cannot be told apart by age (a block copied by hand and its note changed):
     * both are kept. The new id is made from the entry itself, so a file read twice (the command line only reads)
     * names it the same each time.
     */
    private void keep(Annotation read) {
        Annotation seen = set.get(read.id()).orElse(null);
        if (seen == null) {
            set.put(read);
        } else if (seen.equals(read)) {
            return;
        } else if (sameAnnotation(seen, read) && !read.updated().equals(seen.updated())) {
            Annotation newer = read.updated().isAfter(seen.updated()) ? read : seen;
            Annotation older = newer == read ? seen : read;
            set.put(newer);
            if (Versions.wordsLost(older, newer)) {
                problems.add(Problem.of(Kind.DUPLICATE_ID_OLDER_DROPPED, read.id(), read.article()));
            }
        } else {
            Annotation renamed = Versions.withId(read, UUID.nameUUIDFromBytes((read.id() + "\n" + read.article().path() + "\n"
                    + passage(read)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            set.put(renamed);
            problems.add(Problem.of(Kind.DUPLICATE_ID, read.id(), read.article(), renamed.id()));
        }
    }

    private static boolean sameAnnotation(Annotation a, Annotation b) {
        return a.deleted() != null || b.deleted() != null
                || a.article().equals(b.article()) && passage(a).equals(passage(b));
    }

    private static String passage(Annotation annotation) {
        Anchor anchor = annotation instanceof Highlight h ? h.anchor() : ((Bookmark) annotation).anchor();
        return anchor == null ? "" : anchor.quote();
    }

    /**
     * A highlight; a field of it that cannot be read (a colour no one knows, a note made a list, tags of maps, a place
     * that is no number) is left at its default, noted as a problem, rather than losing the passage and its note: a
     * place left out is found again by the quote.
     */
    private Highlight highlight(Map<?, ?> map, ArticleId article, int number) {
        UUID id = uuid(map);
        Lenient fields = new Lenient(article, number);
        Anchor anchor = fields.anchor(map.get("anchor"));
        if (anchor == null) {
            throw new ItemRefused(Kind.ITEM_WITHOUT_ANCHOR);
        }
        Instant created = instant(map, "created", true);
        HighlightColor color = fields.read(() -> color(required(map, "color")), HighlightColor.YELLOW);
        String note = fields.note(map.get("note"));
        if (note != null && note.length() > Highlight.MAX_NOTE) {
            // a note longer than Lectern takes (written by hand, or by a version before the limit) is cut by the
            // highlight; the file as it was is kept aside with it whole, never written over with the cut one
            fields.leave(Problem.of(Kind.NOTE_TOO_LONG, note.length(), Highlight.MAX_NOTE));
        }
        List<String> tags = fields.read(() -> SchemaTwo.tags(map.get("tags")), List.of());
        ReviewState review = fields.read(() -> SchemaTwo.review(map.get("review")), null);
        Highlight read = new Highlight(id, article, anchor, color, note, tags, review, created,
                instant(map, "updated", true), instant(map, "deleted", false));
        if (map.get(YamlSalvage.SALVAGED) instanceof List<?> written) { // kept as the text written: named, no loss
            written.forEach(field -> problems.add(Problem.of(Kind.HIGHLIGHT_FIELD_AS_WRITTEN, number, article, field)));
        }
        if (fields.left || map.containsKey(YamlSalvage.LOST)) { // a field read alone lost its value
            set.markPartial(id);
        }
        return read;
    }

    /**
     * The fields of one highlight that may be left at their default when they cannot be read: each such field is a
     * problem (so the file is kept aside as damaged), and the highlight is marked partial in the set.
     */
    private final class Lenient {

        private final ArticleId article;
        private final int number;
        private boolean left;

        Lenient(ArticleId article, int number) {
            this.article = article;
            this.number = number;
        }

        /** The field as read, or its default with the reason noted. */
        <T> T read(java.util.function.Supplier<T> field, T otherwise) {
            try {
                return field.get();
            } catch (ItemRefused e) {
                leave(ItemRefused.reasonOf(e));
                return otherwise;
            }
        }

        void leave(Problem reason) {
            left = true;
            problems.add(Problem.because(Kind.HIGHLIGHT_FIELD_LEFT, reason, number, article));
        }

        /**
         * A note as text. One written as a YAML list (a note of several lines made items) is kept as its items, a line
         * each, and noted, as YAML may have read an item as a number or a yes/no (the file kept aside has it as written).
         */
        String note(Object value) {
            if (value instanceof List<?> lines && lines.stream().noneMatch(l -> l instanceof Map<?, ?> || l instanceof List<?>)) {
                leave(Problem.of(Kind.FIELD_NOT_A_VALUE, "note"));
                return String.join("\n", lines.stream().map(String::valueOf).toList());
            }
            if (value instanceof Map<?, ?>) {
                leave(Problem.of(Kind.FIELD_NOT_A_VALUE, "note"));
                return null;
            }
            return value == null ? null : value.toString();
        }

        /** An anchor whose place is no number keeps its quote, to be found again by it. */
        Anchor anchor(Object value) {
            if (value instanceof Map<?, ?> map && map.get("quote") instanceof String quote && !quote.isEmpty()
                    && !(map.get("start") instanceof Integer && map.get("end") instanceof Integer)) {
                leave(Problem.of(Kind.FIELD_NOT_A_NUMBER, "start"));
                return composed(new Anchor(quote, text(map, "prefix"), text(map, "suffix"), 0, quote.length(),
                        text(map, "heading"), text(map, "originalQuote")));
            }
            return EntryReader.anchor(value);
        }
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
            throw new ItemRefused(Kind.ANCHOR_NOT_A_MAP);
        }
        String quote = required(map, "quote");
        int start = number(map, "start");
        int end = number(map, "end");
        if (quote.isEmpty() || start < 0 || end < start) {
            throw new ItemRefused(Kind.ANCHOR_INVALID, start, end);
        }
        return composed(new Anchor(quote, text(map, "prefix"), text(map, "suffix"), start, end, text(map, "heading"),
                text(map, "originalQuote")));
    }

    /**
     * The anchor's words composed (NFC), as articles are read now: a highlight made on a file saved decomposed (Hangul
     * as loose jamo, from macOS) quotes words no composed page holds, and was lost on the next start.
     */
    private static Anchor composed(Anchor anchor) {
        return new Anchor(ComposedText.of(anchor.quote()), ComposedText.of(anchor.prefix()),
                ComposedText.of(anchor.suffix()), anchor.start(), anchor.end(), ComposedText.of(anchor.heading()),
                ComposedText.of(anchor.originalQuote()));
    }

    private static HighlightColor color(String key) {
        try {
            return HighlightColor.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new ItemRefused(Kind.FIELD_INVALID, "color", cut(key));
        }
    }

    private static UUID uuid(Map<?, ?> map) {
        String id = required(map, "id");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ItemRefused(Kind.FIELD_INVALID, "id", cut(id));
        }
    }

    private static Instant instant(Map<?, ?> map, String field, boolean required) {
        String value = required ? required(map, field) : text(map, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ItemRefused(Kind.FIELD_INVALID, field, cut(value));
        }
    }

    /** A value as text for a problem, cut to 60 characters. */
    static String cut(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static int number(Map<?, ?> map, String field) {
        if (map.get(field) instanceof Integer number) {
            return number;
        }
        throw new ItemRefused(Kind.FIELD_NOT_A_NUMBER, field);
    }

    private static String required(Map<?, ?> map, String field) {
        String value = text(map, field);
        if (value == null) {
            throw new ItemRefused(Kind.FIELD_MISSING, field);
        }
        return value;
    }

    /** A scalar as text (YAML may have read "2019" as a number), or null when absent. */
    private static String text(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new ItemRefused(Kind.FIELD_NOT_A_VALUE, field);
        }
        return value == null ? null : value.toString();
    }
}
