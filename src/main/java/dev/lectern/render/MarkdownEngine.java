package dev.lectern.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/** The flexmark setup: one parser and two renderers (soft breaks as spaces or as {@code <br>}), all reusable. */
final class MarkdownEngine {

    private final Parser parser;
    private final HtmlRenderer flowingRenderer;
    private final HtmlRenderer lineBreakRenderer;

    MarkdownEngine() {
        this(true);
    }

    /** quickHeadings false: flexmark's own heading factory, to check {@link QuickHeadings} against. */
    MarkdownEngine(boolean quickHeadings) {
        MutableDataSet options = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new java.util.ArrayList<>(List.of(
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                FootnoteExtension.create(), AutolinkExtension.create(), AnchorLinkExtension.create(),
                TocExtension.create(), DefinitionExtension.create(), EmojiExtension.create(), new CjkEmphasis(),
                new LatinEmphasis()));
        if (quickHeadings) {
            extensions.add(new QuickHeadings());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY);
        options.set(TablesExtension.CLASS_NAME, "table");
        // GitHub takes one dash as a column under a table's header (| -- | --- |); flexmark's default wants three
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        // a lone "-" under a line is an empty bullet in notes, not a heading; "---" and "===" still underline
        options.set(Parser.HEADING_SETEXT_MARKER_LENGTH, 3);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
        options.set(TocExtension.DIV_CLASS, "toc");
        options.set(TocExtension.LIST_CLASS, "toc");
        options.set(TocExtension.TITLE, "");
        options.set(TocExtension.LEVELS, 0b1111110); // kramdown's {:toc} lists every level
        parser = Parser.builder(options).build();
        flowingRenderer = HtmlRenderer.builder(options).build();
        options.set(HtmlRenderer.SOFT_BREAK, "<br />\n");
        lineBreakRenderer = HtmlRenderer.builder(options).build();
    }

    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    String render(Document document, boolean keepLineBreaks) {
        return (keepLineBreaks ? lineBreakRenderer : flowingRenderer).render(document);
    }

    /** Source ranges {start, end} of code blocks and code spans, in document order. */
    static List<int[]> codeRanges(Document document) {
        List<int[]> ranges = new ArrayList<>();
        collect(document, ranges);
        return ranges;
    }

    /** Source ranges {start, end} of HTML blocks, in document order: what the page keeps as written, markdown unread. */
    static List<int[]> htmlBlockRanges(Document document) {
        List<int[]> ranges = new ArrayList<>();
        collectBlocks(document, HtmlBlock.class, ranges);
        return ranges;
    }

    /**
     * Source ranges {start, end} of paragraphs after their first line, in document order: a line there continues the
     * paragraph, as an HTML tag on it would.
     */
    static List<int[]> paragraphTailRanges(Document document) {
        List<int[]> ranges = new ArrayList<>();
        collectBlocks(document, Paragraph.class, ranges);
        CharSequence text = document.getChars();
        List<int[]> tails = new ArrayList<>(ranges.size());
        for (int[] range : ranges) {
            int lineEnd = range[0];
            while (lineEnd < range[1] && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            if (lineEnd + 1 < range[1]) {
                tails.add(new int[] {lineEnd + 1, range[1]});
            }
        }
        return tails;
    }

    /** The ranges of the blocks of that kind under node, outermost only, in document order. */
    private static void collectBlocks(Node node, Class<? extends Node> kind, List<int[]> ranges) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (kind.isInstance(child)) {
                ranges.add(new int[] {child.getStartOffset(), child.getEndOffset()});
            } else if (child.hasChildren() && !(child instanceof Paragraph)) {
                collectBlocks(child, kind, ranges);
            }
        }
    }

    private static void collect(Node node, List<int[]> ranges) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof Code) {
                ranges.add(new int[] {child.getStartOffset(), child.getEndOffset()});
            } else {
                collect(child, ranges);
            }
        }
    }
}
