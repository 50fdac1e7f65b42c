package dev.lectern.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A highlighted passage of an article, in one of five colours, with an optional note, tags, and its place in the
 * daily review (null until it was first reviewed).
 */
public record Highlight(UUID id, ArticleId article, Anchor anchor, HighlightColor color, String note,
                        List<String> tags, ReviewState review,
                        Instant created, Instant updated, Instant deleted) implements Annotation {

    public Highlight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        note = note == null ? "" : capped(note);
        tags = HighlightTags.clean(tags);
    }

    /**
     * The most characters a note holds, so that the annotation file, which writes a note's line in one, can always be
     * read back (its reader takes lines of up to 1 M characters): a longer note was accepted, then written on one line
     * beyond that, and every start after said the file was damaged and kept another copy of it.
     */
    public static final int MAX_NOTE = 100_000;

    /** The note cut to {@link #MAX_NOTE} characters, never inside a character outside the BMP. */
    public static String capped(String note) {
        if (note.length() <= MAX_NOTE) {
            return note;
        }
        int end = Character.isHighSurrogate(note.charAt(MAX_NOTE - 1)) ? MAX_NOTE - 1 : MAX_NOTE;
        return note.substring(0, end);
    }

    /** A highlight without tags that was never reviewed. */
    public Highlight(UUID id, ArticleId article, Anchor anchor, HighlightColor color, String note,
                     Instant created, Instant updated, Instant deleted) {
        this(id, article, anchor, color, note, List.of(), null, created, updated, deleted);
    }

    /** A new, live highlight with a random id. */
    public static Highlight create(ArticleId article, Anchor anchor, HighlightColor color, String note, Instant now) {
        return new Highlight(UUID.randomUUID(), article, anchor, color, note, now, now, null);
    }

    public Highlight edited(HighlightColor newColor, String newNote, Instant when) {
        return new Highlight(id, article, anchor, newColor, newNote, tags, review, created, when, deleted);
    }

    /** The same highlight with other tags. */
    public Highlight tagged(List<String> newTags, Instant when) {
        return new Highlight(id, article, anchor, color, note, newTags, review, created, when, deleted);
    }

    /** The same highlight at another place in the daily review. */
    public Highlight reviewed(ReviewState newReview, Instant when) {
        return new Highlight(id, article, anchor, color, note, tags, newReview, created, when, deleted);
    }

    @Override
    public Highlight deletedAt(Instant when) {
        return new Highlight(id, article, anchor, color, note, tags, review, created, when, when);
    }

    @Override
    public Highlight restoredAt(Instant when) {
        return new Highlight(id, article, anchor, color, note, tags, review, created, when, null);
    }

    @Override
    public Highlight movedTo(ArticleId newArticle, Instant when) {
        return new Highlight(id, newArticle, anchor, color, note, tags, review, created, when, deleted);
    }

    @Override
    public Highlight anchoredAt(Anchor newAnchor, Instant when) {
        return new Highlight(id, article, newAnchor, color, note, tags, review, created, when, deleted);
    }
}
