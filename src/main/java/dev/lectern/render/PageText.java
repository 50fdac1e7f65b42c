package dev.lectern.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The plain text of a rendered page's article body, as the reading pane's TreeWalker sees it: every text node
 * in document order, concatenated, in the source's script (a converted phrase counts as its {@code data-src}) and
 * without generated furigana. Used to re-anchor highlights where no WebView is at hand (the command line). Its prose
 * holds the words of the markdown's plain text ({@code library.PlainText}, search snippets) in the same order, with
 * the exceptions {@code PlainTextAgreesWithPageTextTest} lists.
 */
public final class PageText {

    private PageText() {
    }

    public static String of(String pageHtml) {
        Document page = Jsoup.parse(pageHtml);
        Element body = page.selectFirst(".article-body");
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.hasClass("lt-conv")) {
                    text.append(e.attr("data-src"));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && (e.normalName().equals("rt") || e.normalName().equals("rp"))
                        && e.parent() != null && e.parent().hasClass("lt-furi")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body != null ? body : page.body());
        return text.toString();
    }
}
