package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Annotation;
import dev.lectern.model.Highlight;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The daily review's schedule, driven by a clock the test moves. */
class ReviewScheduleTest {

    private final MovableClock clock = new MovableClock();
    private final ReviewSchedule schedule = new ReviewSchedule(clock);
    private final List<Annotation> annotations = new ArrayList<>();

    private Highlight mark(Highlight h, boolean known) {
        Highlight after = h.reviewed(known ? schedule.known(h) : schedule.again(h), clock.instant());
        annotations.replaceAll(a -> a.id().equals(h.id()) ? after : a);
        return after;
    }

    @Test
    void neverReviewedHighlightsAreDueOldestFirstAFewAtATime() {
        for (int i = 7; i >= 1; i--) {
            annotations.add(Fixtures.highlight("a.md", "quote " + i, i));
        }
        annotations.add(Fixtures.highlight("a.md", "gone", 0).deletedAt(T0));
        annotations.add(Fixtures.bookmark("a.md", "not a highlight", 0));

        List<Highlight> due = schedule.due(annotations, ReviewSchedule.BATCH);

        assertThat(due).extracting(h -> h.anchor().quote())
                .containsExactly("quote 1", "quote 2", "quote 3", "quote 4", "quote 5");
        assertThat(schedule.dueCount(annotations)).isEqualTo(7);
    }

    @Test
    void aBatchTakesTheArticlesInTurnNotOneArticlesHighlightsInARow() {
        for (int i = 1; i <= 4; i++) {
            annotations.add(Fixtures.highlight("sql.md", "sql " + i, i));
        }
        annotations.add(Fixtures.highlight("study.md", "study 1", 10));
        annotations.add(Fixtures.highlight("markdown.md", "md 1", 11));

        assertThat(schedule.due(annotations, ReviewSchedule.BATCH)).extracting(h -> h.anchor().quote())
                .containsExactly("sql 1", "study 1", "md 1", "sql 2", "sql 3");
    }

    @Test
    void saysWhenTheNextHighlightNotDueNowComesBack() {
        Highlight first = Fixtures.highlight("a.md", "first", 1);
        Highlight second = Fixtures.highlight("b.md", "second", 2);
        annotations.add(first);
        annotations.add(second);
        assertThat(schedule.nextDue(annotations)).as("all due now: none later").isNull();

        mark(first, true);
        mark(second, false);

        assertThat(schedule.nextDue(annotations)).isEqualTo(clock.instant().plus(ReviewSchedule.AGAIN));
    }

    @Test
    void eachKnownMakesAHighlightComeBackLessOften() {
        Highlight h = Fixtures.highlight("a.md", "quote", 1);
        annotations.add(h);
        List<Long> gaps = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            Instant before = clock.instant();
            h = mark(h, true);
            assertThat(schedule.due(annotations, 5)).isEmpty();
            while (schedule.due(annotations, 5).isEmpty()) {
                clock.advance(Duration.ofHours(12));
            }
            gaps.add(Duration.between(before, clock.instant()).toDays());
        }

        assertThat(gaps).containsExactly(1L, 3L, 8L, 20L, 50L, 125L);
        assertThat(h.review().reviews()).isEqualTo(6);
    }

    @Test
    void againBringsItBackInTenMinutesAndStartsOver() {
        Highlight h = Fixtures.highlight("a.md", "quote", 1);
        annotations.add(h);
        h = mark(mark(mark(h, true), true), false);

        assertThat(h.review().interval()).isZero();
        clock.advance(Duration.ofMinutes(9));
        assertThat(schedule.due(annotations, 5)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(schedule.due(annotations, 5)).singleElement().extracting(Highlight::id).isEqualTo(h.id());
        assertThat(mark(h, true).review().interval()).isEqualTo(1);
    }

    @Test
    void aDiscardedHighlightNeverComesBack() {
        Highlight h = Fixtures.highlight("a.md", "quote", 1);
        annotations.add(h.reviewed(schedule.discard(h), clock.instant()));

        clock.advance(Duration.ofDays(3650));

        assertThat(schedule.due(annotations, 5)).isEmpty();
    }

    @Test
    void overdueHighlightsComeBeforeNewOnes() {
        Highlight fresh = Fixtures.highlight("a.md", "new", 1);
        Highlight old = Fixtures.highlight("a.md", "old", 2);
        annotations.add(fresh);
        annotations.add(old);
        mark(old, true);
        clock.advance(Duration.ofDays(2));

        assertThat(schedule.due(annotations, 5)).extracting(h -> h.anchor().quote()).containsExactly("old", "new");
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now = T0.plus(Duration.ofDays(1));

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
