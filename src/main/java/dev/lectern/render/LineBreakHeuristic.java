package dev.lectern.render;

import dev.lectern.model.CjkScript;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Decides whether an article was written one item per line (notes, lists without markers), so that its single
 * line breaks should show. It does when the article has CJK text and most paragraph lines sit in multi-line
 * paragraphs that were not hard-wrapped at a column, or when it is fiction as Japanese and Chinese novel sites take
 * it, every line break a break: at least {@link #MIN_FICTION_LINES} lines inside paragraphs open with an ideographic
 * space (a paragraph's indent) or open a quote after one closed (「はい」⏎「考え事？」), which no wrapping at a column
 * makes.
 */
final class LineBreakHeuristic {

    private static final double ITEM_LINE_SHARE = 0.5;
    private static final int MIN_ITEM_LINES = 4;
    static final int MIN_FICTION_LINES = 2;
    /** English written one sentence per line keeps flowing: the heuristic is for CJK notes. */
    private static final double CJK_LINE_SHARE = 0.1;
    /** The first line of a GitHub alert or an Obsidian callout, inside its quote. */
    private static final java.util.regex.Pattern CALLOUT_MARKER =
            java.util.regex.Pattern.compile("\\[![A-Za-z-]{1,20}\\][+-]?(?:\\s.{0,200})?");

    private LineBreakHeuristic() {
    }

    static boolean looksLinePerItem(Document document) {
        int[] counts = new int[4];
        count(document, counts);
        int itemLines = counts[0];
        int allLines = counts[1];
        int cjkLines = counts[2];
        return itemLines >= MIN_ITEM_LINES && itemLines >= ITEM_LINE_SHARE * allLines
                && cjkLines >= CJK_LINE_SHARE * allLines || counts[3] >= MIN_FICTION_LINES;
    }

    private static void count(Node node, int[] counts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                String[] lines = withoutCalloutMarker(child.getChars().trim().toString().split("\n"));
                counts[1] += lines.length;
                for (int i = 1; i < lines.length; i++) {
                    counts[3] += breaksLikeFiction(lines[i - 1], lines[i]) ? 1 : 0;
                }
                if (lines.length > 1 && !hardWrapped(lines)) {
                    counts[0] += lines.length;
                }
                for (String line : lines) {
                    if (line.codePoints().anyMatch(TextStats::isCjk)) {
                        counts[2]++;
                    }
                }
            } else {
                count(child, counts);
            }
        }
    }

    /** A line opening with an ideographic space, or a quote opening a line after the last one closed a sentence. */
    private static boolean breaksLikeFiction(String before, String line) {
        if (line.startsWith("\u3000")) {
            return true;
        }
        String previous = before.stripTrailing();
        return (line.startsWith("「") || line.startsWith("『")) && !previous.isEmpty()
                && "」』。！？!?…".indexOf(previous.charAt(previous.length() - 1)) >= 0;
    }

    /**
     * The lines after a callout's marker line ({@code > [!NOTE]}, {@code > [!tip]- Title}): the marker is the callout's
     * title, not a line of a paragraph written one item per line, and a page of one-line callouts is not notes.
     */
    private static String[] withoutCalloutMarker(String[] lines) {
        return lines.length > 1 && CALLOUT_MARKER.matcher(lines[0].strip()).matches()
                ? java.util.Arrays.copyOfRange(lines, 1, lines.length) : lines;
    }

    /**
     * Wrapped at a column: nearly all lines but the last end near the widest one, or where the next line's first
     * word (a whole markdown link, or one CJK character) would not have fitted.
     */
    static boolean hardWrapped(String[] lines) {
        int max = 0;
        int[] widths = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].strip();
            widths[i] = displayWidth(lines[i]);
            max = Math.max(max, widths[i]);
        }
        if (max < 40) {
            return false;
        }
        int wrapped = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            if (widths[i] >= max * 0.75 || widths[i] + 1 + firstWordWidth(lines[i + 1]) > max) {
                wrapped++;
            }
        }
        return wrapped >= 0.75 * (lines.length - 1);
    }

    private static int firstWordWidth(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        int first = line.codePointAt(0);
        if (TextStats.isCjk(first)) {
            return 2;
        }
        int end = line.indexOf(' ');
        int link = line.startsWith("[") ? line.indexOf("](") : -1;
        if (link > 0 && line.indexOf(')', link) > 0) {
            end = line.indexOf(')', link) + 1;
        }
        return displayWidth(end < 0 ? line : line.substring(0, end));
    }

    /** Columns a line takes in a monospaced editor: CJK characters take two. */
    static int displayWidth(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            width += CjkScript.joinsLines(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
