package dev.lectern.ui.common;

import dev.lectern.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The line under a title in the article list and on a link's card: author, categories (after ▸) and tags (after #), as
 * far as the article has them.
 */
public final class ArticleMetaLine {

    /** A row is cut with "…" long before this many: the rest would only cost the cell its text measuring. */
    static final int MAX_LABELS = 24;

    private ArticleMetaLine() {
    }

    /** The line with at most {@link #MAX_LABELS} categories and as many tags. */
    public static String of(Article article) {
        return of(article, MAX_LABELS);
    }

    /** The line with at most {@code most} categories and as many tags, then "…". */
    public static String of(Article article, int most) {
        List<String> parts = new ArrayList<>(3);
        if (!article.authors().isEmpty()) {
            parts.add(article.authorLine());
        }
        if (!article.categories().isEmpty()) {
            parts.add("▸ " + String.join("  ▸ ", first(article.categories(), most)));
        }
        if (!article.tags().isEmpty()) {
            parts.add("#" + String.join("  #", first(article.tags(), most)));
        }
        return String.join("  ·  ", parts);
    }

    private static List<String> first(List<String> labels, int most) {
        if (labels.size() <= most) {
            return labels;
        }
        List<String> cut = new ArrayList<>(labels.subList(0, most));
        cut.add("…");
        return cut;
    }
}
