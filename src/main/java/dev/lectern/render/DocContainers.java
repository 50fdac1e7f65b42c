package dev.lectern.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boxes of documentation generators, rewritten before parsing into the callouts, folds and tabs Lectern draws for
 * the Hugo and Hexo spellings: MkDocs Material's admonitions ({@code !!! note "Title"}, foldable {@code ???} and
 * {@code ???+}) and content tabs ({@code === "Python"}), each with a body indented by four spaces; Docusaurus',
 * VuePress' and VitePress' containers ({@code :::tip Title}, {@code :::warning[Title]}, {@code ::: details Title},
 * nested with more colons) up to their closing {@code :::}. A code fence's opening line is read on the way
 * ({@link FenceInfo}). Fenced code is left as written. One walk of the lines a nesting level; indented bodies nest at
 * most {@link #MAX_DEPTH} deep and containers {@link #MAX_OPEN}, past which their marks stay text.
 */
final class DocContainers {

    /** How deep indented admonitions and tabs nest before their marks are text: each level walks its body again. */
    static final int MAX_DEPTH = 8;
    /** How many colon containers may be open at once. */
    static final int MAX_OPEN = 16;
    /** A line longer than this marks nothing. */
    private static final int MAX_MARK_LINE = 600;

    /** MkDocs' types are lower case: a line of prose such as {@code !!! Do not do this} is no box. */
    private static final Pattern ADMONITION = Pattern.compile(
            "(!!!|\\?\\?\\?\\+?)[ \\t]+([a-z][\\w-]{0,40})((?:[ \\t]{1,10}[\\w-]{1,40}){0,4})[ \\t]{0,10}(?:\"([^\"]{0,300})\")?[ \\t]*");
    private static final Pattern TAB = Pattern.compile("===([!+]{0,2})[ \\t]+\"([^\"]{0,300})\"[ \\t]*");
    private static final Pattern CONTAINER = Pattern.compile(" {0,3}(:{3,20})[ \\t]*([A-Za-z][\\w-]{0,40})?[ \\t]*(.{0,400})");
    private static final Pattern CONTAINER_END = Pattern.compile(" {0,3}(:{3,20})[ \\t]*");
    /** Quarto's and pandoc's callout div: {@code ::: {.callout-note}}. */
    private static final Pattern PANDOC_CALLOUT = Pattern.compile("\\{\\s*\\.callout-([\\w-]{1,40})[^}]{0,200}}(.*)");
    private static final Pattern FENCE = Pattern.compile("([ \\t]{0,16})(`{3,}|~{3,})(.{0,1000})");
    /** A container's words that end with its own closing colons. */
    private static final Pattern ONE_LINE = Pattern.compile("(.{1,400}?)[ \\t]:{3,20}[ \\t]*");
    /** The containers that are boxes; others ({@code v-pre}, {@code code-group}) only lose their marks. */
    private static final Set<String> BOXES = Set.of("note", "tip", "info", "warning", "caution", "danger", "important",
            "success", "secondary", "hint", "attention", "error", "question", "example", "quote", "abstract", "bug",
            "failure", "todo", "tldr", "summary", "check", "done", "help", "faq", "fail", "missing", "cite");

    private DocContainers() {
    }

    /** Whether the markdown may hold any of it; most articles hold fenced code at most. */
    static boolean mayHave(String markdown) {
        return markdown.contains("[[toc]]") || markdown.contains("!!!") || markdown.contains("???") || markdown.contains(":::")
                || markdown.contains("===") || markdown.contains("```") || markdown.contains("~~~");
    }

    static String rewrite(String markdown) {
        return rewrite(markdown, false);
    }

    /**
     * The same; with vault false (a site's page, not a notes vault's note, where {@code [[toc]]} links to a note
     * named toc), VuePress' {@code [[toc]]} alone on its line is a table of contents, as {@code [TOC]} is.
     */
    static String rewrite(String markdown, boolean vault) {
        List<String> lines = List.of(markdown.split("\n", -1));
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        level(lines, 0, vault, out);
        out.setLength(out.length() - 1); // the line break the last line did not have
        return out.toString();
    }

    /** Writes one nesting level's lines, each followed by a line break. */
    private static void level(List<String> lines, int depth, boolean vault, StringBuilder out) {
        Deque<String> open = new ArrayDeque<>(); // what closes each container, innermost first
        Deque<Integer> colons = new ArrayDeque<>();
        String fence = null;
        boolean inTabs = false;
        int lastEnd = lastContainerEnd(lines);
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (fence != null) {
                out.append(line).append('\n');
                if (closesFence(bare, fence)) {
                    fence = null;
                }
                i++;
                continue;
            }
            if (inTabs && !bare.isBlank() && !bare.startsWith("===")) {
                out.append(ThemeFolds.TABS_CLOSE);
                inTabs = false;
            }
            Matcher m;
            if (bare.length() > MAX_MARK_LINE) {
                out.append(line).append('\n');
            } else if (!vault && "[[toc]]".equalsIgnoreCase(bare.strip())) {
                out.append("[TOC]\n");
            } else if ((m = FENCE.matcher(bare)).matches() && !(m.group(2).charAt(0) == '`' && m.group(3).contains("`"))) {
                fence = m.group(2);
                out.append(FenceInfo.opening(m.group(1), m.group(2), m.group(3))).append('\n');
            } else if (depth < MAX_DEPTH && (m = ADMONITION.matcher(bare)).matches()) {
                int end = bodyEnd(lines, i + 1);
                admonition(m, lines.subList(i + 1, end), depth, vault, out);
                i = end;
                continue;
            } else if (depth < MAX_DEPTH && (m = TAB.matcher(bare)).matches()) {
                if (inTabs && m.group(1).contains("!")) {
                    out.append(ThemeFolds.TABS_CLOSE);
                    inTabs = false;
                }
                if (!inTabs) {
                    out.append(ThemeFolds.tabsOpen());
                    inTabs = true;
                }
                int end = bodyEnd(lines, i + 1);
                out.append(ThemeFolds.tabOpen(m.group(2)));
                level(outdented(lines.subList(i + 1, end)), depth + 1, vault, out);
                out.append(ThemeFolds.TAB_CLOSE);
                i = end;
                continue;
            } else if (!open.isEmpty() && (m = CONTAINER_END.matcher(bare)).matches()
                    && m.group(1).length() >= colons.peek()) {
                colons.pop();
                out.append(open.pop());
            } else if (open.size() < MAX_OPEN && (m = CONTAINER.matcher(bare)).matches()
                    && (m.group(2) != null || PANDOC_CALLOUT.matcher(m.group(3)).matches())
                    && (i < lastEnd || m.group(2) != null && ONE_LINE.matcher(m.group(3)).matches())) {
                Matcher oneLine = ONE_LINE.matcher(m.group(3));
                if (m.group(2) != null && oneLine.matches()) {
                    // ":::note text :::" run together on one line (as a copy of a Docusaurus page has it): a box of the text
                    String close = container(m.group(2), "", out);
                    out.append(oneLine.group(1).strip()).append('\n').append(close);
                } else {
                    colons.push(m.group(1).length());
                    open.push(container(m.group(2), m.group(3), out));
                }
            } else {
                out.append(line).append('\n');
            }
            i++;
        }
        if (fence != null) {
            out.append(fence).append('\n'); // a box's end ends the code in it, as on the site
        }
        while (!open.isEmpty()) {
            out.append(open.pop());
        }
        if (inTabs) {
            out.append(ThemeFolds.TABS_CLOSE);
        }
    }

    /**
     * The index of the last line that could close a colon container, or -1: a container with no such line after it is
     * text (a stray {@code :::note} would otherwise box the rest of the page). Fences aside, which a container rarely
     * ends inside.
     */
    private static int lastContainerEnd(List<String> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) {
            String line = lines.get(k);
            if (line.length() <= MAX_MARK_LINE && CONTAINER_END.matcher(line.strip()).matches()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean closesFence(String line, String fence) {
        String stripped = line.strip();
        if (stripped.length() < fence.length() || stripped.charAt(0) != fence.charAt(0)) {
            return false;
        }
        for (int k = 0; k < stripped.length(); k++) {
            if (stripped.charAt(k) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Where the indented body after a mark ends: at the first line indented less, blank lines before it left out. */
    private static int bodyEnd(List<String> lines, int from) {
        int end = from;
        for (int k = from; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith("    ") && !line.startsWith("\t")) {
                break;
            }
            end = k + 1;
        }
        return end;
    }

    /** The lines with one level of indentation (four spaces or a tab) taken off. */
    private static List<String> outdented(List<String> lines) {
        List<String> body = new ArrayList<>(lines.size());
        for (String line : lines) {
            body.add(line.startsWith("    ") ? line.substring(4) : line.startsWith("\t") ? line.substring(1) : line.strip());
        }
        return body;
    }

    /** An MkDocs admonition: a box (a fold for {@code ???}, open for {@code ???+}) with its title and its body. */
    private static void admonition(Matcher m, List<String> body, int depth, boolean vault, StringBuilder out) {
        String type = m.group(2);
        String title = m.group(4) == null ? Callouts.defaultTitle(type) : m.group(4).strip();
        String classes = "callout " + Callouts.obsidianClassesOf(type);
        boolean foldable = m.group(1).startsWith("?");
        if (foldable) {
            out.append("\n<details class=\"").append(classes).append('"').append(m.group(1).endsWith("+") ? " open" : "")
                    .append(">\n<summary class=\"callout-title\">")
                    .append(Html.escape(title.isEmpty() ? Callouts.defaultTitle(type) : title)).append("</summary>\n\n");
        } else {
            out.append("\n<div class=\"").append(classes).append("\">\n");
            if (!title.isEmpty()) { // MkDocs' {@code !!! info ""}: a box without a title
                out.append("<div class=\"callout-title\">").append(Html.escape(title)).append("</div>\n");
            }
            out.append('\n');
        }
        level(outdented(body), depth + 1, vault, out);
        out.append(foldable ? "\n</details>\n\n" : SiteTags.calloutClose());
    }

    /** Writes a colon container's opening; returns what closes it. */
    private static String container(String name, String rest, StringBuilder out) {
        String type = name == null ? null : name.toLowerCase(java.util.Locale.ROOT);
        String title = rest.strip();
        if (type == null) { // {.callout-note} and what follows it
            Matcher pandoc = PANDOC_CALLOUT.matcher(title);
            pandoc.matches();
            type = pandoc.group(1).toLowerCase(java.util.Locale.ROOT);
            title = pandoc.group(2).strip();
        }
        if (title.startsWith("[")) { // Docusaurus' :::warning[Title]
            int close = title.indexOf(']');
            title = close < 0 ? title.substring(1) : title.substring(1, close);
        }
        title = title.replaceFirst("\\{[^}]{0,200}}\\s*$", "").strip(); // attributes: {#id .class}
        if ("details".equals(type)) {
            out.append(SiteTags.detailsOpen(title, false));
            return SiteTags.detailsClose();
        }
        if (!BOXES.contains(type)) {
            out.append('\n');
            return "\n";
        }
        out.append("\n<div class=\"callout ").append(Callouts.classesOf(type)).append("\">\n<div class=\"callout-title\">")
                .append(Html.escape(title.isEmpty() ? Callouts.defaultTitle(type) : title)).append("</div>\n\n");
        return SiteTags.calloutClose();
    }
}
