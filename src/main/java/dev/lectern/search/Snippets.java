package dev.lectern.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a snippet of about 90 characters around a match of a query in a text, with the ranges to bold: where the query
 * has several words, around the first stretch that shows the most of them.
 */
final class Snippets {

    private static final int BEFORE = 30;
    private static final int LENGTH = 90;
    private static final String CUT = "…";
    /** Matches of each needle looked at for the stretch showing most words: past them the first stretches must do. */
    private static final int MAX_MATCHES = 128;

    private final List<String> needles = new ArrayList<>();
    /** Which clause of the query each needle comes from (a Chinese word's two forms are one clause). */
    private final List<Integer> clauseOf = new ArrayList<>();
    private final int clauses;
    private final int longestNeedle;

    /** A snippet cutter for the words and phrases of a query, folded as the analyzer folds them. */
    Snippets(List<QueryClause> clauses) {
        int clause = 0;
        for (QueryClause one : clauses) {
            boolean added = false;
            for (String form : needles(List.of(one))) {
                if (!needles.contains(form)) {
                    needles.add(form);
                    clauseOf.add(clause);
                    added = true;
                }
            }
            clause += added ? 1 : 0;
        }
        this.clauses = clause;
        longestNeedle = needles.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The folded texts to look for: words and phrases that search the text fields (not tag: and author:), Chinese in both forms. */
    static List<String> needles(List<QueryClause> clauses) {
        List<String> found = new ArrayList<>();
        for (QueryClause clause : clauses) {
            if (clause.field() == null) {
                for (String form : ChineseVariants.of(clause.text())) {
                    String needle = fold(form).replaceAll("\\s+", " ").strip();
                    if (!needle.isEmpty() && !found.contains(needle)) {
                        found.add(needle);
                    }
                }
            }
        }
        return found;
    }

    /** The snippet from the first of the texts that holds a match, or the start of the first non-empty text. */
    SearchHitText cut(List<String> texts) {
        for (String text : texts) {
            int first = bestMatch(text, 0);
            if (first >= 0) {
                return around(text, first, false);
            }
        }
        for (String text : texts) {
            if (!text.isBlank()) {
                return start(text, false);
            }
        }
        return new SearchHitText("", List.of());
    }

    /** Where the first match in the text starts; -1 when there is none. */
    int firstMatch(String text) {
        return firstMatch(text, 0);
    }

    /**
     * Where a snippet of the text is best cut, at or after from: at the first match, or, for a query of several words,
     * at the first match of the stretch a snippet shows that holds the most of them, the tightest such stretch first;
     * -1 when nothing matches.
     */
    int bestMatch(String text, int from) {
        if (clauses < 2) {
            return firstMatch(text, from);
        }
        List<int[]> found = new ArrayList<>();
        for (int n = 0; n < needles.size(); n++) {
            String needle = needles.get(n);
            int at = FoldedSearch.indexOf(text, needle, from);
            for (int k = 0; at >= 0 && k < MAX_MATCHES; k++) {
                found.add(new int[] {at, clauseOf.get(n)});
                at = FoldedSearch.indexOf(text, needle, at + needle.length());
            }
        }
        if (found.isEmpty()) {
            return -1;
        }
        found.sort(Comparator.comparingInt(match -> match[0]));
        int[] inStretch = new int[clauses];
        int best = 0;
        int bestSpan = Integer.MAX_VALUE;
        int bestAt = found.get(0)[0];
        for (int start = 0, end = 0, words = 0; start < found.size(); start++) {
            int shown = found.get(start)[0] + LENGTH - BEFORE;
            for (; end < found.size() && found.get(end)[0] < shown; end++) {
                words += inStretch[found.get(end)[1]]++ == 0 ? 1 : 0;
            }
            int span = found.get(end - 1)[0] - found.get(start)[0];
            if (words > best || words > 1 && words == best && span < bestSpan) {
                best = words;
                bestSpan = span;
                bestAt = found.get(start)[0];
            }
            words -= --inStretch[found.get(start)[1]] == 0 ? 1 : 0;
        }
        return bestAt;
    }

    /** Whether the snippet around a match at this position lies within the first length characters of a text. */
    boolean fitsIn(int at, int length) {
        return Math.max(0, at - BEFORE) + LENGTH + longestNeedle < length;
    }

    /**
     * The snippet around a match at this position of the text.
     *
     * @param more the text is only the start of a longer one: the snippet ends with "…" even where the text ends
     */
    SearchHitText around(String text, int at, boolean more) {
        return window(text, wordStart(text, Math.max(0, at - BEFORE), at), more);
    }

    /**
     * A word's letters of an alphabet, Hangul's too (Korean spaces its words): a snippet is not cut between two. Chinese
     * and Japanese characters stand alone, and may be cut anywhere.
     */
    private static boolean inWord(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA;
    }

    /**
     * Where a snippet starting at start should start so as not to begin inside a word ("…s of cool stuff"): the next
     * word's start, when it is near (a dozen characters) and not past the match at limit; else start.
     */
    private static int wordStart(String text, int start, int limit) {
        int at = start;
        while (at > 0 && at < limit && at - start < 12 && inWord(text.charAt(at - 1)) && inWord(text.charAt(at))) {
            at++;
        }
        if (at > 0 && at <= limit && inWord(text.charAt(at - 1)) && at < text.length() && inWord(text.charAt(at))) {
            return start;
        }
        while (at > start && at < limit && Character.isWhitespace(text.charAt(at))) {
            at++; // "…the next word", not "… the next word"
        }
        return at;
    }

    /** Where a snippet ending at end should end so as not to stop inside a word: the word's start, when it is near. */
    private static int wordEnd(String text, int start, int end) {
        int at = end;
        while (at < text.length() && at > start && end - at < 12 && inWord(text.charAt(at - 1)) && inWord(text.charAt(at))) {
            at--;
        }
        if (at > start && at < text.length() && inWord(text.charAt(at - 1)) && inWord(text.charAt(at))) {
            return end;
        }
        while (at > start + 1 && at < text.length() && Character.isWhitespace(text.charAt(at - 1))) {
            at--; // "…about …" without the blank before the cut
        }
        return at;
    }

    /** The snippet from the start of the text; more as for {@link #around}. */
    SearchHitText start(String text, boolean more) {
        return window(text, 0, more);
    }

    /** The snippet from start; only this part of the text is folded, as a body can be long and is read for every hit. */
    private SearchHitText window(String text, int start, boolean more) {
        int end = wordEnd(text, start, Math.min(text.length(), start + LENGTH));
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        String prefix = start > 0 ? CUT : "";
        String snippet = prefix + text.substring(start, end) + (end < text.length() || more ? CUT : "");
        String folded = fold(text.substring(start, Math.min(text.length(), end + longestNeedle)));
        List<int[]> ranges = new ArrayList<>();
        for (int[] match : matches(needles, folded, end - start, Integer.MAX_VALUE)) {
            ranges.add(new int[] {match[0] + prefix.length(), Math.min(end - start, match[1]) + prefix.length()});
        }
        return new SearchHitText(snippet, ranges);
    }

    /**
     * Where needles occur in a folded text: in order, never overlapping (the longest where several start at one
     * place), each starting before limit, at most max of them.
     */
    static List<int[]> matches(List<String> needles, String folded, int limit, int max) {
        List<int[]> ranges = new ArrayList<>();
        int at = first(needles, folded, 0);
        while (at >= 0 && at < limit && ranges.size() < max) {
            int length = matchLength(needles, folded, at);
            ranges.add(new int[] {at, at + length});
            at = first(needles, folded, at + length);
        }
        return ranges;
    }

    /** The first position at or after from where a needle starts in the text as if folded; -1 for none. */
    int firstMatch(String text, int from) {
        return first(needles, text, from);
    }

    /** As {@link #firstMatch}, for any needles, in a text folded or not ({@link FoldedSearch}). */
    private static int first(List<String> needles, String text, int from) {
        int best = -1;
        for (String needle : needles) {
            int at = FoldedSearch.indexOf(text, needle, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static int matchLength(List<String> needles, String folded, int at) {
        int longest = 1;
        for (String needle : needles) {
            if (folded.startsWith(needle, at)) {
                longest = Math.max(longest, needle.length());
            }
        }
        return longest;
    }

    /** Full-width ASCII to half-width and lower case ({@link #foldChar}), one char for one char so that offsets stay valid. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(chars[i]);
        }
        return new String(chars);
    }

    /**
     * Every char folded by {@link #foldSlowly}, worked out once (128 KB): a search checks whole files against its
     * text, and folding them char by char through {@link Character#toLowerCase} was a third of a search's time.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = foldSlowly((char) c);
        }
    }

    /** One char folded: full-width ASCII to half-width, then lower case; final sigma as σ, dotless ı as i. */
    static char foldChar(char c) {
        return FOLDED[c];
    }

    /** One char folded, worked out; ASCII, kana, CJK and Hangul (no case) take a short path. */
    private static char foldSlowly(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return Character.toLowerCase((char) (c - 0xFEE0));
        }
        if (c == '\u3000') {
            return ' ';
        }
        if ((c >= '\u3040' && c < '\uA000') || (c >= '\uAC00' && c < '\uD800')) {
            return c;
        }
        // lower case alone keeps apart what grep -i takes as one letter: Σ lowers to σ, never to the final ς that ends
        // ΟΔΟΣ written small (οδος); ı is the small letter of Turkish I (Iğdır, ığdır), as i is of İ
        if (c == '\u03C2') {
            return '\u03C3';
        }
        if (c == '\u0131') {
            return 'i';
        }
        return Character.toLowerCase(c);
    }

    /** A snippet with its match ranges. */
    record SearchHitText(String snippet, List<int[]> matches) {
    }
}
