package dev.lectern.render;

import dev.lectern.model.CjkScript;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Joins lines that a soft line break split between two CJK characters: HTML shows such a break as a space,
 * which Chinese and Japanese text must not have ("中文\n句子" reads "中文句子"); {@link CjkScript} says where, for the
 * search index too. Code is left alone.
 */
final class CjkLineJoiner {

    private CjkLineJoiner() {
    }

    static void join(Element root) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().indexOf('\n') >= 0 && !inCode(text)) {
                text.text(CjkScript.joinLines(text.getWholeText()));
            }
        }, root);
    }

    private static boolean inCode(TextNode text) {
        for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
            if (e.nameIs("pre") || e.nameIs("code")) {
                return true;
            }
        }
        return false;
    }
}
