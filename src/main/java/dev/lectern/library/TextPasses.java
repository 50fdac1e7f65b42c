package dev.lectern.library;

import dev.lectern.model.CjkScript;

/**
 * The passes of {@link PlainText#body} written as loops: each gives exactly what a regex gave, in one scan of the text
 * (a regex that cannot start with a literal tries every position, and these passes ran over every body indexed).
 */
final class TextPasses {

    private TextPasses() {
    }

    /**
     * Empties each line that is a horizontal rule or table divider ({@code ^[ \t]*[-=*_:| ]{3,}$}), then removes
     * from each other line its block marker: quote marks, heading hashes, a list bullet or number with the blanks
     * after it ({@code ^[ \t]*(?:(?:>[ \t]*)+|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)}). Lines end as for a
     * regex: at \n, \r, U+0085, U+2028 or U+2029.
     */
    static String dropRulesAndLineMarkers(String text) {
        return eachLine(text, (out, start, end) -> {
            if (!isRule(text, start, end) && !isPageBreak(text, start, end)) {
                out.append(text, markerEnd(text, start, end), end);
            }
        });
    }

    /** Writes each line of the text ({@code start} to {@code end}, its end excluded) into {@code out}. */
    private interface LineWriter {
        void write(StringBuilder out, int start, int end);
    }

