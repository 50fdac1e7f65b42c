package dev.lectern.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of one, two and three characters of a text outside Chinese, Japanese and Korean, folded as
 * {@link Snippets#fold} folds (case, full-width forms). A text holds a query's text only if it holds every piece
 * of it, so looking up the pieces finds every article grep finds, inside identifiers too ({@code ServiceWorker},
 * {@code window.fetch}, {@code service-worker.js}); CJK runs of two or more characters are found through the
 * analyzer's bigrams instead, and a single CJK character through its own piece (each character of the text once).
 */
final class Grams {

    /** Characters of a file beyond this are not cut into pieces: a bound on the work per file. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private Grams() {
    }

    /** Whether a query's text is looked up by its pieces: it holds no CJK character and no line break. */
    static boolean applies(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            if (!inGrams(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The most pieces a long query text is looked up by: the articles they find are checked against their files anyway. */
    static final int MAX_QUERY_PIECES = 24;

    /**
     * The pieces that any text holding the folded query text holds: the whole text when it is 3 characters or fewer
     * (for 2 characters: the start of a piece, see {@link #of}), else its 3-character pieces, at most
     * {@link #MAX_QUERY_PIECES} of them spread over it.
     */
    static List<String> ofQuery(String folded) {
        List<String> grams = new ArrayList<>();
        if (folded.length() <= 3) {
            grams.add(folded);
            return grams;
        }
        int count = folded.length() - 2;
        int step = (count + MAX_QUERY_PIECES - 1) / MAX_QUERY_PIECES;
        for (int i = 0; i < count; i += step) {
            String gram = folded.substring(i, i + 3);
            if (!grams.contains(gram)) {
                grams.add(gram);
            }
        }
        return grams;
    }

    /**
     * Every distinct piece of one and three characters of the texts, and the pieces of two characters that end a run
     * (before a line break, a CJK character or the end), each coded by {@link #code}: every other pair starts a piece of
     * three, so a text holds a pair when it holds a piece starting with it. Pairs were a third of all pieces.
     */
    static LongSet of(List<String> texts) {
        int length = 0;
        for (String text : texts) {
            length += text.length();
        }
        LongSet codes = new LongSet(Math.min(length, MAX_CHARS) / 4);
        int budget = MAX_CHARS;
        for (String text : texts) {
            int end = Math.min(text.length(), budget);
            budget -= end;
            char before2 = 0;
            char before1 = 0;
            long lastPair = 0;
            for (int i = 0; i < end; i++) {
                char c = Snippets.foldChar(text.charAt(i));
                if (!inGrams(c)) {
                    addIfSet(codes, lastPair);
                    lastPair = 0;
                    before1 = 0;
                    before2 = 0;
                    addCjk(codes, text, i, c);
                    continue;
                }
                codes.add(c);
                if (before1 != 0) {
                    // the pair before this one is the start of the three characters added now: not a piece of its own
                    lastPair = code2(before1, c);
                    if (before2 != 0) {
                        codes.add(code3(before2, before1, c));
                    }
                }
                before2 = before1;
                before1 = c;
            }
            addIfSet(codes, lastPair);
        }
        return codes;
    }

    private static void addIfSet(LongSet codes, long code) {
        if (code != 0) {
            codes.add(code);
        }
    }

    /**
     * A CJK character (not a line break or NUL) as a piece of its own, as the analyzer would make it a term: a character
     * outside the BMP as its two surrogates, a half-width katakana as its full-width form.
     */
    private static void addCjk(LongSet codes, String text, int i, char c) {
        if (c == '\n' || c == '\r' || c == 0 || Character.isLowSurrogate(c)) {
            return;
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codes.add(code2(c, text.charAt(i + 1)));
            }
        } else if (c >= '\uFF65' && c < '\uFFA0') {
            String full = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            codes.add(full.length() == 1 ? full.charAt(0) : c);
        } else {
            codes.add(c);
        }
    }

    /** The code of a piece of 1 to 3 characters: distinct pieces have distinct codes. */
    static long code(String gram) {
        switch (gram.length()) {
            case 1:
                return gram.charAt(0);
            case 2:
                return code2(gram.charAt(0), gram.charAt(1));
            default:
                return code3(gram.charAt(0), gram.charAt(1), gram.charAt(2));
        }
    }

    /** The piece a code stands for. */
    static String text(long code) {
        int length = (int) (code >>> 48);
        char[] chars = new char[Math.max(1, length)];
        for (int i = chars.length - 1; i >= 0; i--) {
            chars[i] = (char) (code & 0xFFFF);
            code >>>= 16;
        }
        return new String(chars);
    }

    private static long code2(char a, char b) {
        return (2L << 48) | ((long) a << 16) | b;
    }

    private static long code3(char a, char b, char c) {
        return (3L << 48) | ((long) a << 32) | ((long) b << 16) | c;
    }

    /**
     * Outside the pieces: line breaks (grep matches within a line), CJK and Hangul (found by bigrams), surrogates
     * (a query keeps its other pieces, so it still finds a superset) and the NUL character.
     */
    static boolean inGrams(char c) {
        if (c < 0x80) {
            return c != '\n' && c != '\r' && c != 0;
        }
        return !(c >= '\u2E80' && c < '\uA000') && !(c >= '\uAC00' && c < '\uE000')
                && !(c >= '\uF900' && c < '\uFB00') && !(c >= '\uFF65' && c < '\uFFA0');
    }
}
