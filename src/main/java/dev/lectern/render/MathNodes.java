package dev.lectern.render;

import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Formulas through the markdown parser: {@link SourceRewriter} swaps each for a private-use placeholder (so that
 * markdown never touches its {@code _} and {@code *}), and {@link #typeset} puts the SVG in its place in the
 * sanitised body. A formula adds no text to the page (anchors skip it); one that does not parse shows its
 * source in a {@code code.math-error} box.
 */
final class MathNodes {

    /** Formulas typeset per article; later ones show their source (each new one costs milliseconds of layout). */
    static final int MAX_TYPESET = 1_000;

    private static final char INLINE = '\uE000';
    private static final char DISPLAY = '\uE002';
    private static final char END = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile("([\\uE000\\uE002])(\\d{1,6})\\uE001");

    private MathNodes() {
    }

    /** Adds the formula to the list and returns its placeholder. */
    static String placeholder(List<String> formulas, String tex, boolean display) {
        formulas.add(tex.strip());
        return (display ? DISPLAY : INLINE) + Integer.toString(formulas.size() - 1) + END;
    }

    /** Replaces every placeholder in the body's text with its typeset formula, and in attributes with its TeX. */
    static void typeset(Element body, List<String> formulas, MathRenderer math) {
        if (formulas.isEmpty()) {
            return;
        }
        headings(body, formulas);
        List<TextNode> holders = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && PLACEHOLDER.matcher(text.getWholeText()).find()) {
                holders.add(text);
            }
            if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    attribute.setValue(source(attribute.getValue(), formulas));
                }
            }
        }, body);
        for (TextNode holder : holders) {
            replace(holder, formulas, math);
        }
    }

    /**
     * A heading with a formula: its id made from the formula's TeX, as the site's slug is ({@code ## With $O(n \\log n)$}
     * is {@code #with-on-log-n}, not the placeholder's number), the links to it following; and its words for the outline
     * with the TeX in place ({@link #OUTLINE}), since the typeset formula holds no text.
     */
    private static void headings(Element body, List<String> formulas) {
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            String text = heading.text();
            if (text.indexOf(END) < 0) {
                continue;
            }
            String tex = source(text, formulas);
            heading.attr(OUTLINE, tex.strip());
            String id = heading.id();
            String placeholderSlug = HeaderIdGenerator.generateId(text, " -_", "", false, true);
            if (!id.isEmpty() && !placeholderSlug.isEmpty() && id.startsWith(placeholderSlug)) {
                String slug = HeaderIdGenerator.generateId(tex, " -_", "", false, true) + id.substring(placeholderSlug.length());
                heading.id(slug);
                for (Element link : body.getElementsByAttributeValue("href", "#" + id)) {
                    link.attr("href", "#" + slug);
                }
            }
        }
    }

    /** The attribute holding a heading's words with its formulas' TeX, for the outline. */
    static final String OUTLINE = "data-outline";

    /** A display formula element for a {@code ```math} block. */
    static Element display(String tex, MathRenderer math) {
        return formula(tex.strip(), true, math);
    }

    private static void replace(TextNode holder, List<String> formulas, MathRenderer math) {
        String text = holder.getWholeText();
        Matcher m = PLACEHOLDER.matcher(text);
        List<Node> parts = new ArrayList<>();
        int copied = 0;
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            if (index >= formulas.size()) {
                continue;
            }
            if (m.start() > copied) {
                parts.add(new TextNode(text.substring(copied, m.start())));
            }
            boolean display = m.group(1).charAt(0) == DISPLAY;
            parts.add(index < MAX_TYPESET ? formula(formulas.get(index), display, math)
                    : untypeset(formulas.get(index), display));
            copied = m.end();
        }
        if (copied < text.length()) {
            parts.add(new TextNode(text.substring(copied)));
        }
        ReadingTextNodes.replace(holder, parts);
    }

    /** A formula past {@link #MAX_TYPESET}: its source as code, so a page of thousands of formulas still opens. */
    private static Element untypeset(String tex, boolean display) {
        return new Element("code").addClass("math-source").addClass(display ? "math-display" : "math-inline").text(tex);
    }

    private static Element formula(String tex, boolean display, MathRenderer math) {
        String svg = math.svg(tex, display);
        if (svg == null) {
            return new Element("code").addClass("math-error").addClass(display ? "math-display" : "math-inline")
                    .text(tex);
        }
        Element span = new Element("span").addClass("math").addClass(display ? "math-display" : "math-inline");
        span.appendChild(new DataNode(svg));
        return span;
    }

    private static String source(String value, List<String> formulas) {
        if (value.indexOf(END) < 0) {
            return value;
        }
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(index < formulas.size() ? formulas.get(index) : ""));
        }
        return m.appendTail(out).toString();
    }
}
