package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The text nodes of a rendered body that display-only changes (script conversion, furigana) may touch: not code, math or ruby. */
final class ReadingTextNodes {

    private static final Set<String> SKIPPED = Set.of("code", "pre", "kbd", "samp", "var", "math", "svg", "script",
            "style", "textarea", "ruby", "rt", "rp");

    private ReadingTextNodes() {
    }

    /**
     * Puts the parts where the node stood, in one insert: one insert per part renumbered the node's siblings each time,
     * quadratic in a paragraph of thousands of formulas, readings or converted words.
     */
    static void replace(TextNode node, List<Node> parts) {
        Element parent = node.parent();
        if (parent != null) {
            parent.insertChildren(node.siblingIndex(), parts);
            node.remove();
        }
    }

    /**
     * The eligible text nodes in document order, collected first so callers may replace them, up to the first that
     * would take their text past {@code maxChars} in all (a bound on the work done for one page).
     */
    static List<TextNode> of(Element body, int maxChars) {
        List<TextNode> nodes = new ArrayList<>();
        int budget = maxChars;
        for (TextNode node : under(body, e -> SKIPPED.contains(e.normalName()) || e.hasClass("math")
                || e.hasClass("lt-conv") || e.hasClass("code-block"))) {
            int length = node.getWholeText().length();
            if (node.isBlank()) {
                continue;
            }
            if (budget < length) {
                break;
            }
            budget -= length;
            nodes.add(node);
        }
        return nodes;
    }

    /** Every text node under the root in document order, leaving out the elements skipped (and all they hold). */
    static List<TextNode> under(Element root, Predicate<Element> skipped) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != root && skipped.test(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    nodes.add(t);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return nodes;
    }
}
