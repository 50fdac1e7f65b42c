package dev.lectern.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The plain text of a rendered page's article body, as the reading pane's TreeWalker sees it: every text node
 * in document order, concatenated. Used to re-anchor highlights where no WebView is at hand (the command line).
 */
public final class PageText {

    private PageText() {
    }

    public static String of(String pageHtml) {
        Document page = Jsoup.parse(pageHtml);
        Element body = page.selectFirst(".article-body");
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }, body != null ? body : page.body());
        return text.toString();
    }
}
