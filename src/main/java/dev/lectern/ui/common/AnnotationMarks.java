package dev.lectern.ui.common;

import dev.lectern.model.ArticleId;
import javafx.beans.property.ReadOnlyLongProperty;

/** What the article list shows of the annotations: a count and a star per article, and when they change. */
public interface AnnotationMarks {

    /** How many highlights and passage bookmarks an article has. */
    int count(ArticleId article);

    /** Whether the whole article is bookmarked. */
    boolean isStarred(ArticleId article);

    /** Increases whenever annotations change. */
    ReadOnlyLongProperty revisionProperty();
}
