package dev.lectern.ui.review;

import dev.lectern.model.Annotation;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightTags;
import dev.lectern.model.ReviewState;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.ReviewSchedule;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The daily review: a few due highlights at a time (spaced repetition, {@link ReviewSchedule}); each is marked
 * known, again or discarded, tagged or annotated, and the next one comes. The clock is injected.
 */
public final class ReviewViewModel {

    private final AnnotationsViewModel annotations;
    private final ReviewSchedule schedule;
    private final Clock clock;
    private final List<UUID> batch = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Highlight> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper batchSize = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper due = new ReadOnlyIntegerWrapper();

    public ReviewViewModel(AnnotationsViewModel annotations, Clock clock) {
        this.annotations = annotations;
        this.schedule = new ReviewSchedule(clock);
        this.clock = clock;
    }

    /** Takes the next few due highlights (none when no library is open). */
    public void start() {
        batch.clear();
        AnnotationStore store = annotations.store();
        if (store != null) {
            schedule.due(store.annotations(), ReviewSchedule.BATCH).forEach(h -> batch.add(h.id()));
        }
        batchSize.set(batch.size());
        show(0);
    }

    /** Marks the shown highlight known: it comes back later than last time. */
    public void known() {
        mark(schedule::known);
    }

    /** Marks the shown highlight for again: it comes back in a few minutes. */
    public void again() {
        mark(schedule::again);
    }

    /** Takes the shown highlight out of the review (it stays a highlight). */
    public void discard() {
        mark(schedule::discard);
    }

    /** Goes back to the previous highlight of this batch without marking. */
    public void previous() {
        if (position.get() > 0) {
            show(position.get() - 1);
        }
    }

    /** Replaces the shown highlight's tags with the typed ones. */
    public void tag(String typed) {
        edit(h -> annotations.store().tagHighlight(h.id(), HighlightTags.parse(typed)));
    }

    /** Replaces the shown highlight's note. */
    public void note(String note) {
        edit(h -> annotations.store().editHighlight(h.id(), h.color(), note));
    }

    private void edit(Function<Highlight, Highlight> change) {
        Highlight h = current.get();
        if (h != null && annotations.store() != null) {
            current.set(change.apply(h));
        }
    }

    private void mark(Function<Highlight, ReviewState> next) {
        Highlight h = current.get();
        if (h == null || annotations.store() == null) {
            return;
        }
        annotations.store().review(h.id(), next.apply(h));
        due.set(schedule.dueCount(annotations.store().annotations()));
        show(position.get() + 1);
    }

    private void show(int index) {
        AnnotationStore store = annotations.store();
        Highlight shown = null;
        int at = index;
        while (store != null && at < batch.size() && shown == null) {
            Annotation found = store.find(batch.get(at)).orElse(null);
            if (found instanceof Highlight h && !h.isDeleted()) {
                shown = h;
            } else {
                at++;
            }
        }
        position.set(Math.min(at, batch.size()));
        current.set(shown);
        due.set(store == null ? 0 : schedule.dueCount(store.annotations()));
    }

    /** The highlight shown, or null when the batch is done. */
    public ReadOnlyObjectProperty<Highlight> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Index of the shown highlight in the batch (equals the batch size when done). */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** How many highlights this batch holds. */
    public ReadOnlyIntegerProperty batchSizeProperty() {
        return batchSize.getReadOnlyProperty();
    }

    /** How long until the next highlight not due now comes back, or null when none will (or no library is open). */
    public Duration untilNext() {
        AnnotationStore store = annotations.store();
        Instant next = store == null ? null : schedule.nextDue(store.annotations());
        return next == null ? null : Duration.between(clock.instant(), next);
    }

    /** How many highlights are due now, this batch's unmarked ones included. */
    public ReadOnlyIntegerProperty dueProperty() {
        return due.getReadOnlyProperty();
    }
}
