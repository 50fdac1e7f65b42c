package dev.lectern.store;

import dev.lectern.model.Annotation;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Two versions of one annotation (one id), as merges and undo meet them: whether the older can go without a word. */
public final class Versions {

    private Versions() {
    }

    /** Whether two versions say the same to the reader: colour, note and tags, or label. */
    public static boolean sameWords(Annotation a, Annotation b) {
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

    /**
     * The version that lost a merge to one with other words, under an id of its own and marked deleted, to be kept in
     * the file beside the winner without showing twice: a sync tool's conflict copy holds the other machine's whole
     * file, so an annotation changed on one machine only meets its own older version there as often as one changed on
     * both; shown, every such merge drew a stale second highlight. Deleted in the file, its words are there to take back
     * by hand (remove its {@code deleted:} line). The same version gets the same id wherever it meets the other, so a
     * second merge adds nothing.
     */
    static Annotation keptBeside(Annotation loser) {
        String words = loser instanceof Highlight h ? h.color() + "\n" + h.note() + "\n" + h.tags()
                : String.valueOf(((Bookmark) loser).label());
        return withId(loser, UUID.nameUUIDFromBytes(("kept beside\n" + loser.id() + "\n" + loser.updated() + "\n" + words)
                .getBytes(StandardCharsets.UTF_8))).deletedAt(loser.updated());
    }

    /** The same annotation under another id. */
    static Annotation withId(Annotation annotation, UUID id) {
        if (annotation instanceof Highlight h) {
            return new Highlight(id, h.article(), h.anchor(), h.color(), h.note(), h.tags(), h.review(), h.created(),
                    h.updated(), h.deleted());
        }
        Bookmark b = (Bookmark) annotation;
        return new Bookmark(id, b.article(), b.anchor(), b.label(), b.created(), b.updated(), b.deleted());
    }
}
