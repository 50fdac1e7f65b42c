package dev.lectern.ui.annotations;

/**
 * Tidies a selection before it becomes a highlight: no white space at its ends, no stray half of a punctuation
 * pair (a lone "“" at the end, a lone "」" at the start), and a pair completed when its other half sits right
 * outside the selection, as CJK readers expect.
 */
final class SelectionSnap {

    private static final String OPENERS = "“‘「『（《〈【〔［｛([{\"";
    private static final String CLOSERS = "”’」』）》〉】〕］｝)]}\"";

    private SelectionSnap() {
    }

    /** Returns {start, end} of the tidied selection in text, or null when nothing but space and punctuation is left. */
    static int[] snap(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e && CLOSERS.indexOf(text.charAt(s)) >= 0 && OPENERS.indexOf(text.charAt(s)) < 0) {
            s++;
        }
        if (e > s && OPENERS.indexOf(text.charAt(e - 1)) >= 0 && CLOSERS.indexOf(text.charAt(e - 1)) < 0) {
            e--;
        }
        int open = unmatched(text, s, e);
        if (open > 0 && e < text.length() && CLOSERS.indexOf(text.charAt(e)) >= 0) {
            e++;
        } else if (open < 0 && s > 0 && OPENERS.indexOf(text.charAt(s - 1)) >= 0) {
            s--;
        }
        return s < e ? new int[] {s, e} : null;
    }

    /** More openers than closers inside: positive; more closers: negative. Straight quotes are ignored. */
    private static int unmatched(String text, int s, int e) {
        int balance = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) {
                balance++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                balance--;
            }
        }
        return balance;
    }
}
