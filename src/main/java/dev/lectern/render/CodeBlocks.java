package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.Node;

/**
 * Dresses the code blocks of a sanitised article body: each {@code <pre>} goes into a {@code div.code-block} with a
 * "Copy code" button, and a fenced block with a language gets its name as a label and, when the language is known,
 * coloured tokens; lines a Chrome docs fence names ({@code ```js/1-2}) are marked. Labels and the button's words are
 * attributes shown by CSS, so they add nothing to the page's text (which highlights are anchored in). A mermaid
 * block is labelled as a diagram's source; a math block is typeset. Long inline code in a table cell is marked as
 * free to break.
 */
final class CodeBlocks {

    private static final String LANGUAGE_PREFIX = "language-";
    /** A language and the lines to mark, as Chrome docs write them: {@code js/1-2,5}. */
    private static final Pattern MARKED_LINES = Pattern.compile("([a-z0-9+#._-]{1,40})/([0-9][0-9,-]{0,200})");
    /** Runs of marked lines a block gets at most. */
    private static final int MAX_MARKS = 20;
    /** A code line's height in the block's em (the stylesheet's line-height for pre). */
    private static final double LINE = 1.5;
    /** Code in a table cell longer than this may break anywhere. */
    private static final int LONG_CELL_CODE = 30;
    /**
     * Characters of words (not code) from which a cell is a sentence's: its column keeps room for several words a
     * line (a table of commands and their descriptions set the descriptions four characters a line beside code that
     * stays whole; the table now scrolls sideways instead).
     */
    private static final int PROSE_CELL = 10;

    private final CodeHighlighter highlighter = new CodeHighlighter();
    private final boolean colour;

    /** Code blocks dressed, and coloured when {@code colour} (off only to measure what colouring costs). */
    CodeBlocks(boolean colour) {
        this.colour = colour;
    }

    void dress(Element body, PageWords words, MathNodes.Page math) {
        markLongCellCode(body);
        for (Element pre : body.select("pre")) {
            if (pre.parent() != null && pre.parent().hasClass("code-block")) {
                continue;
            }
            Element code = pre.childrenSize() == 1 && pre.child(0).nameIs("code") ? pre.child(0) : null;
            String language = code == null ? null : languageOf(code);
            if ("math".equals(language)) {
                pre.replaceWith(MathNodes.display(code.wholeText(), math));
                continue;
            }
            Element block = new Element("div").addClass("code-block");
            // replaceWith keeps the parent's other children where they are; before() renumbered them all, which made
            // an article of thousands of code blocks quadratic
            pre.replaceWith(block);
            block.appendElement("button").attr("type", "button").addClass("copy-code")
                    .attr("title", words.copyCode()).attr("data-label", words.copyCode());
            block.appendChild(pre);
            if (language == null) {
                continue;
            }
            if ("mermaid".equals(language)) {
                block.addClass("diagram-source").attr("data-lang", "mermaid · " + words.diagram());
                continue;
            }
            Matcher marked = MARKED_LINES.matcher(language);
            if (marked.matches()) {
                code.removeClass(LANGUAGE_PREFIX + language).addClass(LANGUAGE_PREFIX + marked.group(1));
                language = marked.group(1);
                markLines(pre, marked.group(2));
            }
            block.attr("data-lang", language);
            String style = CodeLanguages.styleOf(language);
            if (colour && style != null && highlighter.highlight(code, code.wholeText(), style)) {
                code.addClass("highlighted");
            }
        }
    }

    /**
     * Marks code in table cells longer than {@link #LONG_CELL_CODE} characters as free to break anywhere, and cells of
     * sentences ({@link #PROSE_CELL}) as needing room: one long
     * unbreakable call otherwise sets its column's least width, starving the others (a Chinese description set two
     * characters a line beside it) or pushing the table past the pane. Shorter code (a function's name) stays whole.
     */
    private static void markLongCellCode(Element body) {
        for (Element code : body.select("td code, th code")) {
            if (code.text().length() > LONG_CELL_CODE) {
                code.addClass("long-code");
            }
        }
        for (Element cell : body.select("td, th")) {
            if (ownWords(cell) >= PROSE_CELL) {
                cell.addClass("prose-cell");
            }
        }
    }

    /**
     * The characters of words in a cell's own text: not in its code, and not in a table nested in it (each cell is
     * walked once, however deep raw HTML nests tables), counted up to {@link #PROSE_CELL}.
     */
    private static int ownWords(Element cell) {
        int[] words = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (words[0] >= PROSE_CELL) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && node != cell && (e.normalName().equals("code")
                        || e.normalName().equals("table"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    words[0] += text.text().strip().length();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, cell);
        return words[0];
    }

    /**
     * Marks lines of a block as Chrome docs' fences ask ({@code ```js/1-2,5}): a band behind each run of lines, drawn
     * by the block's background (the text and its anchors stay as they are). The first {@link #MAX_MARKS} runs, lines up
     * to 100,000.
     */
    private static void markLines(Element pre, String lines) {
        List<String> bands = new ArrayList<>();
        for (String run : lines.split(",")) {
            String[] ends = run.split("-", 2);
            if (bands.size() == MAX_MARKS || ends[0].isEmpty() || ends[0].length() > 5
                    || ends.length == 2 && (ends[1].isEmpty() || ends[1].length() > 5)) {
                continue;
            }
            int first = Integer.parseInt(ends[0]);
            int last = ends.length == 2 ? Integer.parseInt(ends[1]) : first;
            if (first >= 1 && last >= first) {
                bands.add("linear-gradient(var(--code-line-mark), var(--code-line-mark)) 0 calc(var(--code-top) + "
                        + (first - 1) * LINE + "em) / 100% " + (last - first + 1) * LINE + "em no-repeat local");
            }
        }
        if (!bands.isEmpty()) {
            pre.addClass("marked-lines").attr("style", "background: " + String.join(", ", bands) + ", var(--code-bg);");
        }
    }

    /** The language named by a {@code language-…} class, lower-cased, or null. */
    static String languageOf(Element code) {
        for (String name : code.classNames()) {
            if (name.startsWith(LANGUAGE_PREFIX) && name.length() > LANGUAGE_PREFIX.length()) {
                return name.substring(LANGUAGE_PREFIX.length()).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
