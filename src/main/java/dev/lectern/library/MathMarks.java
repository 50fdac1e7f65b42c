package dev.lectern.library;

/**
 * The TeX of {@code $…$} and {@code $$…$$} formulas kept as written through the plain text's passes: inside a formula
 * the characters those passes read as markup ({@code <} … {@code >} as a tag, {@code |} as a table's bar, {@code *} and
 * {@code _} as emphasis) stand for themselves, so a snippet shows {@code x < 0 \\ 1 & x > 0}, {@code \Sigma^*} and
 * {@code C\,|G|} where it showed {@code x 0}, {@code \Sigma^ } and {@code C\, G }. They are swapped for private-use
 * stand-ins before the passes and put back after them. Linear: each formula is looked for within its line (a
 * {@code $$} one within {@link #MOST_DISPLAY} characters).
 */
final class MathMarks {

    private static final String MARKS = "<>|*_";
    private static final char FIRST_STAND_IN = '\uE010';
    private static final int MOST_DISPLAY = 4_000;

    private MathMarks() {
    }

    /** The text with the marks inside its formulas swapped for stand-ins (as it is when it holds none, or stand-ins). */
    static String hide(String text) {
        if (text.indexOf('$') < 0 || holdsStandIns(text)) {
            return text;
        }
        char[] out = null;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('$', i);
            if (open < 0) {
                break;
            }
            if (open > 0 && text.charAt(open - 1) == '\\') {
                i = open + 1;
                continue;
            }
            boolean display = text.startsWith("$$", open);
            int start = open + (display ? 2 : 1);
            int close = display ? displayEnd(text, start) : inlineEnd(text, start);
            if (close < 0) {
                i = start;
                continue;
            }
            for (int at = start; at < close; at++) {
                int mark = MARKS.indexOf(text.charAt(at));
                if (mark >= 0) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[at] = (char) (FIRST_STAND_IN + mark);
                }
            }
            i = close + (display ? 2 : 1);
        }
        return out == null ? text : new String(out);
    }

    /** The text with every stand-in put back. */
    static String show(String text) {
        if (!holdsStandIns(text)) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            int mark = out[i] - FIRST_STAND_IN;
            if (mark >= 0 && mark < MARKS.length()) {
                out[i] = MARKS.charAt(mark);
            }
        }
        return new String(out);
    }

    private static boolean holdsStandIns(String text) {
        for (int i = 0; i < text.length(); i++) {
            int mark = text.charAt(i) - FIRST_STAND_IN;
            if (mark >= 0 && mark < MARKS.length()) {
                return true;
            }
        }
        return false;
    }

    /** Where an inline formula opened before start closes on its line (pandoc's rule: no blank inside either dollar). */
    private static int inlineEnd(String text, int start) {
        if (start >= text.length() || Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '$') {
            return -1;
        }
        for (int at = start + 1; at < text.length() && text.charAt(at) != '\n'; at++) {
            if (text.charAt(at) == '$') {
                char before = text.charAt(at - 1);
                return Character.isWhitespace(before) || before == '\\' ? -1 : at;
            }
        }
        return -1;
    }

    /** Where a display formula opened before start closes, within {@link #MOST_DISPLAY} characters. */
    private static int displayEnd(String text, int start) {
        int limit = Math.min(text.length() - 1, start + MOST_DISPLAY);
        for (int at = start; at < limit; at++) {
            if (text.charAt(at) == '$' && text.charAt(at + 1) == '$') {
                return at;
            }
        }
        return -1;
    }
}
