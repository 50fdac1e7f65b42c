package dev.lectern.model;

/**
 * A passage quoted when a typeset formula had no words in the page's text reads now with the formula's TeX in it
 * ({@code "For : ."} is now {@code "For $X_i$: $\Pr[X]$."}): the quote is read in the text with each formula source
 * ({@code $…$}, {@code $$…$$}) it lacks skipped. So a highlight made across a formula before formulas had words stays
 * where it was, and is not reported as changed text. Linear in what it reads, within a budget.
 */
public final class FormulaGaps {

    /** The longest formula source skipped (a formula longer than this was not typeset). */
    static final int MAX_FORMULA = 20_000;

    private FormulaGaps() {
    }

    /**
     * Where in text the quote, read from {@code at} with formula sources it lacks skipped, ends; -1 when it does not
     * read so there, or when more than {@code budget[0]} characters would be looked at (the budget is spent).
     */
    public static int matchEnd(String quote, String text, int at, int[] budget) {
        int i = 0;
        int j = at;
        while (i < quote.length()) {
            if (--budget[0] < 0) {
                return -1;
            }
            if (j < text.length() && text.charAt(j) == quote.charAt(i)) {
                i++;
                j++;
                continue;
            }
            int after = afterFormula(text, j, budget);
            if (after < 0) {
                return -1;
            }
            j = after;
        }
        return j;
    }

    /** Whether {@code now} is {@code was} with formula sources added and nothing else changed. */
    public static boolean onlyFormulasAdded(String was, String now) {
        int[] budget = {was.length() + now.length() + 16};
        return !was.equals(now) && now.indexOf('$') >= 0 && matchEnd(was, now, 0, budget) == now.length();
    }

    /** The offset after the formula source that starts at j, or -1 when none starts there. */
    private static int afterFormula(String text, int j, int[] budget) {
        if (j >= text.length() || text.charAt(j) != '$') {
            return -1;
        }
        String close = text.startsWith("$$", j) ? "$$" : "$";
        int from = j + close.length();
        int limit = Math.min(text.length(), from + MAX_FORMULA);
        for (int k = from; k < limit; k++) {
            if (--budget[0] < 0) {
                return -1;
            }
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '$' && k > from && text.startsWith(close, k)) {
                return k + close.length();
            } else if (c == '$' && close.length() == 1) {
                return -1; // a lone dollar closes no inline formula: in a display one, \text{if $x>0$} holds them
            }
        }
        return -1;
    }
}
