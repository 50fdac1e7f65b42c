package dev.lectern.ui.window;

import dev.lectern.model.ArticleId;
import dev.lectern.ui.common.PageBridge;
import dev.lectern.ui.library.ReadStatesViewModel;
import dev.lectern.ui.reader.ReaderView;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Watches the reading pane and reports how far the reader got: once an article has been on screen for
 * {@link #OPEN_AFTER_MS} (so running down the list with the arrow keys opens nothing), it looks each second at how
 * much of the page has been on screen and tells the read states. An article that fits on one screen is thus read
 * after two seconds; a longer one when its end has been on screen.
 */
public final class ReadProgressTracker {

    static final long OPEN_AFTER_MS = 2000;

    private final ReaderView reader;
    private final ReadStatesViewModel states;
    private final LongSupplier millis;
    private final PageBridge page;
    private final Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> look()));
    private ArticleId session;
    private long openedAt;

    public ReadProgressTracker(ReaderView reader, ReadStatesViewModel states) {
        this(reader, states, () -> System.nanoTime() / 1_000_000);
    }

    /** @param millis the clock, in milliseconds (tests pass a fake one) */
    public ReadProgressTracker(ReaderView reader, ReadStatesViewModel states, LongSupplier millis) {
        this.reader = reader;
        this.page = new PageBridge(reader::run);
        this.states = states;
        this.millis = millis;
        reader.onPageReady(this::pageReady);
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    /** A page was loaded: a new look begins when it is another article (not the same one rendered again). */
    private void pageReady() {
        ArticleId shown = reader.shownArticle();
        if (shown != null && !shown.equals(session)) {
            session = shown;
            openedAt = millis.getAsLong();
            states.opened(shown);
        }
    }

    /** Reports the part of the page seen so far, when the article has been open long enough (each second, or now). */
    public void look() {
        ArticleId shown = reader.shownArticle();
        if (shown == null || !shown.equals(session) || millis.getAsLong() - openedAt < OPEN_AFTER_MS) {
            return;
        }
        page.seenFraction().ifPresent(fraction -> states.seen(shown, fraction));
    }
}
