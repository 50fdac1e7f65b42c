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
 */
public record ReviewState(Instant due, int interval, int reviews, boolean discarded) {

    public ReviewState {
        Objects.requireNonNull(due, "due");
        if (interval < 0 || reviews < 0) {
            throw new IllegalArgumentException("a review interval and count are not negative");
        }
    }
}
