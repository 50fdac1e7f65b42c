package dev.lectern.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts a snippet of about 60 characters around the first match of a query in a text, with the ranges to bold. */
final class Snippets {

    private static final int BEFORE = 30;
    private static final int LENGTH = 90;
    private static final String CUT = "…";

    private final List<String> needles = new ArrayList<>();

    /** A snippet cutter for the words and phrases of a query, folded as the analyzer folds them. */
    Snippets(List<QueryClause> clauses) {
        needles.addAll(needles(clauses));
    }

    /** The folded texts to look for: words and phrases that search the text fields (not tag: and author:). */
    static List<String> needles(List<QueryClause> clauses) {
        List<String> found = new ArrayList<>();
        for (QueryClause clause : clauses) {
            if (clause.field() == null) {
                String needle = fold(clause.text()).replaceAll("\\s+", " ").strip();
                if (!needle.isEmpty()) {
                    found.add(needle);
                }
            }
        }
        return found;
    }

    /** The snippet from the first of the texts that holds a match, or the start of the first non-empty text. */
    SearchHitText cut(List<String> texts) {
        for (String text : texts) {
            String folded = fold(text);
            int first = firstMatch(folded, 0);
            if (first >= 0) {
                return window(text, folded, Math.max(0, first - BEFORE));
            }
        }
        for (String text : texts) {
            if (!text.isBlank()) {
                return window(text, fold(text), 0);
            }
        }
        return new SearchHitText("", List.of());
    }

    private SearchHitText window(String text, String folded, int start) {
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        String prefix = start > 0 ? CUT : "";
        String snippet = prefix + text.substring(start, end) + (end < text.length() ? CUT : "");
        List<int[]> ranges = new ArrayList<>();
        int at = firstMatch(folded, start);
        while (at >= 0 && at < end) {
            int length = matchLength(folded, at);
            int stop = Math.min(end, at + length);
            ranges.add(new int[] {at - start + prefix.length(), stop - start + prefix.length()});
            at = firstMatch(folded, at + length);
        }
        return new SearchHitText(snippet, ranges);
    }

    private int firstMatch(String folded, int from) {
        int best = -1;
        for (String needle : needles) {
            int at = folded.indexOf(needle, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private int matchLength(String folded, int at) {
        int longest = 1;
        for (String needle : needles) {
            if (folded.startsWith(needle, at)) {
                longest = Math.max(longest, needle.length());
            }
        }
        return longest;
    }

    /** Full-width ASCII to half-width and lower case, one char for one char so that offsets stay valid. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }

    /** A snippet with its match ranges. */
    record SearchHitText(String snippet, List<int[]> matches) {
    }
}
