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
        return opening(source.body(), 0, most, source.note(), 0);
    }

    /**
     * The section a link's anchor names ({@code other.md#setup}): the heading whose explicit id ({@code {#setup}},
     * kramdown's {@code {: #setup}} at its end or on the next line) is the anchor, else whose words are the anchor's
     * letters and digits, case aside (what the slugs of GitHub, kramdown, Hexo and Hugo keep of them), with the words
     * under it up to the next heading of its level or above (a numbered anchor, {@code #setup-1}, names the second
     * heading of those words when none has the number in its own); null when no heading of the body's first
     * {@link #SECTION_SCAN} characters matches. Each line is looked at once; a heading's words are made plain only when
     * the anchor's letters could be among them.
     */
    public static Section section(ArticleSource source, String anchor, int most) {
        String wanted = key(anchor);
        if (wanted.isEmpty()) {
            return null;
        }
        // a repeated heading's slug is numbered (the second "Setup" is #setup-1 on GitHub, in kramdown and Hexo)
        int dash = anchor.lastIndexOf('-');
        boolean numbered = dash > 0 && anchor.length() - dash >= 2 && anchor.length() - dash <= 4
                && anchor.substring(dash + 1).chars().allMatch(c -> c >= '0' && c <= '9');
        int repeat = numbered ? Integer.parseInt(anchor.substring(dash + 1)) : 0;
        String base = repeat > 0 ? key(anchor.substring(0, dash)) : "";
        int seen = 0;
        String body = source.body();
        int limit = Math.min(body.length(), SECTION_SCAN);
        String fence = null;
        int start = 0;
        while (start < limit) {
            int end = lineEnd(body, start);
            String line = body.substring(start, Math.min(end, start + MAX_HEADING));
            if (fence != null) {
                fence = MarkdownBlocks.closesFence(line, fence) ? null : fence;
            } else if ((fence = MarkdownBlocks.fenceOpening(line)) == null) {
                int atx = MarkdownBlocks.atxLevel(line);
                int level = MarkdownBlocks.headingLevel(line, lineAt(body, end + 1));
                if (level > 0) {
                    int headingEnd = atx > 0 ? end : lineEnd(body, end + 1);
                    String words = atx > 0 ? MarkdownBlocks.atxText(line) : line.strip();
                    String attributes = lineAt(body, headingEnd + 1);
                    String id = explicitId(words, attributes);
                    boolean named = anchor.equals(id) || id == null && names(words, wanted);
                    if (!named && id == null && !base.isEmpty() && names(words, base)) {
                        named = ++seen == repeat + 1;
                    }
                    if (named) {
                        int textFrom = attributes != null && attributes.strip().startsWith("{:")
                                ? lineEnd(body, headingEnd + 1) : headingEnd;
                        return new Section(PlainText.line(words), opening(body, Math.min(body.length(), textFrom + 1),
                                most, source.note(), level));
                    }
                }
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * The words of the block a vault's block link names ({@code [[Note#^goal-1]]}, anchor {@code ^goal-1}): the list
     * item or paragraph whose last line ends with {@code ^goal-1}, or the block just before a line of only
     * {@code ^goal-1}, as its page gives that block the id; made plain without the id and cut as {@link #of}; null when
     * the anchor names no block or none of the body's first {@link #SECTION_SCAN} characters holds it. Each line is
     * looked at once.
     */
    public static String block(ArticleSource source, String anchor, int most) {
        String id = anchor == null || !anchor.startsWith("^") ? "" : anchor.substring(1);
        if (id.isEmpty() || id.length() > 64 || !id.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c) || c == '-')) {
            return null;
        }
        String body = source.body();
        int limit = Math.min(body.length(), SECTION_SCAN);
        String fence = null;
        int run = -1; // where the lines since the last blank line, heading or code block start
        int blockStart = -1; // where the paragraph or list item of this line starts
        String lastRun = null; // the run of lines before the last blank line
        int start = 0;
        while (start < limit) {
            int end = Math.min(lineEnd(body, start), limit); // a line past the scan is not copied
            String line = body.substring(start, end);
            if (fence != null) {
                fence = MarkdownBlocks.closesFence(line, fence) ? null : fence;
            } else if ((fence = MarkdownBlocks.fenceOpening(line)) != null || line.isBlank()
                    || MarkdownBlocks.atxLevel(line) > 0) {
                lastRun = line.isBlank() && run >= 0 ? body.substring(run, start) : line.isBlank() ? lastRun : null;
                run = -1;
                blockStart = -1;
            } else {
                run = run < 0 ? start : run;
                blockStart = blockStart < 0 || startsListItem(line) ? start : blockStart;
                int mark = idMark(line, id);
                if (mark == 0) {
                    String before = blockStart < start ? body.substring(blockStart, start) : lastRun;
                    return before == null ? null : blockText(before, most, source.note());
                }
                if (mark > 0) {
                    return blockText(body.substring(blockStart, start) + line.substring(0, mark), most, source.note());
                }
            }
            start = end + 1;
        }
        return null;
    }

    /** Where the line's {@code ^id} starts when it ends the line after a blank (0: the line is only the id); else -1. */
    private static int idMark(String line, String id) {
        String text = line.stripTrailing();
        int mark = text.length() - id.length() - 1;
        if (mark < 0 || !text.endsWith(id) || text.charAt(mark) != '^') {
            return -1;
        }
        if (text.substring(0, mark).isBlank()) {
            return 0;
        }
        return Character.isWhitespace(text.charAt(mark - 1)) ? mark : -1;
    }

    private static boolean startsListItem(String line) {
        String trimmed = line.stripLeading();
        int digits = 0;
        while (digits < trimmed.length() && digits < 10 && Character.isDigit(trimmed.charAt(digits))) {
            digits++;
        }
        int after = digits > 0 && digits < trimmed.length() && (trimmed.charAt(digits) == '.' || trimmed.charAt(digits) == ')')
                ? digits + 1 : trimmed.startsWith("- ") || trimmed.startsWith("* ") || trimmed.startsWith("+ ") ? 1 : -1;
        return after > 0 && after < trimmed.length() && Character.isWhitespace(trimmed.charAt(after));
    }

    private static String blockText(String markdown, int most, boolean note) {
        return cut(PlainText.body(markdown, note), most);
    }

    /** The most of a body looked through for the heading a link names. */
    static final int SECTION_SCAN = 512 * 1024;

    /** A heading line is looked at no further than this. */
    private static final int MAX_HEADING = 1000;

    /**
     * Whether a heading's words, made plain, have the wanted letters and digits. Making them plain takes letters away
     * only with markup that holds a bracket ({@code [link](url)}, {@code <tag>}, {@code {#id}}): without one the words'
     * own letters are compared, else they are made plain only when the wanted letters are among theirs in order.
     */
    private static boolean names(String words, String wanted) {
        String letters = key(words);
        boolean markup = words.indexOf('[') >= 0 || words.indexOf('(') >= 0 || words.indexOf('<') >= 0
                || words.indexOf('{') >= 0;
        return markup ? holds(letters, wanted) && wanted.equals(key(PlainText.line(words))) : wanted.equals(letters);
    }

    /** Whether the letters of wanted appear in key in order (what making the words plain can leave of them at most). */
    private static boolean holds(String key, String wanted) {
        int at = 0;
        for (int i = 0; i < key.length() && at < wanted.length(); i++) {
            if (key.charAt(i) == wanted.charAt(at)) {
                at++;
            }
        }
        return at == wanted.length();
    }

    /** The id a heading names for itself: {@code ## Setup {#setup}}, or kramdown's {@code {: #setup}} on the next line. */
    private static String explicitId(String heading, String next) {
        String id = idIn(heading, heading.lastIndexOf('{'));
        return id != null || next == null || !next.strip().startsWith("{:") ? id : idIn(next.strip(), 0);
    }

    /** The {@code #id} of the attribute list {@code {#id}} or {@code {: #id .class}} that starts at open and ends the line. */
    private static String idIn(String line, int open) {
        if (open < 0 || !line.endsWith("}")) {
            return null;
        }
        String inside = line.substring(open + 1, line.length() - 1).strip();
        inside = inside.startsWith(":") ? inside.substring(1).strip() : inside;
        for (String part : inside.split("[ \\t]+", 8)) {
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

    /** The line starting at from, at most {@link #MAX_HEADING} characters of it; null past the text's end. */
    private static String lineAt(String text, int from) {
        return from >= text.length() ? null : text.substring(from, Math.min(lineEnd(text, from), from + MAX_HEADING));
    }

    /**
     * The opening of the body from {@code from}: its prose, made plain and cut; it stops at a heading of level
     * {@code stopAt} or above (0: at none).
     */
    private static String opening(String body, int from, int most, boolean note, int stopAt) {
        String head = body.substring(from, Math.min(body.length(), from + HEAD));
        StringBuilder prose = new StringBuilder();
        String fence = null;
        int start = 0;
        while (start < head.length() && prose.length() < 4 * most) {
            int end = lineEnd(head, start);
            String line = head.substring(start, end);
            if (fence != null) {
                fence = MarkdownBlocks.closesFence(line, fence) ? null : fence;
            } else if ((fence = MarkdownBlocks.fenceOpening(line)) == null) {
                int level = MarkdownBlocks.headingLevel(line, lineAt(head, end + 1));
                if (level > 0 && level <= stopAt) {
                    break;
                }
                if (level == 0 && isProse(line, line.strip())) {
                    prose.append(line).append('\n');
                } else if (!line.isBlank() && !prose.isEmpty()) {
                    prose.append('\n'); // a skipped block ends a paragraph: its text is not joined to the next
                }
            }
            start = end + 1;
        }
        return cut(PlainText.body(prose.toString(), note), most);
    }

    /** Whether a line can be part of the prose: not a heading, table row, picture alone, HTML tag, template tag. */
    private static boolean isProse(String line, String trimmed) {
        if (trimmed.isEmpty() || MarkdownBlocks.setextLevel(line) > 0 || MarkdownBlocks.isThematicBreak(line)
                || MarkdownBlocks.indent(line) > 3) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (first == '#' || first == '|' || first == '<' || trimmed.startsWith("{%") || trimmed.startsWith("{{")
                || trimmed.startsWith("[TOC]") || trimmed.startsWith("[[TOC]]")) {
            return false;
        }
        return !(trimmed.startsWith("![") && trimmed.endsWith(")") && trimmed.indexOf("](") == trimmed.lastIndexOf("]("));
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
