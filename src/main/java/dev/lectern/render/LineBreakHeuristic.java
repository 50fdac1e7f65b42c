package dev.lectern.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Decides whether an article was written one item per line (notes, lists without markers), so that its single
 * line breaks should show. It does when most paragraph lines sit in multi-line paragraphs whose lines vary in
 * length; paragraphs hard-wrapped at a fixed width (lines of nearly equal length) do not count.
 */
final class LineBreakHeuristic {

    private static final double ITEM_LINE_SHARE = 0.5;
    private static final int MIN_ITEM_LINES = 4;

    private LineBreakHeuristic() {
    }

    static boolean looksLinePerItem(Document document) {
        int[] counts = new int[2];
        count(document, counts);
        int itemLines = counts[0];
        int allLines = counts[1];
        return itemLines >= MIN_ITEM_LINES && itemLines >= ITEM_LINE_SHARE * allLines;
    }

    private static void count(Node node, int[] counts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                String[] lines = child.getChars().trim().toString().split("\n");
                counts[1] += lines.length;
                if (lines.length > 1 && !hardWrapped(lines)) {
                    counts[0] += lines.length;
                }
            } else {
                count(child, counts);
            }
        }
    }

    /** Lines of nearly equal width, all but the last: the author wrapped at a column. */
    static boolean hardWrapped(String[] lines) {
        int max = 0;
        int[] widths = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            widths[i] = displayWidth(lines[i].strip());
            max = Math.max(max, widths[i]);
        }
        if (max < 40) {
            return false;
        }
        int near = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            if (widths[i] >= max * 0.75) {
                near++;
            }
        }
        return near >= 0.75 * (lines.length - 1);
    }

    /** Columns a line takes in a monospaced editor: CJK characters take two. */
    static int displayWidth(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            width += TextStats.isCjk(cp) || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
