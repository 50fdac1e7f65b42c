package dev.lectern.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A display environment written without {@code $$} on lines of its own ({@code \begin{align} … \end{align}}, and
 * {@code equation}, {@code gather}, {@code multline}, {@code eqnarray}, {@code alignat}, {@code flalign}, starred or
 * not): MathJax (its processEnvironments) and KaTeX's auto-render typeset it as a displayed formula, where markdown
 * read it as a paragraph of TeX and ate one backslash of each {@code \\}. It is put between {@code $$} lines, so that
 * it is read as any display formula is, its {@code \\} kept. Outside code; not inside a formula already opened by
 * {@code $$} or {@code \[}; at most 2,000 characters and no blank line (each paragraph is its own text to MathJax).
 */
final class TexEnvironments {

    private static final Pattern ENVIRONMENT = Pattern.compile("(?m)^[ \\t]{0,3}\\\\begin\\{"
            + "(align|equation|gather|multline|eqnarray|alignat|flalign)(\\*?)}[^$]{0,2000}?\\\\end\\{\\1\\2}[ \\t]*$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern OPENED = Pattern.compile("\\$\\$|\\\\\\[|\\\\]");

    private TexEnvironments() {
    }

    /** Whether the text may hold such an environment (a quick check before the parse it costs). */
    static boolean mayHave(String markdown) {
        return markdown.contains("\\begin{");
    }

    /** The text with each such environment outside the code ranges (sorted {start, end}) between {@code $$} lines. */
    static String rewrite(String markdown, List<int[]> codeRanges) {
        Matcher m = ENVIRONMENT.matcher(markdown);
        StringBuilder out = null;
        int copied = 0;
        int code = 0;
        while (m.find()) {
            while (code < codeRanges.size() && codeRanges.get(code)[1] <= m.start()) {
                code++;
            }
            if (code < codeRanges.size() && codeRanges.get(code)[0] < m.end()
                    || BLANK_LINE.matcher(m.group()).find() || insideFormula(markdown, m.start())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(markdown.length() + 64);
            }
            out.append(markdown, copied, m.start()).append("$$\n").append(m.group().strip()).append("\n$$");
            copied = m.end();
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }

    /** Whether a {@code $$} or {@code \[} earlier in the paragraph leaves a formula open at {@code at}. */
    private static boolean insideFormula(String markdown, int at) {
        int paragraph = Math.max(0, at - 4_000);
        Matcher blank = BLANK_LINE.matcher(markdown).region(paragraph, at);
        while (blank.find()) {
            paragraph = blank.end();
        }
        boolean dollars = false;
        boolean bracket = false;
        Matcher opened = OPENED.matcher(markdown).region(paragraph, at);
        while (opened.find()) {
            String mark = opened.group();
            if (mark.equals("$$")) {
                dollars = !dollars;
            } else {
                bracket = mark.equals("\\[");
            }
        }
        return dollars || bracket;
    }
}
