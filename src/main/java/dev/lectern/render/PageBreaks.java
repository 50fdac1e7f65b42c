package dev.lectern.render;

import org.jsoup.nodes.Element;

/**
 * The page breaks of e-book markdown, a paragraph of {@code ===} alone (でんでんマークダウン's 改ページ) or pixiv's
 * {@code [newpage]}, shown as the break between scenes a scrolling page can give: a wide blank, not the marks.
 */
final class PageBreaks {

    private PageBreaks() {
    }

    /** Replaces each such paragraph under the body by {@code <hr class="lt-page-break">}. */
    static void mark(Element body) {
        for (Element paragraph : body.select("p")) {
            if (paragraph.childrenSize() == 0 && isBreak(paragraph.text().strip())) {
                paragraph.replaceWith(new Element("hr").addClass("lt-page-break"));
            }
        }
    }

    private static boolean isBreak(String text) {
        return text.equals("[newpage]") || text.length() >= 3 && text.length() <= 80 && text.chars().allMatch(c -> c == '=');
    }
}
