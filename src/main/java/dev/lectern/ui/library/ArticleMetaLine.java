package dev.lectern.ui.library;

import dev.lectern.model.Article;
import java.util.ArrayList;
import java.util.List;

/** The line under a title in the article list: author, categories (after ▸) and tags (after #), as far as the article has them. */
final class ArticleMetaLine {

    /** A row is cut with "…" long before this many: the rest would only cost the cell its text measuring. */
    static final int MAX_LABELS = 24;

    private ArticleMetaLine() {
    }

    static String of(Article article) {
        List<String> parts = new ArrayList<>(3);
        if (!article.authors().isEmpty()) {
            parts.add(article.authorLine());
        }
        if (!article.categories().isEmpty()) {
            parts.add("▸ " + String.join("  ▸ ", first(article.categories())));
        }
        if (!article.tags().isEmpty()) {
            parts.add("#" + String.join("  #", first(article.tags())));
        }
        return String.join("  ·  ", parts);
    }

    private static List<String> first(List<String> labels) {
        if (labels.size() <= MAX_LABELS) {
            return labels;
        }
        List<String> cut = new ArrayList<>(labels.subList(0, MAX_LABELS));
        cut.add("…");
        return cut;
    }
}
