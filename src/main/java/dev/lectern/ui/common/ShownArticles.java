package dev.lectern.ui.common;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;

/** What the search needs of the list's filter: the articles the checked tags allow, and when that may have changed. */
public interface ShownArticles {

    /** The articles the checked tags let through (the text filter aside), or null when no tag is checked. */
    Set<ArticleId> tagSelectionIds();

    /** The article with this id in the loaded library, or null. */
    Article find(ArticleId id);

    /** Every article of the loaded library, newest first: a list that does not change (a new library is a new list). */
    List<Article> articles();

    /** Increases after every change of what is shown. */
    ReadOnlyLongProperty revisionProperty();
}
