package dev.lectern.render;

import java.util.List;

/**
 * A vault note's inline footnotes, {@code text^[the note's words]}, as Obsidian shows them: a numbered footnote among
 * the others. Written as a reference and a definition at the end of the markdown, for the footnote extension to number
 * and link. Only in a vault: a site's markdown (kramdown, most Hexo and Hugo themes) shows {@code 10^[b]} as typed.
 */
final class InlineFootnotes {

    /** Notes made per page at most; the rest stay as typed. */
    static final int MOST_NOTES = 500;
    /** A note's words at most: an unclosed bracket does not make the rest of its paragraph a note. */
    static final int MOST_CHARS = 4_000;

    /**
     * Starts looked at that close nowhere, at most: each looks up to {@link #MOST_CHARS} ahead, so a hostile page of
     * unclosed {@code ^[} costs no more than this many looks.
     */
    static final int MOST_UNCLOSED = 2_000;

    private static final String LABEL = "lectern-inline-";

    private InlineFootnotes() {
    }

    static boolean mayHave(String markdown) {
        return markdown.contains("^[");
    }

    /** The markdown with its inline notes as references and definitions; code (codeRanges, sorted) is left alone. */
    static String rewrite(String markdown, List<int[]> codeRanges) {
        StringBuilder out = null;
        StringBuilder definitions = null;
        int kept = 0;
        int code = 0;
        int notes = 0;
        int unclosed = 0;
        for (int i = markdown.indexOf("^["); i >= 0 && notes < MOST_NOTES && unclosed < MOST_UNCLOSED; ) {
            while (code < codeRanges.size() && codeRanges.get(code)[1] <= i) {
                code++;
            }
            if (code < codeRanges.size() && codeRanges.get(code)[0] <= i) {
                i = markdown.indexOf("^[", codeRanges.get(code)[1]);
                continue;
            }
            int close = i > 0 && markdown.charAt(i - 1) == '\\' ? -1 : closing(markdown, i + 2);
            String words = close < 0 ? "" : oneLine(markdown.substring(i + 2, close));
            if (words.isEmpty()) {
                unclosed++;
                i = markdown.indexOf("^[", i + 2);
                continue;
            }
            notes++;
            if (out == null) {
                out = new StringBuilder(markdown.length() + 64);
                definitions = new StringBuilder();
            }
            out.append(markdown, kept, i).append("[^").append(LABEL).append(notes).append(']');
            definitions.append("\n\n[^").append(LABEL).append(notes).append("]: ").append(words);
            kept = close + 1;
            i = markdown.indexOf("^[", kept);
        }
        if (out == null) {
            return markdown;
        }
        return out.append(markdown, kept, markdown.length()).append(definitions).append('\n').toString();
    }

    /** Where the bracket opened before from closes, brackets inside counted; -1 past a blank line or too far. */
    private static int closing(String markdown, int from) {
        int depth = 1;
        int end = Math.min(markdown.length(), from + MOST_CHARS);
        boolean lineBlank = false;
        for (int j = from; j < end; j++) {
            char c = markdown.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return j;
            } else if (c == '\n') {
                if (lineBlank) {
                    return -1; // the paragraph ended
                }
                lineBlank = true;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                lineBlank = false;
            }
        }
        return -1;
    }

    private static String oneLine(String words) {
        StringBuilder out = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString().strip();
    }
}
