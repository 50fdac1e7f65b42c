package dev.lectern.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Checks the articles found only by the pieces of their words against their files, in index order, and stops once a page
 * has enough of them: reading every candidate's file to count them all took most of a search's time (1,000 files
 * for "redis" in corpus B). What it did not check is estimated from what it checked.
 */
final class PiecesScan {

    /** Candidates checked at least, even when the page needs none, so that the estimate of the rest rests on something. */
    static final int SAMPLE = 16;
    /**
     * Files larger than this are left out of that sample (they are counted, not checked): the candidates of a text
     * found mostly by whole words are often the longest articles, which hold every piece of it, and reading and
     * decoding 16 of them took most of such a search ("fenbushi" at 100,000 articles).
     */
    static final long SAMPLE_MAX_BYTES = 32 * 1024;

    /**
     * What a scan found.
     *
     * @param docs       documents (of the whole reader) whose file holds the text, in index order
     * @param candidates how many candidates there were in all
     * @param checked    how many of them were checked
     */
    record Found(List<Integer> docs, int candidates, int checked) {

        /** Whether every candidate was checked, so that the count of docs is exact. */
        boolean complete() {
            return checked == candidates;
        }

        /** How many of the candidates hold the text: exact when complete, else estimated from those checked. */
        int estimate() {
            if (complete()) {
                return docs.size();
            }
            if (checked == 0) {
                return candidates;
            }
            return docs.size() + (int) Math.round((candidates - checked) * (double) docs.size() / checked);
        }
    }

    private PiecesScan() {
    }

    /**
     * Checks candidates of a query (which must not score) in index order until needed of them hold every check's
     * needle (or match its words) and at least {@link #SAMPLE} were checked (of files up to {@link #SAMPLE_MAX_BYTES},
     * once the page is full), or none are left; null once cancelled
     * (asked before each file).
     */
    static Found scan(IndexSearcher searcher, Query candidates, List<QueryFactory.Check> checks, SourceFiles files,
                      int needed, BooleanSupplier cancelled) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(candidates), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Weight> words = new ArrayList<>();
        for (QueryFactory.Check check : checks) {
            words.add(check.words() == null ? null
                    : searcher.createWeight(searcher.rewrite(check.words()), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        List<Integer> held = new ArrayList<>();
        int count = 0;
        int checked = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            LeafWords leafWords = new LeafWords(words, leaf);
            BinaryDocValues ids = leaf.reader().getBinaryDocValues(IndexFields.ID_VALUE);
            BinaryDocValues notes = leaf.reader().getBinaryDocValues(IndexFields.NOTES_VALUE);
            BinaryDocValues versions = leaf.reader().getBinaryDocValues(IndexFields.VERSION_VALUE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                count++;
                boolean forPage = held.size() < needed;
                if (forPage || checked < SAMPLE && size(versions, doc) <= SAMPLE_MAX_BYTES) {
                    if (cancelled.getAsBoolean()) {
                        return null;
                    }
                    checked++;
                    List<String> needles = new ArrayList<>();
                    for (int i = 0; i < checks.size(); i++) {
                        if (!leafWords.matches(i, doc)) {
                            needles.add(checks.get(i).needle());
                        }
                    }
                    if (needles.isEmpty() || VerifiedPieces.holds(doc, ids, notes, needles, files)) {
                        held.add(leaf.docBase + doc);
                    }
                }
            }
        }
        return new Found(held, count, checked);
    }

    /** The size of the document's file when it was indexed ({@link ArticleDocument#size}); 0 when unknown. */
    private static long size(BinaryDocValues versions, int doc) throws IOException {
        return versions == null || !versions.advanceExact(doc) ? 0 : ArticleDocument.size(versions.binaryValue());
    }

    /** Whether documents of one segment match the words query of each check; asked for documents in increasing order. */
    private static final class LeafWords {

        private final DocIdSetIterator[] approximations;
        private final TwoPhaseIterator[] twoPhases;

        LeafWords(List<Weight> words, LeafReaderContext leaf) throws IOException {
            approximations = new DocIdSetIterator[words.size()];
            twoPhases = new TwoPhaseIterator[words.size()];
            for (int i = 0; i < words.size(); i++) {
                Scorer scorer = words.get(i) == null ? null : words.get(i).scorer(leaf);
                if (scorer != null) {
                    twoPhases[i] = scorer.twoPhaseIterator();
                    approximations[i] = twoPhases[i] == null ? scorer.iterator() : twoPhases[i].approximation();
                }
            }
        }

        boolean matches(int check, int doc) throws IOException {
            DocIdSetIterator approximation = approximations[check];
            if (approximation == null) {
                return false;
            }
            if (approximation.docID() < doc) {
                approximation.advance(doc);
            }
            return approximation.docID() == doc && (twoPhases[check] == null || twoPhases[check].matches());
        }
    }
}
