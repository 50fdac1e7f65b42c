package dev.lectern.ui.library;

import dev.lectern.model.Article;
import java.util.ArrayList;
import java.util.List;

/** The line under a title in the article list: author, categories (after ▸) and tags (after #), as far as the article has them. */
final class ArticleMetaLine {

    private ArticleMetaLine() {
    }

    static String of(Article article) {
        List<String> parts = new ArrayList<>(3);
        if (!article.authors().isEmpty()) {
            parts.add(article.authorLine());
        }
        if (!article.categories().isEmpty()) {
            parts.add("▸ " + String.join("  ▸ ", article.categories()));
        }
        if (!article.tags().isEmpty()) {
            parts.add("#" + String.join("  #", article.tags()));
        }
        return String.join("  ·  ", parts);
    }
}
