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
 * in document order, concatenated, in the source's script (a converted phrase counts as its {@code data-src}),
 * without generated furigana and without the words Lectern writes into the page ({@link #GENERATED}). Used to re-anchor highlights where no WebView is at hand (the command line). Its prose
 * holds the words of the markdown's plain text ({@code library.PlainText}, search snippets) in the same order, with
 * the exceptions {@code PlainTextAgreesWithPageTextTest} lists.
 */
public final class PageText {

    /**
     * The class of words Lectern writes into the page in the interface's language (a missing picture's "not found",
     * a video's "Video ·"): no words of the article, so not of its text. Anchors counted them, and an article opened
     * in the other language moved every highlight below a picture.
     */
    public static final String GENERATED = "lt-generated";

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
                if (node instanceof Element e && e.hasClass(GENERATED)) {
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
