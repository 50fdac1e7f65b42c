package dev.lectern.ui.window;

import dev.lectern.model.ArticleId;
import dev.lectern.ui.common.PageBridge;
import dev.lectern.ui.library.ReadStatesViewModel;
import dev.lectern.ui.reader.ReaderView;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Watches the reading pane and reports how far the reader got: once the read states count the article on screen as
 * opened ({@link ReadStatesViewModel#OPEN_AFTER_MS}), it looks each second at how much of the page has been on screen
 * and tells them. An article that fits on one screen is thus read after two seconds; a longer one when its end has
 * been on screen.
 */
public final class ReadProgressTracker {

    private final ReaderView reader;
    private final ReadStatesViewModel states;
    private final PageBridge page;
    private final Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> look()));

    public ReadProgressTracker(ReaderView reader, ReadStatesViewModel states) {
        this.reader = reader;
        this.page = new PageBridge(reader::run);
        this.states = states;
        reader.onPageReady(() -> states.pageShown(reader.shownArticle()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    /** Reports the part of the page seen so far, when the article has been open long enough (each second, or now). */
    public void look() {
        ArticleId shown = reader.shownArticle();
        if (states.countsAsOpened(shown)) {
            page.seenFraction().ifPresent(fraction -> states.seen(shown, fraction, page.scrollOffset().orElse(0)));
        }
    }
}
