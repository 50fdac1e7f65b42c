package dev.lectern.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text nodes to be replaced by other nodes, put in place together: each parent's children are rebuilt once. Replacing
 * node by node inserted into the parent each time and renumbered all later siblings, quadratic in a paragraph whose
 * text an earlier pass had cut into thousands of nodes (20,000 quotes between commas: 5-6 s for a vertical page).
 */
final class TextReplacements {

    private final Map<Node, List<Node>> parts = new IdentityHashMap<>();
    private final Map<Element, Boolean> parents = new LinkedHashMap<>();

    /** The node is to be replaced by the parts (empty text among them is left out). */
    void put(TextNode node, List<Node> replacement) {
        Element parent = node.parent();
        if (parent != null) {
            List<Node> kept = new ArrayList<>(replacement);
            kept.removeIf(piece -> piece instanceof TextNode t && t.getWholeText().isEmpty());
            parts.put(node, kept);
            parents.put(parent, Boolean.TRUE);
        }
    }

    /** Puts every replacement in place. */
    void apply() {
        for (Element parent : parents.keySet()) {
            List<Node> children = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                List<Node> replacement = parts.get(child);
                if (replacement == null) {
                    children.add(child);
                } else {
                    children.addAll(replacement);
                }
            }
            parent.empty();
            parent.appendChildren(children);
        }
        parts.clear();
        parents.clear();
    }
}
