package dev.lectern.ui.common;

import dev.lectern.model.Article;
import dev.lectern.render.RenderedPage;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The article open in the reader and its rendered page, for the features that follow it. */
public interface OpenArticle {

    ReadOnlyObjectProperty<Article> articleProperty();

    ReadOnlyObjectProperty<RenderedPage> pageProperty();
}
