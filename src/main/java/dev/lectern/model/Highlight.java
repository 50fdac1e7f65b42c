package dev.lectern.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A highlighted passage of an article, in one of five colours, with an optional note. */
public record Highlight(UUID id, ArticleId article, Anchor anchor, HighlightColor color, String note,
                        Instant created, Instant updated, Instant deleted) implements Annotation {

    public Highlight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        note = note == null ? "" : note;
    }

    /** A new, live highlight with a random id. */
    public static Highlight create(ArticleId article, Anchor anchor, HighlightColor color, String note, Instant now) {
        return new Highlight(UUID.randomUUID(), article, anchor, color, note, now, now, null);
    }

    public Highlight edited(HighlightColor newColor, String newNote, Instant when) {
        return new Highlight(id, article, anchor, newColor, newNote, created, when, deleted);
    }

    @Override
    public Highlight deletedAt(Instant when) {
        return new Highlight(id, article, anchor, color, note, created, when, when);
    }

    @Override
    public Highlight restoredAt(Instant when) {
        return new Highlight(id, article, anchor, color, note, created, when, null);
    }

    @Override
    public Highlight movedTo(ArticleId newArticle, Instant when) {
        return new Highlight(id, newArticle, anchor, color, note, created, when, deleted);
    }

    @Override
    public Highlight anchoredAt(Anchor newAnchor, Instant when) {
        return new Highlight(id, article, newAnchor, color, note, created, when, deleted);
    }
}
