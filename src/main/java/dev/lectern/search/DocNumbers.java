package dev.lectern.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;

/**
 * The document number of every live article of one reader, by path: made in one pass over the id doc values and kept
 * while the reader stays (until the next commit), so that a new tag filter costs a look-up per article it lets
 * through instead of a pass over every document of the index.
 */
final class DocNumbers {

    private final IndexReader reader;
    private final Map<String, Integer> byPath;

    private DocNumbers(IndexReader reader, Map<String, Integer> byPath) {
        this.reader = reader;
        this.byPath = byPath;
    }

    static DocNumbers of(IndexReader reader) throws IOException {
        Map<String, Integer> byPath = new HashMap<>(Math.max(16, reader.numDocs() * 4 / 3 + 1));
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues ids = leaf.reader().getBinaryDocValues(IndexFields.ID_VALUE);
            Bits live = leaf.reader().getLiveDocs();
            if (ids == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live == null || live.get(doc)) {
                    byPath.put(ids.binaryValue().utf8ToString(), leaf.docBase + doc);
                }
            }
        }
        return new DocNumbers(reader, byPath);
    }

    /** Whether these are the numbers of that reader. */
    boolean isFor(IndexReader other) {
        return reader == other;
    }

    /** The document number (of the whole reader) of the article at path; -1 when it is not in the index. */
    int of(String path) {
        Integer doc = byPath.get(path);
        return doc == null ? -1 : doc;
    }
}
