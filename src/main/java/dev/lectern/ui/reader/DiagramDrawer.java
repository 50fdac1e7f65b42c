package dev.lectern.ui.reader;

import dev.lectern.model.ArticleId;
import dev.lectern.render.DiagramScripts;
import dev.lectern.render.Theme;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Draws the mermaid diagrams of the page the reading pane shows. mermaid (3.2 MB of script, about 0.15 s to run) is
 * loaded only into a page that has a diagram, once the page is on screen; then one drawing is asked for about once a
 * frame (mermaid lays out on the window's thread, and each drawing takes at most about a second), so the window
 * answers between two. A theme change redraws them. A round ends when its page is no longer shown; a script that
 * fails leaves the diagrams showing their source.
 */
final class DiagramDrawer {

    private static final System.Logger LOG = System.getLogger(DiagramDrawer.class.getName());

    private final DiagramScripts scripts = new DiagramScripts();
    private final Function<String, Object> page;
    private final Supplier<ArticleId> shown;
    private final Supplier<Theme> theme;

    /**
     * @param page  runs a script in the page shown (null when no page is ready)
     * @param shown the article whose page is shown
     * @param theme the reading pane's theme
     */
    DiagramDrawer(Function<String, Object> page, Supplier<ArticleId> shown, Supplier<Theme> theme) {
        this.page = page;
        this.shown = shown;
        this.theme = theme;
    }

    /** A page has loaded: draws its diagrams, if it has any, once it is on screen. */
    void pageReady() {
        ArticleId article = shown.get();
        if (is(scripts.present())) {
            Platform.runLater(() -> safely(article, () -> {
                if (article.equals(shown.get()) && is(scripts.present()) && !is(scripts.installed())) {
                    page.apply(scripts.library());
                    draw(article);
                }
            }));
        }
    }

    /** The theme changed: redraws the diagrams drawn in the page, in its colours. */
    void themeChanged() {
        ArticleId article = shown.get();
        if (is(scripts.installed())) {
            safely(article, () -> draw(article));
        }
    }

    private void draw(ArticleId article) {
        page.apply(scripts.start(theme.get()));
        drawNext(article);
    }

    private void drawNext(ArticleId article) {
        PauseTransition frame = new PauseTransition(Duration.millis(16));
        frame.setOnFinished(event -> safely(article, () -> {
            if (article.equals(shown.get()) && is(scripts.drawNext())) {
                drawNext(article);
            }
        }));
        frame.play();
    }

    private boolean is(String script) {
        return Boolean.TRUE.equals(page.apply(script));
    }

    private static void safely(ArticleId article, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Diagrams of " + article + " not all drawn: " + e);
        }
    }
}
