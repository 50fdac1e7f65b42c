package dev.lectern.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits a word that mixes Hangul with Latin letters or digits ({@code Java스레드}, {@code 60킬로미터},
 * {@code ExecutorService를}) into its runs, the Hangul ones typed as Hangul, so that the bigram filter after it makes
 * bigrams of them and 스레드 or 킬로미터 is found inside such a word. The tokenizer keeps such a word whole, as
 * Unicode counts Hangul syllables as letters like Latin ones; kana and Han are split from Latin by the tokenizer already.
 */
final class HangulRuns extends TokenFilter {

    private static final String HANGUL = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];
    private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    /** The word being split, its start offset, and where its next run starts in it; null when none is. */
    private String word;
    private int wordStart;
    private int next;

    HangulRuns(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (word != null) {
            emitRun();
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String text = term.toString();
        if (!mixed(text) || offset.endOffset() - offset.startOffset() != text.length()) {
            return true; // a word of one script, or one whose offsets do not follow its characters
        }
        word = text;
        wordStart = offset.startOffset();
        next = 0;
        int increment = position.getPositionIncrement();
        emitRun();
        position.setPositionIncrement(increment);
        return true;
    }

    /** Sets the attributes to the next run of the word being split; forgets the word after its last run. */
    private void emitRun() {
        int start = next;
        boolean hangul = isHangul(word.charAt(start));
        int end = start + 1;
        while (end < word.length() && isHangul(word.charAt(end)) == hangul) {
            end++;
        }
        term.setEmpty().append(word, start, end);
        offset.setOffset(wordStart + start, wordStart + end);
        position.setPositionIncrement(1);
        type.setType(hangul ? HANGUL : ALPHANUM);
        next = end;
        if (next >= word.length()) {
            word = null;
        }
    }

    /** Whether a word holds both Hangul syllables and other characters. */
    private static boolean mixed(String text) {
        boolean hangul = false;
        boolean other = false;
        for (int i = 0; i < text.length(); i++) {
            if (isHangul(text.charAt(i))) {
                hangul = true;
            } else {
                other = true;
            }
        }
        return hangul && other;
    }

    /** A Hangul syllable or compatibility jamo (ㅋㅋ), what the bigram filter reads as Hangul. */
    private static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3 || c >= 0x3130 && c <= 0x318F || c >= 0x1100 && c <= 0x11FF;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
    }
}
