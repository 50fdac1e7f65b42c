package dev.lectern.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.ArticleTexts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review view model on a real store, with same-thread executors and a clock the test moves. */
class ReviewViewModelTest {

    @TempDir
    Path dir;

    private final Clock[] now = {Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)};
    private final Clock clock = new Clock() {
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
            return now[0].instant();
        }
    };
    private AnnotationStore store;
    private AnnotationsViewModel annotations;
    private ReviewViewModel review;

    @BeforeEach
    void sevenHighlights() throws Exception {
        store = AnnotationStore.open(dir.resolve("a.yaml"), dir, null, clock);
        annotations = new AnnotationsViewModel(new ArticleTexts(new ArticleReader(), new PageRenderer()), Runnable::run,
                Runnable::run);
        annotations.use(store);
        for (int i = 1; i <= 7; i++) {
            store.addHighlight(new ArticleId("a.md"), null, new Anchor("quote " + i, "", "", i * 10, i * 10 + 7, null),
                    HighlightColor.YELLOW, "");
            advance(Duration.ofSeconds(1));
        }
        review = new ReviewViewModel(annotations, clock);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private void advance(Duration by) {
        now[0] = Clock.offset(now[0], by);
    }

    private String shown() {
        Highlight h = review.currentProperty().get();
        return h == null ? null : h.anchor().quote();
    }

    @Test
    void aBatchShowsAFewDueHighlightsAndMarkingMovesOn() {
        review.start();

        assertThat(review.batchSizeProperty().get()).isEqualTo(5);
        assertThat(shown()).isEqualTo("quote 1");
        assertThat(review.dueProperty().get()).isEqualTo(7);
        review.known();
        assertThat(shown()).isEqualTo("quote 2");
        assertThat(review.positionProperty().get()).isEqualTo(1);
        assertThat(review.dueProperty().get()).isEqualTo(6);
        review.previous();
        assertThat(shown()).isEqualTo("quote 1");
    }

    @Test
    void knownComesBackTomorrowAgainInTenMinutesDiscardNever() {
        review.start();
        review.known();
        review.again();
        review.discard();
        review.known();
        review.known();
        assertThat(review.currentProperty().get()).isNull();

        advance(Duration.ofMinutes(10));
        review.start();
        assertThat(shown()).isEqualTo("quote 2");
        assertThat(review.batchSizeProperty().get()).isEqualTo(3);

        advance(Duration.ofDays(1));
        review.start();
        assertThat(review.dueProperty().get()).isEqualTo(6);
        assertThat(annotations.all()).hasSize(7);
    }

    @Test
    void tagsAndNoteWrittenDuringTheReviewAreStored() {
        review.start();
        Highlight first = review.currentProperty().get();

        review.tag("#moon, 古文, moon");
        review.note("read again");

        Highlight stored = (Highlight) store.find(first.id()).orElseThrow();
        assertThat(stored.tags()).containsExactly("moon", "古文");
        assertThat(stored.note()).isEqualTo("read again");
        assertThat(review.currentProperty().get()).isEqualTo(stored);
    }

    @Test
    void aHighlightDeletedMeanwhileIsSkipped() {
        review.start();
        Highlight second = store.annotations().stream().map(Highlight.class::cast)
                .filter(h -> h.anchor().quote().equals("quote 2")).findFirst().orElseThrow();
        store.delete(second.id());

        review.known();

        assertThat(shown()).isEqualTo("quote 3");
    }
}
