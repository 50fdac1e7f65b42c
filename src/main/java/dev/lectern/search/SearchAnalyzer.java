package dev.lectern.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits text into words for Latin scripts and into overlapping bigrams for Chinese, Japanese and Korean,
 * after folding full-width forms and case, so that any CJK substring of two or more characters can be found as a
 * phrase of bigrams (Hangul also inside a word it shares with Latin letters, {@link HangulRuns}). The file's text
 * ({@link IndexFields#SOURCE}) gets no single-character terms: they were a third
 * of all the terms a build adds; its characters are found through {@link IndexFields#GRAMS} instead.
 */
final class SearchAnalyzer extends Analyzer {

    private static final int FLAGS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
    /** Keeps phrases from matching across two tags, two authors or two notes. */
    private static final int VALUE_GAP = 100;

    private final boolean unigrams;

    /**
     * @param unigrams true for indexing (every CJK character of a title, tag, author or note is also a term, so a
     *                 one-character query finds it); false for queries (a run of two or more CJK characters becomes
     *                 bigrams only)
     */
    SearchAnalyzer(boolean unigrams) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.unigrams = unigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(255);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new FoldFilter(stream);
        stream = new HangulRuns(stream);
        stream = new CJKBigramFilter(stream, FLAGS, unigrams && !IndexFields.SOURCE.equals(fieldName));
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
