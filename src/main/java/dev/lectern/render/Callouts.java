package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Callouts: GitHub alerts ({@code > [!NOTE]}) and Obsidian callouts ({@code > [!tip]- Title}, foldable with
 * {@code +}/{@code -}, metadata after a pipe as in {@code [!danger|wide]}) become {@code div.callout} (or
 * {@code details.callout} when foldable) with a title, the whole first line with its formatting and links. The five
 * GitHub words written in capitals look as GitHub shows them (note, tip, important, warning, caution); any other
 * spelling falls into one of Obsidian's families (note, abstract, info, todo, tip, success, question, warning,
 * failure, danger, bug, example, quote), which the CSS colours and marks with Obsidian's icon.
 */
final class Callouts {

    private static final Pattern MARKER = Pattern.compile(
            "\\A\\s*\\[!([\\w-]{1,30})(?:\\|([\\w -]{0,60}))?]([+-]?)[ \\t]*");
    private static final Set<String> GITHUB = Set.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");
    /** Obsidian's default callout types and their aliases; an unknown type is a note, as in Obsidian. */
    private static final Map<String, String> OBSIDIAN = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("abstract", "abstract"), Map.entry("summary", "abstract"),
            Map.entry("tldr", "abstract"), Map.entry("info", "info"), Map.entry("todo", "todo"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("important", "tip"),
            Map.entry("success", "success"), Map.entry("check", "success"), Map.entry("done", "success"),
            Map.entry("question", "question"), Map.entry("help", "question"), Map.entry("faq", "question"),
            Map.entry("warning", "warning"), Map.entry("caution", "warning"), Map.entry("attention", "warning"),
            Map.entry("failure", "failure"), Map.entry("fail", "failure"), Map.entry("missing", "failure"),
            Map.entry("danger", "danger"), Map.entry("error", "danger"), Map.entry("bug", "bug"),
            Map.entry("example", "example"), Map.entry("quote", "quote"), Map.entry("cite", "quote"));
    /** The site generators' words (Hexo, Hugo, GitBook, Chrome docs) that read as GitHub's five alerts. */
    private static final Map<String, String> SITE = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("tip", "tip"), Map.entry("hint", "tip"),
            Map.entry("important", "important"), Map.entry("objective", "important"),
            Map.entry("key-term", "important"), Map.entry("codelab", "important"), Map.entry("primary", "important"),
            Map.entry("warning", "warning"), Map.entry("warn", "warning"), Map.entry("attention", "warning"),
            Map.entry("gotchas", "warning"),
            Map.entry("caution", "caution"), Map.entry("danger", "caution"), Map.entry("error", "caution"));

    private Callouts() {
    }

    /** The classes of a site generator's callout of this type (or a GitHub alert's): its family and the type itself. */
    static String classesOf(String type) {
        String clean = clean(type);
        String family = SITE.getOrDefault(clean, OBSIDIAN.getOrDefault(clean, "note"));
        return "callout-" + family + (clean.isEmpty() ? "" : " callout-type-" + clean);
    }

    /** The classes of an Obsidian callout of this type: Obsidian's family and the type itself. */
    static String obsidianClassesOf(String type) {
        String clean = clean(type);
        return "callout-obsidian callout-" + OBSIDIAN.getOrDefault(clean, "note")
                + (clean.isEmpty() ? "" : " callout-type-" + clean);
    }

    private static String clean(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }

    /** The title a callout shows when the author gave none: its type, capitalised ("key-term" → "Key term"). */
    static String defaultTitle(String type) {
        String words = type.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "Note"
                : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Turns every blockquote that starts with a {@code [!type]} marker into a callout. */
    static void convert(Element body) {
        for (Element quote : body.select("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.nameIs("p") || !(first.childNodeSize() > 0
                    && first.childNode(0) instanceof TextNode text)) {
                continue;
            }
            Matcher marker = MARKER.matcher(text.getWholeText());
            if (!marker.find()) {
                continue;
            }
            text.text(text.getWholeText().substring(marker.end()));
            List<Node> title = firstLine(first);
            dropLeadingBreak(first);
            String type = marker.group(1);
            boolean foldable = !marker.group(3).isEmpty();
            Element callout = new Element(foldable ? "details" : "div").attr("class", "callout "
                    + (GITHUB.contains(type) ? classesOf(type) : obsidianClassesOf(type)) + metaClasses(marker.group(2)));
            if ("+".equals(marker.group(3))) {
                callout.attr("open", true);
            }
            Element heading = callout.appendElement(foldable ? "summary" : "div").addClass("callout-title");
            if (title.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
                heading.text(defaultTitle(type));
            } else {
                heading.appendChildren(title);
                trim(heading);
            }
            if (first.text().isBlank() && first.select("img").isEmpty()) {
                first.remove();
            }
            callout.appendChildren(new ArrayList<>(quote.childNodes()));
            quote.replaceWith(callout);
        }
    }

    /** Obsidian's metadata after the pipe ({@code [!note|wide]}), kept as classes a theme may style. */
    private static String metaClasses(String meta) {
        StringBuilder classes = new StringBuilder();
        if (meta != null) {
            for (String word : meta.strip().split("\\s+")) {
                String clean = clean(word);
                if (!clean.isEmpty()) {
                    classes.append(" callout-meta-").append(clean);
                }
            }
        }
        return classes.toString();
    }

    /**
     * Takes the paragraph's nodes up to its first line break out of it: the title, formatting and links included.
     * A formatted run that itself spans the break stays in the body.
     */
    private static List<Node> firstLine(Element paragraph) {
        List<Node> line = new ArrayList<>();
        for (Node node : new ArrayList<>(paragraph.childNodes())) {
            if (node instanceof TextNode t) {
                int end = t.getWholeText().indexOf('\n');
                if (end >= 0) {
                    t.splitText(end);
                    line.add(t);
                    break;
                }
            } else if (node instanceof Element e && (e.nameIs("br") || e.wholeText().indexOf('\n') >= 0)) {
                break;
            }
            line.add(node);
        }
        line.forEach(Node::remove);
        return line;
    }

    private static void trim(Element heading) {
        if (heading.childNode(0) instanceof TextNode head) {
            head.text(head.getWholeText().stripLeading());
        }
        if (heading.childNode(heading.childNodeSize() - 1) instanceof TextNode tail) {
            tail.text(tail.getWholeText().stripTrailing());
        }
    }

    private static void dropLeadingBreak(Element paragraph) {
        while (paragraph.childNodeSize() > 0) {
            Node head = paragraph.childNode(0);
            if (head instanceof TextNode t && t.isBlank() || head instanceof Element e && e.nameIs("br")) {
                head.remove();
            } else {
                if (head instanceof TextNode t) {
                    t.text(t.getWholeText().stripLeading());
                }
                return;
            }
        }
    }
}
