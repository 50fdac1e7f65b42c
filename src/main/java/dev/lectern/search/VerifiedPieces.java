package dev.lectern.search;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The articles of a candidate query whose file really holds a text, as grep -F -i would find it: articles holding
 * every piece of a text ({@link Grams}) mostly hold the text, but not always (pre, ref, fet, etc and tch without
 * "prefetch"), so each candidate's file is read and looked through. Candidates are meant to be few: the query
 * leaves out articles already found by whole words.
 */
final class VerifiedPieces extends Query {

    private static final System.Logger LOG = System.getLogger(VerifiedPieces.class.getName());
    /** The cost of reading a file, against the cost of advancing a posting list. */
    private static final float MATCH_COST = 10_000f;
    /**
     * Files read at most for one search: past them a candidate is kept unverified (too much found rather than too
     * little). {@code （一）} has 6,722 candidates in corpus B, all checked (1-3 s); in a library of 100,000 articles a
     * text nearly every article holds would read them all without this bound.
     */
    static final int MAX_CHECKED = 10_000;

    private final Query candidates;
    private final String needle;
    private final SourceFiles files;
    private final boolean acrossMarks;

    /** @param needle the text folded as {@link Snippets#fold} folds */
    VerifiedPieces(Query candidates, String needle, SourceFiles files) {
        this(candidates, needle, files, false);
    }

    /** @param acrossMarks whether the needle is found with Markdown's inline marks inside it ({@link FoldedSearch#containsAcrossMarks}) */
    VerifiedPieces(Query candidates, String needle, SourceFiles files, boolean acrossMarks) {
        this.candidates = candidates;
        this.needle = needle;
        this.files = files;
        this.acrossMarks = acrossMarks;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = candidates.rewrite(searcher);
        return rewritten == candidates ? this : new VerifiedPieces(rewritten, needle, files, acrossMarks);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(searcher.rewrite(candidates), ScoreMode.COMPLETE_NO_SCORES, 1f);
        AtomicInteger checked = new AtomicInteger();
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = inner.scorer(context);
                if (scorer == null) {
                    return null;
                }
                TwoPhaseIterator innerTwoPhase = scorer.twoPhaseIterator();
                DocIdSetIterator approximation = innerTwoPhase == null ? scorer.iterator() : innerTwoPhase.approximation();
                BinaryDocValues ids = context.reader().getBinaryDocValues(IndexFields.ID_VALUE);
                BinaryDocValues notes = context.reader().getBinaryDocValues(IndexFields.NOTES_VALUE);
                TwoPhaseIterator verified = new TwoPhaseIterator(approximation) {
                    @Override
                    public boolean matches() throws IOException {
                        return (innerTwoPhase == null || innerTwoPhase.matches())
                                && (checked.incrementAndGet() > MAX_CHECKED || holds(approximation.docID(), ids, notes));
                    }

                    @Override
                    public float matchCost() {
                        return MATCH_COST;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, verified);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    private boolean holds(int doc, BinaryDocValues ids, BinaryDocValues notes) throws IOException {
        return holds(doc, ids, notes, List.of(needle), files, acrossMarks);
    }

    /**
     * Whether the document's file (or notes, or its path, which a title may be read from) holds the folded text; true
     * when the file cannot be read, to find too much rather than too little.
     *
     * @param ids   the segment's {@link IndexFields#ID_VALUE} doc values, advanced only forwards
     * @param notes the segment's {@link IndexFields#NOTES_VALUE} doc values, advanced only forwards
     */
    static boolean holds(int doc, BinaryDocValues ids, BinaryDocValues notes, String needle, SourceFiles files) throws IOException {
        return holds(doc, ids, notes, List.of(needle), files);
    }

    /** As {@link #holds(int, BinaryDocValues, BinaryDocValues, String, SourceFiles)}, for every one of the needles; the file read once. */
    static boolean holds(int doc, BinaryDocValues ids, BinaryDocValues notes, List<String> needles, SourceFiles files)
            throws IOException {
        return holds(doc, ids, notes, needles, files, false);
    }

    private static boolean holds(int doc, BinaryDocValues ids, BinaryDocValues notes, List<String> needles,
                                 SourceFiles files, boolean acrossMarks) throws IOException {
        java.util.function.BiPredicate<String, String> contains = acrossMarks
                ? FoldedSearch::containsAcrossMarks : FoldedSearch::contains;
        List<String> left = new ArrayList<>(needles);
        if (notes != null && notes.advanceExact(doc)) {
            String text = notes.binaryValue().utf8ToString();
            left.removeIf(needle -> contains.test(text, needle));
        }
        if (left.isEmpty() || ids == null || !ids.advanceExact(doc)) {
            return true;
        }
        ArticleId id = new ArticleId(ids.binaryValue().utf8ToString());
        // a title read from the file's name (a note in a vault, a page bundle's folder) is not in the file
        left.removeIf(needle -> contains.test(id.path(), needle));
        if (left.isEmpty()) {
            return true;
        }
        try {
            ArticleSource source = files.read(id);
            if (source == null) {
                return true;
            }
            String text = ArticleDocument.searchedText(source);
            return left.stream().allMatch(needle -> contains.test(text, needle));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Kept unverified, cannot read " + id + ": " + e);
            return true;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        candidates.visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "verified(" + candidates.toString(field) + ", \"" + needle + "\")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && candidates.equals(((VerifiedPieces) other).candidates)
                && needle.equals(((VerifiedPieces) other).needle) && files == ((VerifiedPieces) other).files
                && acrossMarks == ((VerifiedPieces) other).acrossMarks;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), candidates, needle, acrossMarks);
    }
}
