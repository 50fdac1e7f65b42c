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
            int start = block.getStartOffset();
            String[] lines = block.getChars().toString().split("\n", -1);
            int tags = 0;
            while (tags < lines.length && TAG_LINE.matcher(lines[tags]).matches()) {
                tags++;
            }
            if (tags == 0 || tags >= lines.length || !TEXT_LINE.matcher(lines[tags]).matches()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(markdown.length());
            }
            int at = start;
            for (int i = 0; i < tags; i++) {
                int end = at + lines[i].length(); // the newline after the tag line, dropped
                out.append(markdown, copied, end);
                copied = end + 1;
                at = end + 1;
            }
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }
}
