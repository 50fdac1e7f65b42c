package dev.lectern.search;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Reads the binary doc values of the index: a field of some documents, or the id and version of every article. */
final class IndexValues {

    /** Told the value of one of the documents asked for. */
    @FunctionalInterface
    interface ValueConsumer {
        /** @param value the bytes, valid only during the call; null when the document has no value */
        void accept(int index, BytesRef value) throws IOException;
    }

    private IndexValues() {
    }

    /** Reads a field of the given documents (top-level doc ids, any order), going through them in doc id order. */
    static void forEach(IndexReader reader, int[] docs, String field, ValueConsumer consumer) throws IOException {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
                values = leaf.reader().getBinaryDocValues(field);
            }
            boolean present = values != null && values.advanceExact(docs[i] - leaf.docBase);
            consumer.accept(i, present ? values.binaryValue() : null);
        }
    }

    /** A field of the given documents as text, in the same order; "" where missing. */
    static String[] strings(IndexReader reader, int[] docs, String field) throws IOException {
        String[] strings = new String[docs.length];
        forEach(reader, docs, field, (i, value) -> strings[i] = value == null ? "" : value.utf8ToString());
        return strings;
    }

    /** The version of every live article that has one. */
    static Map<ArticleId, String> versions(IndexReader reader) throws IOException {
        Map<ArticleId, String> versions = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues ids = leaf.reader().getBinaryDocValues(IndexFields.ID_VALUE);
            BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexFields.VERSION_VALUE);
            Bits live = leaf.reader().getLiveDocs();
            if (ids == null || values == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    versions.put(new ArticleId(ids.binaryValue().utf8ToString()), values.binaryValue().utf8ToString());
                }
            }
        }
        return versions;
    }
}
