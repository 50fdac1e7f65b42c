package dev.lectern.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pass of {@link PlainText#body}: the underscores of {@code _emphasis_} and {@code __strong__} become spaces, as the
 * page shows no mark there, while an underscore inside a word ({@code snake_case}, {@code __init__} in a code span)
 * stays: it is what search snippets show of identifiers. CommonMark's rules, simplified: a run of one to three
 * underscores that may open (not followed by a blank, not inside a word) pairs with the next run of the same length
 * in the same paragraph that may close; code spans (backtick runs and their matching run) are left as they are.
 * Linear: one scan for the runs, one for the pairs, one to write.
 */
final class UnderscoreEmphasis {

    private UnderscoreEmphasis() {
    }

    static String blank(String text) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        boolean[] blanked = new boolean[text.length()];
        boolean any = false;
        int[] pending = {-1, -1, -1, -1};
        int[] codeEnds = codeSpanEnds(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (codeEnds[i] > 0) {
                i = codeEnds[i];
            } else if (c == '\n' && blankLineFollows(text, i)) {
                Arrays.fill(pending, -1);
                i++;
            } else if (c == '_') {
                int end = i;
                while (end < text.length() && text.charAt(end) == '_') {
                    end++;
                }
                int length = end - i;
                if (length <= 3) {
                    char before = i > 0 ? text.charAt(i - 1) : ' ';
                    char after = end < text.length() ? text.charAt(end) : ' ';
                    boolean left = !blank(after) && (!punctuation(after) || blank(before) || punctuation(before));
                    boolean right = !blank(before) && (!punctuation(before) || blank(after) || punctuation(after));
                    boolean canOpen = left && (!right || punctuation(before));
                    boolean canClose = right && (!left || punctuation(after));
                    if (canClose && pending[length] >= 0) {
                        Arrays.fill(blanked, pending[length], pending[length] + length, true);
                        Arrays.fill(blanked, i, end, true);
                        pending[length] = -1;
                        any = true;
                    } else if (canOpen) {
                        pending[length] = i;
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            out.append(blanked[k] ? ' ' : text.charAt(k));
        }
        return out.toString();
    }

    /**
     * For the first backtick of each code span, where the span ends (after its closing run); 0 elsewhere. A run opens
     * a span when a run of the same length follows before a blank line.
     */
    private static int[] codeSpanEnds(String text) {
        int[] ends = new int[text.length()];
        if (text.indexOf('`') < 0) {
            return ends;
        }
        List<int[]> runs = new ArrayList<>(); // start, length, paragraph
        int paragraph = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineFollows(text, i)) {
                paragraph++;
            } else if (c == '`') {
                int end = i;
                while (end < text.length() && text.charAt(end) == '`') {
                    end++;
                }
                runs.add(new int[] {i, end - i, paragraph});
                i = end - 1;
            }
        }
        int[] next = new int[runs.size()];
        Map<Integer, Integer> later = new HashMap<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
            next[r] = later.getOrDefault(runs.get(r)[1], -1);
            later.put(runs.get(r)[1], r);
        }
        int r = 0;
        while (r < runs.size()) {
            int close = next[r];
            if (close >= 0 && runs.get(close)[2] == runs.get(r)[2]) {
                ends[runs.get(r)[0]] = runs.get(close)[0] + runs.get(close)[1];
                r = close + 1;
            } else {
                r++;
            }
        }
        return ends;
    }

    /** Whether the line after the line break at i holds only blanks. */
    private static boolean blankLineFollows(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j >= text.length() || text.charAt(j) == '\n';
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean punctuation(char c) {
        if (c < 128) {
            return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type >= Character.MATH_SYMBOL && type <= Character.OTHER_SYMBOL;
    }
}
