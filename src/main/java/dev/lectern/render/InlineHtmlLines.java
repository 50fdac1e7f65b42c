package dev.lectern.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;

/**
 * A line that holds a {@code <br>} or an {@code <img>} alone, right before a line of text
 * ({@code <br/>} then {@code 通过 [WinGet](…) 安装}): CommonMark opens a block of raw HTML there, which runs to the
 * next blank line, so the text under it showed its markdown as typed ({@code [WinGet](…)}); the Jekyll sites these
 * posts come from (kramdown) read the tag as part of the paragraph, and make the link. The tag lines are joined to the
 * text's line, which makes them one paragraph, as on the site (7 such lines in 4 posts of our test corpora).
 */
final class InlineHtmlLines {

    /** A tag-only line of an inline element. */
    private static final Pattern TAG_LINE = Pattern.compile("(?i)[ ]{0,3}<(?:br|img)\\b[^<>\\n]{0,2000}>[ \\t]*");
    /** A line a paragraph can take: not blank, no tag, no list item, heading, quote, table row or fence. */
    private static final Pattern TEXT_LINE = Pattern.compile("[ \\t]{0,3}(?![-*+][ \\t]|\\d{1,9}[.)][ \\t]|[#>|<]|```|~~~)\\S.*");
    private static final Pattern CANDIDATE = Pattern.compile("(?im)^[ ]{0,3}<(?:br|img)\\b[^<>\\n]{0,2000}>[ \\t]*\\n[ \\t]{0,3}[^\\s<]");

    private InlineHtmlLines() {
    }

    /** Whether the markdown may hold such a line (most articles do not, and skip a second parse). */
    static boolean mayHave(String markdown) {
        return markdown.indexOf('<') >= 0 && CANDIDATE.matcher(markdown).find();
    }

    /** The markdown with those tag lines joined to the text under them; the same string when there are none. */
    static String repair(String markdown, Document document) {
        StringBuilder out = null;
        int copied = 0;
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof HtmlBlock block)) {
                continue;
            }
            // the block's lines are looked at one by one from its start, up to its first line that is no tag line:
            // a block of raw HTML may be the whole file, and most are no such block at all
            int end = block.getEndOffset();
            int line = block.getStartOffset();
            int tagLines = 0;
            int next = lineEnd(markdown, line, end);
            while (next < end && TAG_LINE.matcher(markdown.substring(line, next)).matches()) {
                tagLines++;
                line = next + 1;
                next = lineEnd(markdown, line, end);
            }
            if (tagLines == 0 || line >= end || !TEXT_LINE.matcher(markdown.substring(line, next)).matches()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(markdown.length());
            }
            // the newlines after the tag lines are dropped
            for (int at = block.getStartOffset(); at < line; at = lineEnd(markdown, at, end) + 1) {
                int newline = lineEnd(markdown, at, end);
                out.append(markdown, copied, newline);
                copied = newline + 1;
            }
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }

    /** Where the line starting at {@code from} ends (its newline), or {@code end}. */
    private static int lineEnd(String markdown, int from, int end) {
        int newline = markdown.indexOf('\n', from);
        return newline < 0 || newline > end ? end : newline;
    }
}
