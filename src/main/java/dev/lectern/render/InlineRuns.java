package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts the words that share a box with blocks (a tight list item's words above its sub-list, raw HTML's
 * {@code text<div>…</div>}, raw {@code <br>} lines after a list at the article's top, a paragraph's line above a
 * picture) in a
 * {@code <span class="lt-run">} that the page's stylesheet makes a block. WebKit lays such words out in an anonymous
 * block and paints no CSS highlight there: highlights and find matches on them were saved and counted but invisible
 * (or, after a reload or a zoom, painted over the list above or over screens of other text). The span is the box WebKit made anyway, so the layout does not move, and it holds
 * the same text nodes, so the page's text (and every anchor into it) is unchanged.
 */
final class InlineRuns {

    static final String CLASS = "lt-run";
    /** Elements that hold blocks and words side by side in markdown's HTML or in raw HTML. */
    private static final Set<String> CONTAINERS = Set.of("p", "li", "dd", "dt", "div", "blockquote", "details", "td",
            "th", "section", "article", "aside", "figure", "header", "footer", "main", "nav");
    /** Elements that are blocks in the page's stylesheet (HTML's block-level elements). */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "details", "dialog",
            "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul");

    private InlineRuns() {
    }

    /**
     * Wraps each run of words beside a block in the body, the body's own included (raw HTML written as {@code <br>}
     * lines after a {@code </ul>} stands in the article's box beside the list); one pass over its elements.
     */
    static void wrap(Element body) {
        for (Element element : body.getAllElements()) {
            if ((element == body || CONTAINERS.contains(element.normalName())) && hasBlockChild(element)) {
                wrapRuns(element);
            }
        }
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the page lays the element out as a block: HTML's block-level elements, a picture (a block in the page's
     * stylesheet), alone or in its link, and a display formula: words on the line above a picture or a formula in the
     * same paragraph (text, then {@code ![](x.png)} or {@code $$…$$} on the next lines, as blogs and notes write them)
     * took no highlight and no find mark.
     */
    private static boolean isBlock(Element element) {
        String name = element.normalName();
        return BLOCKS.contains(name) || name.equals("img") || element.hasClass("math-display")
                || name.equals("a") && element.childrenSize() == 1 && element.child(0).normalName().equals("img")
                        && !element.hasText();
    }

    private static void wrapRuns(Element element) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(element.childNodes())) {
            if (child instanceof Element e && isBlock(e)) {
                wrapIfVisible(run);
                run.clear();
            } else {
                run.add(child);
            }
        }
        wrapIfVisible(run);
    }

    /**
     * A run without words stays as it is (blank text, comments, a code block's copy button): nothing in it could be
     * highlighted.
     */
    private static void wrapIfVisible(List<Node> run) {
        boolean visible = false;
        for (Node node : run) {
            visible |= node instanceof Element e && e.hasText() || node instanceof TextNode text && !text.isBlank();
        }
        if (!visible) {
            return;
        }
        Element span = new Element("span").addClass(CLASS);
        run.get(0).before(span);
        for (Node node : run) {
            span.appendChild(node);
        }
    }
}
