package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code fence's title and marked lines as documentation generators write them after its language: MkDocs'
 * {@code python title="app.py" hl_lines="2 3"}, Docusaurus' {@code jsx title="Hello.js" {2,4-5}}, Hugo's
 * {@code go {title="main.go", hl_lines=[2]}}, VitePress' {@code ts [config.ts]} and {@code js{4}}, Qiita's and Zenn's
 * {@code js:src/index.js}. The title becomes the caption over the block that Hexo's {@code codeblock} gets
 * ({@code p.code-label}), the lines Chrome docs' {@code js/2,4-5} spelling, which {@link CodeBlocks} marks; the fence
 * keeps its language for colouring.
 */
final class FenceInfo {

    private static final Pattern LANGUAGE = Pattern.compile("[\\w#+.-]{1,40}");
    private static final Pattern TITLE = Pattern.compile(
            "\\btitle\\s{0,5}=\\s{0,5}(?:\"([^\"]{0,300})\"|'([^']{0,300})'|([^\\s,}\"']{1,300}))");
    private static final Pattern BRACKET_TITLE = Pattern.compile("\\A\\s{0,10}\\[([^\\]]{1,300})]");
    private static final Pattern HL_LINES = Pattern.compile(
            "\\bhl_lines\\s{0,5}=\\s{0,5}(?:\"([^\"]{0,200})\"|'([^']{0,200})'|\\[([^\\]]{0,200})]|(\\d[\\d -]{0,100}))");
    /** Docusaurus' and VitePress' {@code {2,4-5}}: only line numbers between the braces. */
    private static final Pattern LINE_BRACES = Pattern.compile("\\{([\\d,\\s-]{1,200})}");
    private static final Pattern RUN = Pattern.compile("\\d{1,5}(?:-\\d{1,5})?");
    /** MkDocs' attribute-list fence: {@code { .python title="x" }}. */
    private static final Pattern ATTRIBUTE_FENCE = Pattern.compile("\\{\\s{0,10}\\.([\\w#+-]{1,40})([^}]{0,500})}\\s*");

    private FenceInfo() {
    }

    /**
     * The fence's opening line as the parser should read it, after a caption line when it has a title; as written
     * when its info names neither a title nor lines.
     */
    static String opening(String indent, String marker, String info) {
        String text = info.strip();
        String language;
        String rest;
        String title = null;
        Matcher attributes = ATTRIBUTE_FENCE.matcher(text);
        Matcher word = LANGUAGE.matcher(text);
        if (attributes.matches()) {
            language = attributes.group(1);
            rest = attributes.group(2);
        } else if (word.lookingAt()) {
            language = word.group();
            rest = text.substring(word.end());
            if (rest.startsWith(":") && rest.length() > 1) { // Qiita's and Zenn's js:src/index.js
                title = rest.substring(1).strip();
                rest = "";
            }
        } else {
            return indent + marker + info;
        }
        if (title == null) {
            title = titleOf(rest);
        }
        String lines = linesOf(rest);
        if (title == null && lines.isEmpty() && !attributes.matches() && !rest.startsWith("{")) {
            return indent + marker + info; // Chrome docs' js/1-2, a plain language, or options Lectern has no use for
        }
        String opening = indent + marker + (lines.isEmpty() ? language : language.toLowerCase(Locale.ROOT) + "/" + lines);
        return title == null || title.isEmpty() ? opening
                : "\n" + indent + "<p class=\"code-label\">" + Html.escape(title) + "</p>\n\n" + opening;
    }

    private static String titleOf(String rest) {
        Matcher bracket = BRACKET_TITLE.matcher(rest);
        if (bracket.lookingAt()) {
            return bracket.group(1).strip();
        }
        Matcher title = TITLE.matcher(rest);
        if (!title.find()) {
            return null;
        }
        return (title.group(1) != null ? title.group(1) : title.group(2) != null ? title.group(2) : title.group(3)).strip();
    }

    /**
     * The lines to mark as Chrome docs spell them ({@code 2,4-5}), or "": from {@code hl_lines} in any of its
     * spellings (Hugo's {@code "linenos=table,hl_lines=2 4-5"} too) or Docusaurus' {@code {2,4-5}}.
     */
    static String linesOf(String rest) {
        Matcher hl = HL_LINES.matcher(rest);
        String spec = null;
        if (hl.find()) {
            for (int g = 1; g <= 4 && spec == null; g++) {
                spec = hl.group(g);
            }
        } else {
            Matcher braces = LINE_BRACES.matcher(rest);
            spec = braces.find() ? braces.group(1) : null;
        }
        if (spec == null) {
            return "";
        }
        List<String> runs = new ArrayList<>();
        Matcher run = RUN.matcher(spec);
        while (run.find() && runs.size() < 40) {
            runs.add(run.group());
        }
        return String.join(",", runs);
    }
}
