package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /** The eligible text nodes in document order, collected first so callers may replace them. */
    static List<TextNode> of(Element body) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (SKIPPED.contains(e.normalName()) || e.hasClass("math")
                        || e.hasClass("lt-conv") || e.hasClass("code-block"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    nodes.add(t);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return nodes;
    }
}
