package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.List;

/**
 * One batch of changes seen in a library folder: articles added or changed (read again) and
 * articles removed. A rename shows as the old id removed and the new article added.
 */
public record LibraryChanges(List<Article> addedOrChanged, List<ArticleId> removed) {

    public LibraryChanges {
        addedOrChanged = List.copyOf(addedOrChanged);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return addedOrChanged.isEmpty() && removed.isEmpty();
    }
}
