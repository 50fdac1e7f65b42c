package dev.lectern.render;

/**
 * Where a template tag stands on its line, so that the HTML it becomes stays in the block the tag stood in. The site
 * (Nunjucks, then markdown) puts a tag's output in the tag's place: a tag indented under a list item or inside an HTML
 * block stays in that item or block. Lectern's block replacements start and end with blank lines; written at column 0
 * they would end the list item (the item's following indented lines then read as code) or the HTML block. So every
 * line of a replacement gets the tag line's container prefix: its indentation and quote marks, a list marker as as
 * many spaces.
 */
final class TagPlacement {

    /** How far back the start of the tag's line is looked for; past that the tag is placed as before (column 0). */
    static final int MAX_LOOK_BACK = 200;

    private final String prefix;
    private final boolean leading;
    private final boolean inHtmlBlock;

    private TagPlacement(String prefix, boolean leading, boolean inHtmlBlock) {
        this.prefix = prefix;
        this.leading = leading;
        this.inHtmlBlock = inHtmlBlock;
    }

    /** The placement of a tag starting at {@code start}; {@code inHtmlBlock} whether the page's first reading put it in one. */
    static TagPlacement of(String markdown, int start, boolean inHtmlBlock) {
        int lineStart = start;
        int stop = Math.max(0, start - MAX_LOOK_BACK);
        while (lineStart > stop && markdown.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (lineStart > 0 && markdown.charAt(lineStart - 1) != '\n') {
            return new TagPlacement("", false, inHtmlBlock);
        }
        StringBuilder prefix = new StringBuilder();
        int i = lineStart;
        while (i < start) {
            char c = markdown.charAt(i);
            int marker = listMarkerEnd(markdown, i, start);
            if (c == ' ' || c == '\t' || c == '>') {
                prefix.append(c);
                i++;
            } else if (marker > i) {
                prefix.append(" ".repeat(marker - i));
                i = marker;
            } else {
                break;
            }
        }
        return new TagPlacement(prefix.toString(), i == start, inHtmlBlock);
    }

    /** The end of a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) at {@code at} with its blank, or at. */
    private static int listMarkerEnd(String markdown, int at, int limit) {
        int i = at;
        char c = markdown.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            i++;
        } else {
            while (i < limit && i - at < 9 && Character.isDigit(markdown.charAt(i))) {
                i++;
            }
            if (i == at || i >= limit || markdown.charAt(i) != '.' && markdown.charAt(i) != ')') {
                return at;
            }
            i++;
        }
        return i < limit && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t') ? i : at;
    }

    /** Whether the tag stands inside an HTML block, where its output stays inline: a blank line would end the block. */
    boolean inHtmlBlock() {
        return inHtmlBlock;
    }

    /**
     * Indents what was written to {@code out} from {@code from} on as the tag's line is: each line of it after the
     * first gets the prefix, and when the tag starts its line's content the blank lines before it go (the line's prefix
     * is written already, and a list item's first line must not be blank). Nothing changes at column 0.
     */
    void indent(StringBuilder out, int from) {
        if (prefix.isEmpty() || out.indexOf("\n", from) < 0) {
            return;
        }
        int start = from;
        if (leading) {
            while (start < out.length() && out.charAt(start) == '\n') {
                start++;
            }
        }
        StringBuilder placed = new StringBuilder(out.length() - start + 64);
        for (int i = start; i < out.length(); i++) {
            char c = out.charAt(i);
            placed.append(c);
            if (c == '\n') {
                placed.append(prefix);
            }
        }
        out.setLength(from);
        out.append(placed);
    }
}
