package dev.lectern.ui.window;

import dev.lectern.model.ArticleId;
import dev.lectern.ui.common.PageBridge;
import dev.lectern.ui.library.PlaceKeeper;
import dev.lectern.ui.library.ReadStatesViewModel;
import dev.lectern.ui.reader.ReaderView;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * Watches the reading pane twice a second: says where the reader is in the article ({@link #positionProperty()}) and,
 * once the read states count the article on screen as opened ({@link ReadStatesViewModel#OPEN_AFTER_MS}), tells them
 * how much of the page has been on screen. An article that fits on one screen is thus read after two seconds; a
 * longer one when its end has been on screen. A page that shows nothing is not counted. Each look also tells the
 * {@link PlaceKeeper} the reader's place, which it saves once it rests.
 */
public final class ReadProgressTracker {

    private final ReaderView reader;
    private final ReadStatesViewModel states;
    private final PlaceKeeper places;
    private final PageBridge page;
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final Timeline timeline = new Timeline(new KeyFrame(Duration.millis(500), e -> look()));
    private int minutes = -1;
    private boolean empty;

    public ReadProgressTracker(ReaderView reader, ReadStatesViewModel states, PlaceKeeper places) {
        this.reader = reader;
        this.places = places;
        this.page = new PageBridge(reader::run);
        this.states = states;
        reader.onPageReady(() -> {
            states.pageShown(reader.shownArticle());
            minutes = page.readingMinutes();
            empty = !page.hasContent();
            position.set(text(page.place()));
        });
        // a larger text or a wider pane moves the page's scroll offset with its first line kept: no reading on
        reader.onReflow(() -> states.reflowed(reader.shownArticle()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    /** Stops looking (the window closed). */
    public void stop() {
        timeline.stop();
    }

    /** "37% · 13 min left" for the article on screen; "" when there is none or it fits in the window. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Reports the part of the page seen so far, when the article has been open long enough (each tick, or now). */
    public void look() {
        Optional<PageBridge.Place> place = page.place(); // one script a look, for both
        position.set(text(place));
        ArticleId shown = reader.shownArticle();
        // a page that shows nothing (a file emptied in an editor, a note not yet written) is not read by being shown, and
        // leaves the place reached in the text it had alone
        if (place.isPresent() && !empty && states.countsAsOpened(shown)) {
            states.seen(shown, place.get().reached(), page.scrollOffset().orElse(0));
        }
        // saved as the reader goes (once it rests), not only on leaving the article: a kill lost the reading since
        reader.placeToKeep().ifPresent(fraction -> places.placeAt(shown, fraction));
    }

    /** The readout for a place: nothing for a page that fits in the window, or no page. */
    private String text(Optional<PageBridge.Place> place) {
        return ReadingLeft.text(place.filter(p -> !p.fits()).map(p -> OptionalDouble.of(p.reached()))
                .orElse(OptionalDouble.empty()), minutes);
    }
}
