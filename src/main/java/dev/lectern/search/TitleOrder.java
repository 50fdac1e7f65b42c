package dev.lectern.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * The go-to box's order: titles in which every Korean word typed starts a word first (스레드 finds "Java스레드" inside
 * a word, but "스레드 안전" comes before it), then best score first, and among matches that score the same (pinyin and initials all do) the
 * shorter title first, "java 线程池" before a long title that holds 线程池 too. A title's length is read from its
 * field's norm, which the index keeps for ranking anyway.
 */
final class TitleOrder {

    private TitleOrder() {
    }

    /** The first {@code limit} of the hits in that order; needles are the folded words typed ({@link Snippets#needles}). */
    static ScoreDoc[] best(IndexReader reader, ScoreDoc[] hits, int limit, List<String> needles) throws IOException {
        List<String> korean = needles.stream().filter(TitleOrder::hasHangul).toList();
        List<LeafReaderContext> leaves = reader.leaves();
        long[] lengths = new long[hits.length];
        boolean[] inside = new boolean[hits.length];
        StoredFields stored = korean.isEmpty() ? null : reader.storedFields();
        for (int i = 0; i < hits.length; i++) {
            if (stored != null) {
                String title = stored.document(hits[i].doc, Set.of(IndexFields.TITLE)).get(IndexFields.TITLE);
                String folded = title == null ? "" : Snippets.fold(title);
                inside[i] = !korean.stream().allMatch(word -> startsWord(folded, word));
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            NumericDocValues norms = leaf.reader().getNormValues(IndexFields.TITLE);
            lengths[i] = norms != null && norms.advanceExact(hits[i].doc - leaf.docBase)
                    ? Byte.toUnsignedInt((byte) norms.longValue()) : Long.MAX_VALUE;
        }
        Integer[] order = new Integer[hits.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, Boolean>comparing(i -> inside[i])
                .thenComparingDouble(i -> -hits[i].score).thenComparingLong(i -> lengths[i]));
        return Arrays.stream(order).limit(limit).map(i -> hits[i]).toArray(ScoreDoc[]::new);
    }

    /** Whether the word starts a word of the text somewhere: at its start, or after a character that is no letter or digit. */
    static boolean startsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
