package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an article moves from unread to in progress to read, and back by hand. */
class ReadProgressTest {

    @Test
    void anOpenedArticleIsInProgressWithTheFurthestPartSeen() {
        ReadProgress p = ReadProgress.UNREAD.seen(0.12).seen(0.45).seen(0.30);
        assertThat(p.state()).isEqualTo(ReadState.IN_PROGRESS);
        assertThat(p.percent()).as("scrolling back up does not lose progress").isEqualTo(45);
    }

    @Test
    void reachingTheEndMakesItReadAndItStaysRead() {
        ReadProgress p = ReadProgress.UNREAD.seen(0.5).seen(ReadProgress.READ_AT);
        assertThat(p.state()).isEqualTo(ReadState.READ);
        assertThat(p.percent()).isEqualTo(100);
        assertThat(p.seen(0.1).state()).isEqualTo(ReadState.READ);
        assertThat(ReadProgress.UNREAD.seen(1.0).state()).as("a page that fits on one screen").isEqualTo(ReadState.READ);
    }

    @Test
    void almostAtTheEndIsStillInProgressAndNeverShowsAHundred() {
        ReadProgress p = ReadProgress.UNREAD.seen(0.975);
        assertThat(p.state()).isEqualTo(ReadState.IN_PROGRESS);
        assertThat(p.percent()).isEqualTo(97);
        assertThat(new ReadProgress(ReadState.IN_PROGRESS, 1).percent()).isEqualTo(99);
    }

    @Test
    void markingByHandSetsReadOrUnreadAsIfNeverOpened() {
        ReadProgress reading = ReadProgress.UNREAD.seen(0.6);
        assertThat(reading.marked(true).state()).isEqualTo(ReadState.READ);
        assertThat(reading.marked(false)).isEqualTo(ReadProgress.UNREAD);
        assertThat(reading.marked(true).marked(false).seen(0.2).percent()).as("opened again, counted afresh").isEqualTo(20);
    }

    @Test
    void oddNumbersAreTidied() {
        assertThat(ReadProgress.UNREAD.seen(Double.NaN)).isEqualTo(new ReadProgress(ReadState.IN_PROGRESS, 0));
        assertThat(new ReadProgress(null, 7).state()).isEqualTo(ReadState.UNREAD);
        assertThat(new ReadProgress(ReadState.IN_PROGRESS, 7).furthest()).isEqualTo(1);
    }

    @Test
    void theStateWordsAreStable() {
        assertThat(ReadState.IN_PROGRESS.key()).isEqualTo("reading");
        for (ReadState state : ReadState.values()) {
            assertThat(ReadState.fromKey(state.key())).isEqualTo(state);
        }
    }
}