    /** The text rewritten line by line, each line's end kept; lines end as {@link #isLineEnd} says. */
    private static String eachLine(String text, LineWriter writer) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && !isLineEnd(text.charAt(end))) {
                end++;
            }
            writer.write(out, start, end);
            if (end < text.length()) {
                out.append(text.charAt(end));
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * Drops each task's box from its list item ({@code - [ ] open}, {@code 1. [x] done}, in a quote too), which the
     * page shows as a check box, not as typed; in a vault note ({@code note}) also the statuses Obsidian's themes draw
     * as boxes ({@code [/]}, {@code [-]}, {@code [>]}, {@code [?]}), elsewhere those stay ({@code - [1] a citation}).
     * Each line is looked at once, up to its list marker and box.
     */
    static String dropTaskBoxes(String text, boolean note) {
        return eachLine(text, (out, start, end) -> {
            int box = taskBox(text, start, end, note);
            if (box >= 0) {
                out.append(text, start, box).append(text, box + 3, end);
            } else {
                out.append(text, start, end);
            }
        });
    }

    /** Where the line's task box ({@code [c]} then a blank, after a list marker) starts; -1 when it has none. */
    private static int taskBox(String text, int start, int end, boolean note) {
        int i = skipBlanks(text, start, end);
        while (i < end && text.charAt(i) == '>') {
            i = skipBlanks(text, i + 1, end);
        }
        if (i >= end) {
            return -1;
        }
        int run = i;
        char c = text.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            run = i + 1;
        } else {
            while (run < end && run - i < 10 && text.charAt(run) >= '0' && text.charAt(run) <= '9') {
                run++;
            }
            if (run == i || run >= end || (text.charAt(run) != '.' && text.charAt(run) != ')')) {
                return -1;
            }
            run++;
        }
        int box = skipBlanks(text, run, end);
        if (box == run || box + 3 > end || text.charAt(box) != '[' || text.charAt(box + 2) != ']'
                || box + 3 < end && !isBlank(text.charAt(box + 3))) {
            return -1;
        }
        char mark = text.charAt(box + 1);
        boolean standard = mark == ' ' || mark == 'x' || mark == 'X';
        boolean status = note && !Character.isWhitespace(mark) && mark != '[' && mark != ']'
                && !Character.isSurrogate(mark) && !Character.isDigit(mark); // - [1] is a citation
        return standard || status ? box : -1;
    }

    static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** pixiv's {@code [newpage]} alone on its line: a blank between scenes on the page ({@code render.PageBreaks}). */
    private static boolean isPageBreak(String text, int start, int end) {
        return end - start < 40 && text.substring(start, end).strip().equals("[newpage]");
    }

    /** Blanks then three or more of - = * _ : | and space: after the last tab, only those, at least three. */
    private static boolean isRule(String text, int start, int end) {
        int afterTabs = start;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\t') {
                afterTabs = i + 1;
            }
        }
        if (end - afterTabs < 3) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean allowed = i < afterTabs ? c == ' ' || c == '\t' : "-=*_:| ".indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Where the text of the line starts after its block marker; start when it has none. */
    private static int markerEnd(String text, int start, int end) {
        int i = skipBlanks(text, start, end);
        if (i == end) {
            return start;
        }
        char c = text.charAt(i);
        if (c == '>') {
            while (i < end && text.charAt(i) == '>') {
                i = skipBlanks(text, i + 1, end);
            }
            return calloutEnd(text, i, end);
        }
        int run = i;
        if (c == '#') {
            while (run < end && text.charAt(run) == '#') {
                run++;
            }
            return run - i <= 6 ? afterRequiredBlanks(text, run, end, start) : start;
        }
        if (c == '-' || c == '*' || c == '+') {
            return afterRequiredBlanks(text, i + 1, end, start);
        }
        while (run < end && text.charAt(run) >= '0' && text.charAt(run) <= '9') {
            run++;
        }
        if (run == i || run - i > 9 || run == end || (text.charAt(run) != '.' && text.charAt(run) != ')')) {
            return start;
        }
        return afterRequiredBlanks(text, run + 1, end, start);
    }

    /**
     * After a callout's type at i ({@code [!tip]}, {@code [!NOTE]-} folded, {@code [!warning]+}), which its page shows
     * as an icon and title rather than as typed: where its title starts; i when there is none.
     */
    private static int calloutEnd(String text, int i, int end) {
        if (!text.startsWith("[!", i)) {
            return i;
        }
        int j = i + 2;
        while (j < end && j - i < 40 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-'
                || text.charAt(j) == '_')) {
            j++;
        }
        if (j == i + 2 || j >= end || text.charAt(j) != ']') {
            return i;
        }
        j++;
        if (j < end && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
            j++;
        }
        return skipBlanks(text, j, end);
    }

    /** The end of the blanks at i, or otherwise when there are none. */
    private static int afterRequiredBlanks(String text, int i, int end, int otherwise) {
        int after = skipBlanks(text, i, end);
        return after > i ? after : otherwise;
    }

    private static int skipBlanks(String text, int i, int end) {
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Each run of * or `, each | and each pair ~~ becomes one space (emphasis, code, table and strike-through marks),
     * but for a run of * or ` or a pair ~~ beside a CJK character or mark, which goes: CJK text has no spaces, and the
     * page shows none there ({@code 有**粗体**和} reads 有粗体和, not 有 粗体 和). A lone * between Latin letters
     * ({@code UN*X}) may be the character itself, which a space keeps apart from both words.
     */
    static String blankMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '*' || c == '`' || (c == '~' && i + 1 < text.length() && text.charAt(i + 1) == '~')) {
                int start = i;
                i += c == '~' ? 2 : 0;
                while (c != '~' && i < text.length() && text.charAt(i) == c) {
                    i++;
                }
                boolean besideCjk = start > 0 && CjkScript.joinsLines(text.codePointBefore(start))
                        || i < text.length() && CjkScript.joinsLines(text.codePointAt(i));
                if (!besideCjk) {
                    out.append(' ');
                }
            } else if (c == '|') {
                i++;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A highlight's text is looked for no further than this past its opening marks, as the page's {@code render.SourceRewriter}. */
    static final int MOST_HIGHLIGHT = 300;

    /**
     * Each {@code ==highlight==} reads as its words, as the page shows it marked ({@code render.SourceRewriter}'s
     * {@code ==(?=[^\s=])([^=\n]{1,300}?)(?<=[^\s=])==}): the marks go, outside inline code. A start scans at most to
     * the next {@code =} or line end, where any later start begins, so the pass is linear.
     */
    static String highlightMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        boolean inCode = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                inCode = false;
            } else if (c == '`') {
                i = afterBackticks(text, i);
                inCode = !inCode;
                continue;
            } else if (c == '=' && !inCode && text.startsWith("==", i) && i + 2 < text.length()
                    && !isRegexSpace(text.charAt(i + 2)) && text.charAt(i + 2) != '=') {
                int close = i + 2;
                int stop = Math.min(text.length(), close + MOST_HIGHLIGHT + 1);
                while (close < stop && text.charAt(close) != '=' && text.charAt(close) != '\n') {
                    close++;
                }
                if (close < stop && text.startsWith("==", close) && !isRegexSpace(text.charAt(close - 1))) {
                    out.append(text, copied, i).append(text, i + 2, close);
                    copied = close + 2;
                    i = close + 2;
                } else {
                    i = Math.max(i + 1, close);
                }
                continue;
            }
            i++;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** ASCII white space, as a regular expression's {@code \s}: space, tab, line breaks, form feed, vertical tab. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Where the run of backticks at {@code i} ends (an inline code span's opening or closing marks). */
    static int afterBackticks(String text, int i) {
        int end = i;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end;
    }

    /** Each run of ASCII white space (as regex \s: space, tab, line breaks, form feed, vertical tab) becomes one space. */
    static String collapseSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isRegexSpace(c);
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }

    /**
     * Drops each line break (with the spaces and tabs around it) that stands between two characters that join lines
     * ({@link CjkScript}, the page's rule): it renders as nothing, so it must not split a word.
     */
    static String joinCjkLines(String text) {
        return CjkScript.joinLines(text);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
