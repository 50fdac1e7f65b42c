package dev.lectern.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A labelled place to come back to: a passage of an article, or the whole article when the anchor is null. */
public record Bookmark(UUID id, ArticleId article, Anchor anchor, String label,
                       Instant created, Instant updated, Instant deleted) implements Annotation {

    public Bookmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        label = label == null ? "" : label;
    }

    /** A new, live bookmark with a random id; anchor null bookmarks the whole article. */
    public static Bookmark create(ArticleId article, Anchor anchor, String label, Instant now) {
        return new Bookmark(UUID.randomUUID(), article, anchor, label, now, now, null);
    }

    public Bookmark relabelled(String newLabel, Instant when) {
        return new Bookmark(id, article, anchor, newLabel, created, when, deleted);
    }

    @Override
    public Bookmark deletedAt(Instant when) {
        return new Bookmark(id, article, anchor, label, created, when, when);
    }

    @Override
    public Bookmark restoredAt(Instant when) {
        return new Bookmark(id, article, anchor, label, created, when, null);
    }

    @Override
    public Bookmark movedTo(ArticleId newArticle, Instant when) {
        return new Bookmark(id, newArticle, anchor, label, created, when, deleted);
    }

    @Override
    public Bookmark anchoredAt(Anchor newAnchor, Instant when) {
        return new Bookmark(id, article, newAnchor, label, created, when, deleted);
    }
}
