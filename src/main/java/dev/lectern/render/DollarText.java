package dev.lectern.render;

import dev.lectern.model.DollarPairs;

/**
 * Text between two single dollars of the markdown that is no formula ({@link DollarPairs}), and a pair across a
 * table's cells: a bare bar in a table row ends the cell before the formula would.
 */
final class DollarText {

    private DollarText() {
    }

    /** Whether the text a pair of dollars encloses, starting at {@code start} in the markdown, reads as text. */
    static boolean isText(String tex, String markdown, int start) {
        return DollarPairs.isText(tex)
                || tex.indexOf('|') >= 0 && inTableRow(markdown, start) && DollarPairs.hasBare(tex, '|');
    }

    /** Whether the line the dollar stands on is a table row: it starts with a bar. */
    private static boolean inTableRow(String markdown, int start) {
        int lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
        return markdown.substring(lineStart, start).stripLeading().startsWith("|");
    }
}
