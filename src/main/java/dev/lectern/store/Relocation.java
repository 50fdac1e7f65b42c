package dev.lectern.store;

import dev.lectern.model.ArticleId;

/**
 * An annotated article found again under another path.
 *
 * @param from   the path in the annotation file, which no longer exists
 * @param to     the library path holding the same article
 * @param reason how it was recognised
 */
public record Relocation(ArticleId from, ArticleId to, Reason reason) {

    /** How a renamed or moved article was recognised. */
    public enum Reason {
        /** Same text (content hash). */
        SAME_TEXT,
        /** Same title and date, and no other article has both. */
        SAME_TITLE_AND_DATE,
        /** Followed before: the article of the library names the lost path as its former one. */
        FOLLOWED_BEFORE
    }
}
