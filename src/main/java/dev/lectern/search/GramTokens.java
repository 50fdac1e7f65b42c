package dev.lectern.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The pieces of {@link Grams#of} as the terms of a field, each once. */
final class GramTokens extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final long[] codes;
    private int next;

    GramTokens(LongSet grams) {
        codes = grams.values();
    }

    @Override
    public boolean incrementToken() {
        if (next >= codes.length) {
            return false;
        }
        clearAttributes();
        long code = codes[next++];
        int length = Math.max(1, (int) (code >>> 48));
        char[] buffer = term.resizeBuffer(length);
        for (int i = length - 1; i >= 0; i--) {
            buffer[i] = (char) (code & 0xFFFF);
            code >>>= 16;
        }
        term.setLength(length);
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }
}
