package dev.lectern.library;

/**
 * Footnotes as their page shows them, for {@link PlainText}: a reference's mark ({@code word[^1]}) goes, as the page
 * shows only a small number for it; a definition's mark at a line's start ({@code [^1]: The text}) goes and its words
 * stay, as the page lists them at its end (a search that matches only a footnote then shows its words, not its
 * markdown); and a vault note's inline footnote ({@code word^[the note]}) reads as its words in brackets where it
 * stands. Both passes are loops linear in the text: a label is looked for within {@link #MOST_LABEL} characters, an
 * inline note within {@link #MOST_INLINE}, and after {@link #MOST_UNCLOSED} inline starts without an end the rest stays
 * as written (the page's {@code render.InlineFootnotes} has the same bounds).
 */
final class FootnoteMarks {

    static final int MOST_LABEL = 100;
    static final int MOST_INLINE = 4_000;
    static final int MOST_UNCLOSED = 2_000;

    private FootnoteMarks() {
    }

    /**
     * Every {@code [^label]} goes, and every {@code [^label]:} that starts a line; a label is letters, digits,
     * {@code _} and {@code -} (so a regular expression's {@code [^/]} or {@code [^\\s]} stays), and none is looked for
     * in inline code ({@code `[^0-9]`}).
     */
    static String marks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        boolean inCode = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                inCode = false;
            } else if (c == '`') {
                inCode = !inCode;
                i = TextPasses.afterBackticks(text, i);
                continue;
            } else if (c == '[' && !inCode && text.startsWith("[^", i)) {
                int close = i + 2;
                int stop = Math.min(text.length(), close + MOST_LABEL);
                while (close < stop && labelChar(text.charAt(close))) {
                    close++;
                }
                if (close > i + 2 && close < text.length() && text.charAt(close) == ']') {
                    int end = close + 1;
                    if (end < text.length() && text.charAt(end) == ':' && startsLine(text, i)) {
                        end++;
                    }
                    out.append(text, copied, i);
                    copied = end;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean labelChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /** Whether only spaces and tabs stand between the line's start and position at. */
    private static boolean startsLine(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    /**
     * Every {@code ^[the note]} (brackets inside it paired, closed before a blank line) as {@code " (the note)"}; an
     * escaped {@code \^[} stays.
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        int unclosed = 0;
        int open;
        while (unclosed < MOST_UNCLOSED && (open = text.indexOf("^[", from)) >= 0) {
            int close = open > 0 && text.charAt(open - 1) == '\\' ? -1 : closing(text, open + 2);
            if (close < 0) {
                unclosed++;
                from = open + 2;
                continue;
            }
            out.append(text, copied, open).append(" (").append(text, open + 2, close).append(')');
            copied = close + 1;
            from = copied;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The bracket that closes one opened just before start, or -1 when none does within the bounds. */
    private static int closing(String text, int start) {
        int depth = 0;
        int stop = Math.min(text.length(), start + MOST_INLINE);
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth-- == 0) {
                return i;
            } else if (c == '\n' && text.startsWith("\n", i + 1) || c == '\n' && text.startsWith("\r\n", i + 1)) {
                return -1;
            }
        }
        return -1;
    }
}
