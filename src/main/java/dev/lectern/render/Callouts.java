package dev.lectern.render;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Callouts: GitHub alerts ({@code > [!NOTE]}) and Obsidian callouts ({@code > [!tip]- Title}, foldable with
 * {@code +}/{@code -}) become {@code div.callout} (or {@code details.callout} when foldable) with a title; every
 * type falls into one of five families (note, tip, important, warning, caution) that the CSS colours and marks
 * with an icon.
 */
final class Callouts {

    private static final Pattern MARKER = Pattern.compile("\\A\\s*\\[!([\\w-]{1,30})]([+-]?)[ \\t]*([^\\n]*)\\n?");
    private static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"),
            Map.entry("check", "tip"), Map.entry("done", "tip"), Map.entry("example", "tip"),
            Map.entry("important", "important"), Map.entry("objective", "important"),
            Map.entry("key-term", "important"), Map.entry("codelab", "important"), Map.entry("question", "important"),
            Map.entry("help", "important"), Map.entry("faq", "important"), Map.entry("primary", "important"),
            Map.entry("warning", "warning"), Map.entry("warn", "warning"), Map.entry("attention", "warning"),
            Map.entry("gotchas", "warning"), Map.entry("todo", "warning"),
            Map.entry("caution", "caution"), Map.entry("danger", "caution"), Map.entry("error", "caution"),
            Map.entry("bug", "caution"), Map.entry("failure", "caution"), Map.entry("fail", "caution"),
            Map.entry("missing", "caution"));

    private Callouts() {
    }

    /** The classes of a callout of this type: its family and the type itself. */
    static String classesOf(String type) {
        String clean = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return "callout-" + FAMILIES.getOrDefault(clean, "note") + (clean.isEmpty() ? "" : " callout-type-" + clean);
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
            dropLeadingBreak(first);
            String type = marker.group(1);
            String title = marker.group(3).isBlank() ? defaultTitle(type) : marker.group(3).strip();
            boolean foldable = !marker.group(2).isEmpty();
            Element callout = new Element(foldable ? "details" : "div")
                    .attr("class", "callout " + classesOf(type));
            if ("+".equals(marker.group(2))) {
                callout.attr("open", true);
            }
            callout.appendElement(foldable ? "summary" : "div").addClass("callout-title").text(title);
            if (first.text().isBlank() && first.select("img").isEmpty()) {
                first.remove();
            }
            callout.appendChildren(new java.util.ArrayList<>(quote.childNodes()));
            quote.replaceWith(callout);
        }
    }

    private static void dropLeadingBreak(Element paragraph) {
        while (paragraph.childNodeSize() > 0) {
            Node head = paragraph.childNode(0);
            if (head instanceof TextNode t && t.isBlank() || head instanceof Element e && e.nameIs("br")) {
                head.remove();
            } else {
                return;
            }
        }
    }
}
