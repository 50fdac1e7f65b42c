package dev.lectern.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pipe tables that flexmark reads as something else, read as the sites they come from show them.
 * <ul>
 * <li>Without a header row: Jekyll's kramdown makes a table of any block of lines that start and end with {@code |},
 * with or without a {@code |---|} line under its first row; GFM leaves such a block a paragraph of pipes (25 Jekyll
 * posts of corpus B showed their tables so). A separator line goes before such a block: the table extension reads it
 * as a table of no header rows, every row a body row, as on the site.</li>
 * <li>Followed at once by {@code ---}: flexmark makes the whole table a heading underlined by it; GitHub and the
 * sites end the table there and draw a rule. A blank line goes before the rule.</li>
 * <li>Right under a line of text ({@code * **用户画像表**} then the table, indented): flexmark keeps it all one
 * paragraph; GitHub ends the paragraph at the table's header row. A blank line goes before the header row.</li>
 * </ul>
 */
final class PipeTables {

    private static final Pattern ROW = Pattern.compile("[ \\t]*\\|.*\\|[ \\t]*");

    private PipeTables() {
    }

    /** The markdown with those tables made plain to the table extension; the same string when there are none. */
    static String repair(String markdown, Node document) {
        TreeMap<Integer, String> inserts = new TreeMap<>();
        collect(markdown, document, inserts);
        if (inserts.isEmpty()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + inserts.size() * 64);
        int copied = 0;
        for (var insert : inserts.entrySet()) {
            out.append(markdown, copied, insert.getKey()).append(insert.getValue());
            copied = insert.getKey();
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }

    /**
     * A pipe escaped inside a markdown table's code ({@code | `a \| b` |}) is a pipe, as GFM reads it: the escape only
     * keeps the cell from ending there. flexmark keeps the backslash in code; tables written as HTML keep theirs.
     */
    static void unescapeCodePipes(Element body) {
        for (Element code : body.select("table.table td code, table.table th code")) {
            for (org.jsoup.nodes.TextNode text : code.textNodes()) {
                if (text.getWholeText().contains("\\|")) {
                    text.text(text.getWholeText().replace("\\|", "|"));
                }
            }
        }
    }

    /** Removes the empty head a table of no header rows is written with. */
    static void dropEmptyHeads(Element body) {
        for (Element head : body.select("thead")) {
            if (head.childrenSize() == 0) {
                head.remove();
            }
        }
    }

    private static void collect(String markdown, Node node, TreeMap<Integer, String> inserts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                List<BasedSequence> contentLines = paragraph.getContentLines();
                List<String> lines = new ArrayList<>();
                contentLines.forEach(line -> lines.add(line.trimEOL().toString()));
                int header = tableAfterText(lines);
                if (header > 0) {
                    int start = contentLines.get(header).getStartOffset();
                    int lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
                    inserts.merge(lineStart, markdown.substring(lineStart, start).strip() + "\n", String::concat);
                } else {
                    addSeparator(markdown, contentLines.get(0).getStartOffset(), lines, inserts);
                }
            } else if (child instanceof Heading heading && heading.isSetextHeading()) {
                BasedSequence text = heading.getText();
                List<String> lines = List.of(markdown.substring(text.getStartOffset(), text.getEndOffset()).split("\n"));
                if (lines.size() >= 2 && lines.stream().allMatch(line -> ROW.matcher(line).matches())) {
                    int underline = markdown.lastIndexOf('\n', heading.getClosingMarker().getStartOffset()) + 1;
                    inserts.merge(underline, "\n", String::concat);
                    addSeparator(markdown, text.getStartOffset(), lines, inserts);
                }
            } else {
                collect(markdown, child, inserts);
            }
        }
    }

    /**
     * Where a table starts inside a paragraph, under its text: a header row, a separator and rows to the end (GitHub
     * ends the paragraph there; flexmark leaves it all text); 0 for none.
     */
    private static int tableAfterText(List<String> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (ROW.matcher(lines.get(i)).matches() && isSeparator(lines.get(i + 1))) {
                for (int j = i + 2; j < lines.size(); j++) {
                    if (!ROW.matcher(lines.get(j)).matches()) {
                        return 0;
                    }
                }
                return ROW.matcher(lines.get(i - 1)).matches() ? 0 : i;
            }
        }
        return 0;
    }

    /** Adds a separator line before the lines starting at contentStart when they are two or more rows without one. */
    private static void addSeparator(String markdown, int contentStart, List<String> lines,
                                     TreeMap<Integer, String> inserts) {
        if (lines.size() < 2 || lines.stream().anyMatch(line -> !ROW.matcher(line).matches() || isSeparator(line))) {
            return;
        }
        int lineStart = markdown.lastIndexOf('\n', contentStart - 1) + 1;
        String prefix = markdown.substring(lineStart, contentStart);
        if (!prefix.chars().allMatch(c -> c == ' ' || c == '\t' || c == '>')) {
            return; // a list item's first line: its marker cannot be repeated
        }
        // one column is enough: the rows keep all their cells
        inserts.merge(lineStart, prefix + "|-|\n", String::concat);
    }

    /** A separator row ({@code |---|:--:|}): pipes, dashes, colons and blanks only, and a dash (a loop: rows are long). */
    private static boolean isSeparator(String line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }
}
