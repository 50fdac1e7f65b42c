package dev.lectern.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the characters of lower-cased terms as {@link Snippets#foldChar} folds text (final sigma ς as σ, dotless ı as
 * i), so that the index's words, the pieces grep's scan looks up and the snippets' marks agree on what matches.
 */
final class FoldFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        for (int i = 0, length = term.length(); i < length; i++) {
            chars[i] = Snippets.foldChar(chars[i]);
        }
        return true;
    }
}
