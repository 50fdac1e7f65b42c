package dev.lectern.library;

/**
 * The words around a link in an article, as a backlinks list shows where an article links to another (Obsidian's
 * linked mentions): the plain text of the link's line, or of a stretch of it around the link when the line is long, with
 * an ellipsis where it was cut. Bounded: at most {@link #AROUND} characters on each side of the link are looked at.
 */
public final class LinkContext {

    /** The most markdown looked at on each side of the link. */
    static final int AROUND = 300;
    /** At least so many columns of words are shown before the link's (a CJK character counts two), when there are. */
    static final int BEFORE = 40;
    /** The words shown stop near this many columns (three lines or so of the side panel). */
    static final int COLUMNS = 120;

    private LinkContext() {
    }

    /**
     * The words of the line around position {@code at} of the markdown (where a link was found), plain as a snippet's,
     * starting a few words before the link; note as in {@link PlainText#body(String, boolean)}.
     */
    public static String around(String markdown, int at, boolean note) {
        if (at < 0 || at > markdown.length()) {
            return "";
        }
        int lineStart = markdown.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int lineEnd = markdown.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? markdown.length() : lineEnd;
        int from = Math.max(lineStart, at - AROUND);
        if (from > lineStart) {
            int space = markdown.indexOf(' ', from);
            from = space >= 0 && space < at ? space + 1 : from; // a whole word (a link's markup) rather than half of it
        }
        int to = Math.min(lineEnd, at + AROUND);
        if (to < lineEnd) {
            to = beforeUnclosed(markdown, at + 2, to); // not halfway into a later link or tag, which would read as markup
        }
        if (from > lineStart) {
            from = afterUnopened(markdown, from, at);
        }
        String words = PlainText.body(markdown.substring(from, to), note);
        // where the link stands in the words: as many words precede it as precede it in the markdown, made plain
        int link = Math.min(words.length(), PlainText.body(markdown.substring(from, at), note).length());
        int after = 0;
        for (int i = link; i < words.length() && after < COLUMNS; i++) {
            after += ArticleOpening.wide(words.charAt(i)) ? 2 : 1;
        }
        int before = Math.max(BEFORE, COLUMNS - after); // a short rest of the line leaves room for more before the link
        int start = link;
        for (int columns = 0; start > 0 && columns < before; start--) {
            columns += ArticleOpening.wide(words.charAt(start - 1)) ? 2 : 1;
        }
        if (start > 0 && Character.isLowSurrogate(words.charAt(start))) {
            start--;
        }
        if (start > 0 && !ArticleOpening.wide(words.charAt(start))) {
            int space = words.indexOf(' ', start);
            start = space >= 0 && space < link ? space + 1 : start;
        }
        String shown = ArticleOpening.cut(words.substring(start), COLUMNS);
        boolean more = to < lineEnd && !shown.endsWith("\u2026");
        return (start > 0 || from > lineStart ? "\u2026" : "") + shown + (more ? "\u2026" : "");
    }

    /** Where a stretch of markdown ending at to should end: before the last {@code [}, {@code (} or {@code <} it leaves open. */
    private static int beforeUnclosed(String markdown, int from, int to) {
        int cut = to;
        int depth = 0;
        for (int i = to - 1; i >= from; i--) {
            char c = markdown.charAt(i);
            if (c == ']' || c == ')' || c == '>') {
                depth++;
            } else if (c == '[' || c == '(' || c == '<') {
                if (depth == 0) {
                    cut = i;
                    cut = c == '(' && i > from && markdown.charAt(i - 1) == ']' ? linkStart(markdown, from, i - 1) : cut;
                    cut = cut > 0 && markdown.charAt(cut - 1) == '!' ? cut - 1 : cut;
                    i = cut;
                } else {
                    depth--;
                }
            }
        }
        return cut;
    }

    /** The {@code [} that the {@code ]} at close closes (its link's or picture's words), or close when none does. */
    private static int linkStart(String markdown, int from, int close) {
        int depth = 0;
        for (int i = close - 1; i >= from; i--) {
            char c = markdown.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[' && depth-- == 0) {
                return i;
            }
        }
        return close;
    }

    /** Where a stretch of markdown starting at from should start: after the last {@code ]}, {@code )} or {@code >} it closes unopened. */
    private static int afterUnopened(String markdown, int from, int to) {
        int cut = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = markdown.charAt(i);
            if (c == '[' || c == '(' || c == '<') {
                depth++;
            } else if (c == ']' || c == ')' || c == '>') {
                if (depth == 0) {
                    cut = i + 1;
                } else {
                    depth--;
                }
            }
        }
        return cut;
    }
}
