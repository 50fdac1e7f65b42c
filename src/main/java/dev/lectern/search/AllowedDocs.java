package dev.lectern.search;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * A filter to the documents of a set of articles, for one reader: a bit set per segment, made in one pass over the
 * id doc values. Meant to be kept while only the search text changes (the tag filter stays): looking up thousands
 * of ids in every segment's terms for each search took most of its time.
 */
final class AllowedDocs extends Query {

    private final IndexReader reader;
    private final Set<ArticleId> allowed;
    private final FixedBitSet[] bits;
    private final int[] counts;

    private AllowedDocs(IndexReader reader, Set<ArticleId> allowed, FixedBitSet[] bits) {
        this.reader = reader;
        this.allowed = allowed;
        this.bits = bits;
        counts = new int[bits.length];
        for (int i = 0; i < bits.length; i++) {
            counts[i] = bits[i].cardinality();
        }
    }

    static AllowedDocs of(IndexReader reader, Set<ArticleId> allowed) throws IOException {
        Set<BytesRef> paths = new HashSet<>();
        allowed.forEach(id -> paths.add(new BytesRef(id.path())));
        List<LeafReaderContext> leaves = reader.leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet set = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            BinaryDocValues ids = leaf.reader().getBinaryDocValues(IndexFields.ID_VALUE);
            if (ids != null) {
                for (int doc = ids.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (paths.contains(ids.binaryValue())) {
                        set.set(doc);
                    }
                }
            }
            bits[leaf.ord] = set;
        }
        return new AllowedDocs(reader, Set.copyOf(allowed), bits);
    }

    /** Whether this filter is the one for these articles in this reader. */
    boolean isFor(IndexReader other, Set<ArticleId> articles) {
        return reader == other && allowed.equals(articles);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                if (counts[context.ord] == 0) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits[context.ord], counts[context.ord]));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "AllowedDocs(" + allowed.size() + " articles)";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
