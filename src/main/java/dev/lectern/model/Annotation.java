package dev.lectern.model;

import java.time.Instant;
import java.util.UUID;

/** What highlights and bookmarks share: identity, article, place and the times that decide merges. */
public sealed interface Annotation permits Highlight, Bookmark {

    UUID id();

    ArticleId article();

    /** Where it sits in the article, or null for a bookmark on the whole article. */
    Anchor anchor();

    Instant created();

    /** Last change of any kind (edit, delete, restore, move); the newer side wins a merge. */
    Instant updated();

    /** When it was deleted, or null while it is alive; a deleted annotation is kept as a tombstone. */
    Instant deleted();

    default boolean isDeleted() {
        return deleted() != null;
    }

    /** The same annotation marked deleted (tombstone) at the given time. */
    Annotation deletedAt(Instant when);

    /** The same annotation alive again, as changed at the given time. */
    Annotation restoredAt(Instant when);

    /** The same annotation filed under another article path. */
    Annotation movedTo(ArticleId article, Instant when);

    /** The same annotation at a new place in its article. */
    Annotation anchoredAt(Anchor anchor, Instant when);
}
