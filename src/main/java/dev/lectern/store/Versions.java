package dev.lectern.store;

import dev.lectern.model.Annotation;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import java.util.Objects;

/** Two versions of one annotation (one id), as merges meet them: whether the older can go without a word. */
final class Versions {

    private Versions() {
    }

    /** Whether two versions say the same to the reader: colour, note and tags, or label. */
    static boolean sameWords(Annotation a, Annotation b) {
        if (a instanceof Highlight x && b instanceof Highlight y) {
            return x.color() == y.color() && x.note().equals(y.note()) && x.tags().equals(y.tags());
        }
        return a instanceof Bookmark x && b instanceof Bookmark y && Objects.equals(x.label(), y.label());
    }

    /**
     * Whether the kept version replaced one that said something else, both live: a note written on one machine and
     * another on the other, of which the newer won.
     */
    static boolean wordsLost(Annotation older, Annotation kept) {
        return !older.equals(kept) && older.deleted() == null && kept.deleted() == null && !sameWords(older, kept);
    }
}
