package dev.lectern.library;

import dev.lectern.model.CjkScript;

/**
 * The words an article opens with, as plain text, for a preview of it (the card shown over a link to it): its first
 * paragraphs of prose, without its headings, code, tables, pictures alone on a line, HTML blocks or template tags,
 * cut near a given length at a word's end with an ellipsis. Only the start of the body is looked at, each line once,
 * so the cost is bounded whatever the file holds.
 */
public final class ArticleOpening {

    /** At most so much of the body is looked at. */
    static final int HEAD = 16 * 1024;

    private ArticleOpening() {
    }

    /** The opening of the body, at most about {@code most} characters and an ellipsis; "" when it has no prose. */
    public static String of(ArticleSource source, int most) {
        String body = source.body();
        String head = body.length() > HEAD ? body.substring(0, HEAD) : body;
        StringBuilder prose = new StringBuilder();
        boolean inFence = false;
        String fence = null;
        int start = 0;
        while (start < head.length() && prose.length() < 4 * most) {
            int end = head.indexOf('\n', start);
            end = end < 0 ? head.length() : end;
            String line = head.substring(start, end);
            String trimmed = line.strip();
            String next = nextLine(head, end);
            if (inFence) {
                inFence = !trimmed.startsWith(fence);
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = true;
                fence = trimmed.substring(0, 3);
            } else if (isProse(line, trimmed) && !isUnderline(next)) {
                prose.append(line).append('\n');
            } else if (!trimmed.isEmpty() && !prose.isEmpty()) {
                prose.append('\n'); // a skipped block ends a paragraph: its text is not joined to the next
            }
            start = end + 1;
        }
        return cut(PlainText.body(prose.toString(), source.note()), most);
    }

    /** Whether a line can be part of the prose: not a heading, table row, picture alone, HTML tag, template tag. */
    private static boolean isProse(String line, String trimmed) {
        if (trimmed.isEmpty() || isUnderline(trimmed) || line.startsWith("    ") || line.startsWith("\t")) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (first == '#' || first == '|' || first == '<' || trimmed.startsWith("{%") || trimmed.startsWith("{{")
                || trimmed.startsWith("[TOC]") || trimmed.startsWith("[[TOC]]")) {
            return false;
        }
        return !(trimmed.startsWith("![") && trimmed.endsWith(")") && trimmed.indexOf("](") == trimmed.lastIndexOf("]("));
    }

    /** A setext heading's underline, or a rule: only = or only - (three or more, blanks aside). */
    private static boolean isUnderline(String trimmed) {
        if (trimmed == null || trimmed.length() < 3) {
            return false;
        }
        char mark = trimmed.charAt(0);
        if (mark != '=' && mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c != mark && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static String nextLine(String text, int end) {
        if (end >= text.length()) {
            return null;
        }
        int after = text.indexOf('\n', end + 1);
        return text.substring(end + 1, after < 0 ? text.length() : after).strip();
    }

    /**
     * The text cut to about {@code most} columns with an ellipsis, a CJK character (or any other wide one) counting two
     * as on a terminal, so that Chinese and English openings fill about as many lines: after a sentence's end or at a
     * space in the last third when there is one (a Latin word is not split), else between any two characters (CJK has no
     * spaces), never inside a surrogate pair.
     */
    public static String cut(String text, int most) {
        int at = 0;
        int columns = 0;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            columns += wide(codePoint) ? 2 : 1;
            if (columns > most) {
                break;
            }
            at += Character.charCount(codePoint);
        }
        if (at >= text.length()) {
            return text;
        }
        int least = at * 2 / 3;
        for (int i = at; i > least; i--) {
            char c = text.charAt(i - 1);
            if (c == '。' || c == '！' || c == '？' || (c == '.' || c == '!' || c == '?') && text.charAt(i) == ' ') {
                return text.substring(0, i) + "\u2026";
            }
        }
        if (!wide(text.codePointBefore(at))) {
            int space = text.lastIndexOf(' ', at);
            if (space > least) {
                at = space;
            }
        }
        return text.substring(0, at).stripTrailing() + "\u2026";
    }

    /** A character set two columns wide: CJK letters and marks, and what lies beyond the BMP (emoji). */
    private static boolean wide(int codePoint) {
        return CjkScript.joinsLines(codePoint) || codePoint > 0xFFFF;
    }
}
