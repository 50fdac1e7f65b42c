package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text nodes that read as one run of text: next to each other, parted only by the spans {@link CjkSpans} puts around
 * numbers, punctuation and quotes (or between CJK and Latin text). An analysis of the words of one node alone would
 * lose what those spans part from it: the 3 of 3月, set upright in a vertical column.
 */
final class TextRuns {

    /** The classes of the typesetting spans, which carry no meaning and do not part the text. */
    private static final Set<String> TYPESETTING = Set.of("tcy", "upright", "pc", "vp", "lt-sp", "lq");

    private TextRuns() {
    }

    /** The nodes, in document order, grouped into runs. */
    static List<List<TextNode>> of(List<TextNode> nodes) {
        List<List<TextNode>> runs = new ArrayList<>();
        List<TextNode> run = new ArrayList<>();
        TextNode last = null;
        for (TextNode node : nodes) {
            if (last != null && !follows(last, node)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(node);
            last = node;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** Whether the node comes right after the one before, only empty typesetting spans between them. */
    private static boolean follows(TextNode before, TextNode node) {
        Node top = top(node);
        Node topBefore = top(before);
        if (top.parent() == null || top.parent() != topBefore.parent()) {
            return false;
        }
        if (top == topBefore) {
            return true; // two texts in one span
        }
        for (Node between = topBefore.nextSibling(); between != null; between = between.nextSibling()) {
            if (between == top) {
                return true;
            }
            if (!(between instanceof Element span && isTypesetting(span) && span.childNodeSize() == 0)) {
                return false;
            }
        }
        return false;
    }

    /** The node, or the outermost typesetting span it is in. */
    private static Node top(TextNode node) {
        Node top = node;
        while (top.parent() instanceof Element parent && isTypesetting(parent)) {
            top = parent;
        }
        return top;
    }

    private static boolean isTypesetting(Element element) {
        return element.normalName().equals("span") && element.classNames().stream().anyMatch(TYPESETTING::contains);
    }
}
