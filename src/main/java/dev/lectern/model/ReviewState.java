package dev.lectern.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a highlight stands in the daily review (spaced repetition).
 *
 * @param due       when it should be shown again
 * @param interval  days between the last two showings (0 after "again")
 * @param reviews   how many times it was marked
 * @param discarded true when the reader took it out of the review
 * @param reviewed  when the reader last marked it, or null (a file from before this was kept): a merge takes the review
 *                  state marked last, apart from the highlight's note and colour, so that a review on one machine and a
 *                  note edited on another both stay
 */
public record ReviewState(Instant due, int interval, int reviews, boolean discarded, Instant reviewed) {

    public ReviewState {
        Objects.requireNonNull(due, "due");
        if (interval < 0 || reviews < 0) {
            throw new IllegalArgumentException("a review interval and count are not negative");
        }
    }

    /** A review state without the time it was marked. */
    public ReviewState(Instant due, int interval, int reviews, boolean discarded) {
        this(due, interval, reviews, discarded, null);
    }

    /** Whether this state was marked after the other (one without a time counts as the older). */
    public boolean markedAfter(ReviewState other) {
        if (other == null) {
            return true;
        }
        return reviewed != null && (other.reviewed == null || reviewed.isAfter(other.reviewed));
    }
}
