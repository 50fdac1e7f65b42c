package dev.lectern.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;

/**
 * The go-to box's order: best score first, and among matches that score the same (pinyin and initials all do) the
 * shorter title first, "java 线程池" before a long title that holds 线程池 too. A title's length is read from its
 * field's norm, which the index keeps for ranking anyway.
 */
final class TitleOrder {

    private TitleOrder() {
    }

    /** The first {@code limit} of the hits in that order. */
    static ScoreDoc[] best(IndexReader reader, ScoreDoc[] hits, int limit) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        long[] lengths = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            NumericDocValues norms = leaf.reader().getNormValues(IndexFields.TITLE);
            lengths[i] = norms != null && norms.advanceExact(hits[i].doc - leaf.docBase)
                    ? Byte.toUnsignedInt((byte) norms.longValue()) : Long.MAX_VALUE;
        }
        Integer[] order = new Integer[hits.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -hits[i].score).thenComparingLong(i -> lengths[i]));
        return Arrays.stream(order).limit(limit).map(i -> hits[i]).toArray(ScoreDoc[]::new);
    }
}
