package dev.lectern.ui.common;

import dev.lectern.model.ArticleId;
import javafx.scene.web.WebView;

/** The reading pane's page as other features use it: its WebView, its script runner, the article it shows. */
public interface ReadingPage {

    WebView web();

    /** Runs one of the reader's own scripts in the page; null while no page is loaded. */
    Object run(String script);

    /** The article whose page is loaded, or null. */
    ArticleId shownArticle();

    /** Runs the listener after each page load. */
    void onPageReady(Runnable listener);
}
