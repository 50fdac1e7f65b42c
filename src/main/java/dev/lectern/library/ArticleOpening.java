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

    /** A section of an article: its heading's words and the words it opens with. */
    public record Section(String heading, String text) {
    }

    /** The opening of the body, at most about {@code most} columns and an ellipsis; "" when it has no prose. */
    public static String of(ArticleSource source, int most) {
        return opening(source.body(), 0, most, source.note());
    }

    /**
     * The section a link's anchor names ({@code other.md#setup}): the heading whose explicit id ({@code {#setup}},
     * kramdown's {@code {: #setup}} on the next line) is the anchor, else whose words are the anchor's letters and
     * digits, case aside (what the slugs of GitHub, kramdown, Hexo and Hugo keep of them), with the words after it;
     * null when no heading of the body matches. Each line of the body is looked at once.
     */
    public static Section section(ArticleSource source, String anchor, int most) {
        String wanted = key(anchor);
        if (wanted.isEmpty()) {
            return null;
        }
        String body = source.body();
        boolean inFence = false;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String trimmed = body.substring(start, Math.min(end, start + MAX_HEADING)).strip();
            String next = nextLine(body, end);
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && (isAtx(trimmed) || next != null && isUnderline(next) && !next.startsWith("*")
                    && !next.startsWith("_") && !trimmed.isEmpty())) {
                String heading = PlainText.line(trimmed);
                String id = explicitId(trimmed, next);
                if (!heading.isEmpty() && (anchor.equals(id) || id == null && wanted.equals(key(heading)))) {
                    int after = next != null && isUnderline(next) ? lineEnd(body, end + 1) : end;
                    return new Section(heading, opening(body, Math.min(body.length(), after + 1), most, source.note()));
                }
            }
            start = end + 1;
        }
        return null;
    }

    /** An ATX heading's line: one to six # and a blank or nothing after them. */
    private static boolean isAtx(String trimmed) {
        int hashes = 0;
        while (hashes < trimmed.length() && trimmed.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes >= 1 && hashes <= 6 && (hashes == trimmed.length() || trimmed.charAt(hashes) == ' '
                || trimmed.charAt(hashes) == '\t');
    }

    /** A heading line is looked at no further than this. */
    private static final int MAX_HEADING = 1000;

    /** The id a heading names for itself: {@code ## Setup {#setup}}, or kramdown's {@code {: #setup}} on the next line. */
    private static String explicitId(String heading, String next) {
        String id = idIn(heading, heading.lastIndexOf('{'));
        return id != null || next == null || !next.startsWith("{:") ? id : idIn(next, 0);
    }

    /** The {@code #id} of the attribute list {@code {#id}} or {@code {: #id .class}} that starts at open and ends the line. */
    private static String idIn(String line, int open) {
        if (open < 0 || !line.endsWith("}")) {
            return null;
        }
        String inside = line.substring(open + 1, line.length() - 1).strip();
        inside = inside.startsWith(":") ? inside.substring(1).strip() : inside;
        for (String part : inside.split("[ \t]+", 8)) {
            if (part.length() > 1 && part.charAt(0) == '#') {
                return part.substring(1);
            }
        }
        return null;
    }

    /** The letters and digits of a text, lower-cased: what slugs of its words have in common. */
    private static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(Math.min(text.length(), MAX_HEADING));
        text.codePoints().limit(MAX_HEADING).filter(Character::isLetterOrDigit)
                .forEach(c -> key.appendCodePoint(Character.toLowerCase(c)));
        return key.toString();
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The opening of the body from {@code from}: its prose, made plain and cut. */
    private static String opening(String body, int from, int most, boolean note) {
        String head = body.substring(from, Math.min(body.length(), from + HEAD));
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
        return cut(PlainText.body(prose.toString(), note), most);
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
    static boolean wide(int codePoint) {
        return CjkScript.joinsLines(codePoint) || codePoint > 0xFFFF;
    }
}
