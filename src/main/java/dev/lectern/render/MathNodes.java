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
 * source in a {@code code.math-error} box, whose tooltip names what could not be read. The page's macros are its own
 * ({@link TexMacros}), defined by its formulas in order; KaTeX's TeX that JLaTeXMath lacks is rewritten
 * ({@link TexCompat}), and a display formula's {@code \tag} is set at the right margin.
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

    /** One page's formulas: the shared renderer, the page's own macros, and the words of its error boxes. */
    record Page(MathRenderer renderer, TexMacros macros, PageWords words) {
        Page(MathRenderer renderer, PageWords words) {
            this(renderer, new TexMacros(), words);
        }
    }

    /** Replaces every placeholder in the body's text with its typeset formula, and in attributes with its TeX. */
    static void typeset(Element body, List<String> formulas, Page math) {
        if (formulas.isEmpty()) {
            return;
        }
        headings(body, formulas);
        // the definitions in source order, before the formulas are put in document order
        List<TexMacros.Expanded> expanded = new ArrayList<>(formulas.size());
        for (String tex : formulas) {
            expanded.add(tex.length() > MathRenderer.MAX_CHARS ? null : math.macros().expand(tex));
        }
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
            replace(holder, formulas, expanded, math);
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

    /**
     * The class of a typeset formula's source, written beside its drawing (which holds no text) and hidden from sight:
     * the formula's words in the page's text, so that a highlight across it quotes it, a copy carries it, Find and a
     * search's hit find it, and a screen reader reads it ({@code $x^2$}, {@code $$…$$} for a display formula).
     */
    static final String SOURCE = "lt-tex";

    /** The attribute holding a heading's words with its formulas' TeX, for the outline. */
    static final String OUTLINE = "data-outline";

    /** A display formula element for a {@code ```math} block. */
    static Element display(String tex, Page math) {
        String source = tex.strip();
        return formula(source, source.length() > MathRenderer.MAX_CHARS ? null : math.macros().expand(source), true, math);
    }

    private static void replace(TextNode holder, List<String> formulas, List<TexMacros.Expanded> expanded, Page math) {
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
            parts.add(index < MAX_TYPESET ? formula(formulas.get(index), expanded.get(index), display, math)
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

    /** The typeset formula, or its source in the error box; {@code expanded} is null for one too long to read. */
    private static Element formula(String tex, TexMacros.Expanded expanded, boolean display, Page math) {
        if (expanded == null || !expanded.ok()) {
            return error(tex, display, expanded == null ? null : math.words().mathLoopText());
        }
        if (expanded.tex().isBlank() && !tex.isBlank()) {
            return new Element("span").addClass("math").addClass("math-definitions"); // only defines macros: nothing to show
        }
        TexCompat.Prepared prepared = TexCompat.prepare(expanded.tex(), display);
        MathRenderer.Typeset typeset = math.renderer().typeset(prepared.tex(), display);
        if (typeset.svg() == null) {
            return error(tex, display, typeset.unread() == null ? null : math.words().mathUnreadText(typeset.unread()));
        }
        Element span = new Element("span").addClass("math").addClass(display ? "math-display" : "math-inline");
        span.appendChild(new DataNode(typeset.svg()));
        span.appendElement("span").addClass(SOURCE).text(display ? "$$" + tex + "$$" : "$" + tex + "$");
        String tag = prepared.tag() == null ? null : math.renderer().svg(prepared.tag(), false);
        if (tag != null) {
            // a grid of three columns, the formula centred in the middle one and its number at the right margin
            span.addClass("math-tagged");
            span.prependElement("span").addClass("math-tag-balance");
            span.appendElement("span").addClass("math-tag").appendChild(new DataNode(tag));
        }
        return span;
    }

    private static Element error(String tex, boolean display, String title) {
        Element box = new Element("code").addClass("math-error").addClass(display ? "math-display" : "math-inline")
                .text(tex);
        return title == null ? box : box.attr("title", title);
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
