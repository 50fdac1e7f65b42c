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
        note = note == null ? "" : note;
        tags = HighlightTags.clean(tags);
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
