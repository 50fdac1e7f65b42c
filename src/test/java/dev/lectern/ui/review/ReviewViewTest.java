package dev.lectern.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ColorNames;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.ArticleTexts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import dev.lectern.Await;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The review card as shown: a highlight's note and tags appear only when it has them. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {

    @TempDir
    Path dir;

    private AnnotationStore store;

    @AfterEach
    void close() throws Exception {
        store.close();
        FxToolkit.cleanupStages();
    }

    /** The review in a 900 x 600 window, started. */
    private ReviewView shown(FxRobot robot, ReviewViewModel review) {
        ReviewView[] view = new ReviewView[1];
        robot.interact(() -> {
            view[0] = new ReviewView(review, id -> null, () -> ColorNames.NONE, List::of, (id, h) -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0], 900, 600));
            stage.show();
            review.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    /** The review of a store holding one yellow highlight of the passage with the note. */
    private ReviewViewModel reviewOf(String passage, String note) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
        store = AnnotationStore.open(dir.resolve("a.yaml"), dir, null, clock);
        AnnotationsViewModel annotations = new AnnotationsViewModel(
                new ArticleTexts(new ArticleReader(), new PageRenderer()), Runnable::run, Runnable::run);
        annotations.use(store);
        store.addHighlight(new ArticleId("a.md"), null, new Anchor(passage, "", "", 0, passage.length(), null),
                HighlightColor.YELLOW, note);
        return new ReviewViewModel(annotations, clock);
    }

    @Test
    void aHighlightWithoutANoteOrTagsShowsNeitherNorTheirEmptyBar(FxRobot robot) throws Exception {
        ReviewViewModel review = reviewOf("bare quote", "");
        ReviewView view = shown(robot, review);

        Label note = (Label) view.lookup(".review-note");
        Label tags = (Label) view.lookup(".review-tags");
        assertThat(((Label) view.lookup(".review-quote")).getText()).contains("bare quote");
        assertThat(((Label) view.lookup(".review-source")).getText()).as("the colour in the interface language")
                .endsWith("Yellow");
        assertThat(List.<Node>of(note, tags)).allSatisfy(part -> assertThat(part.isVisible() || part.isManaged()).isFalse());

        robot.interact(() -> review.note("why it matters"));
        assertThat(note.getText()).isEqualTo("why it matters");
        assertThat(note.isVisible() && note.isManaged()).isTrue();

        Node actions = view.lookup("#review-actions");
        assertThat(actions.isDisabled()).as("a highlight shown: its actions work").isFalse();
        robot.interact(review::known);
        assertThat(((Label) view.lookup(".review-quote")).getText()).as("the batch is done").doesNotContain("bare quote");
        assertThat(actions.isDisabled()).as("nothing shown: nothing to act on").isTrue();
        assertThat(note.getText()).as("when more come, as Anki says it").isEqualTo("The next highlight comes back in a day.");
    }

    /**
     * The review's keys work as soon as its window opens, with no click first (its buttons once took no focus, so the
     * window had no focus owner and its keys went nowhere), and Tab reaches its buttons.
     */
    @Test
    void theReviewKeysWorkAsSoonAsTheWindowOpensAndTabReachesItsButtons(FxRobot robot) throws Exception {
        ReviewViewModel review = reviewOf("first passage", "");
        store.addHighlight(new ArticleId("a.md"), null, new Anchor("second passage", "", "", 20, 34, null),
                HighlightColor.BLUE, "");
        List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        ReviewView[] shown = new ReviewView[1];
        robot.interact(() -> {
            shown[0] = new ReviewView(review, id -> null, () -> ColorNames.NONE, List::of,
                    (id, h) -> opened.add(((dev.lectern.model.Highlight) h).anchor().quote()));
            Stage stage = new Stage();
            stage.setScene(new Scene(shown[0], 900, 600));
            stage.show();
            stage.requestFocus();
            review.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ReviewView view = shown[0];
        Label quote = (Label) view.lookup(".review-quote");
        String first = quote.getText();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).as("Enter opens the highlight shown, with no click first").hasSize(1);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(review.positionProperty().get()).as("→ marks it known and shows the next").isEqualTo(1);
        assertThat(quote.getText()).isNotEqualTo(first);

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getScene().getFocusOwner()).as("Tab reaches the review's buttons").isInstanceOf(Button.class);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(review.currentProperty().get()).as("← on a focused button is still Again: the batch is done")
                .isNull();
        Await.until(() -> view.getScene().getFocusOwner() == view, Duration.ofSeconds(5));
        assertThat(view.getScene().getFocusOwner()).as("the disabled button hands the keys back to the review")
                .isSameAs(view);
    }

    @Test
    void aLongHighlightScrollsInsideTheCardWithItsActionsInViewAndAWholeArticleIsCut(FxRobot robot) throws Exception {
        String passage = "滚滚长江东逝水，浪花淘尽英雄。是非成败转头空。\n\n".repeat(10_000); // 260,000 characters
        ReviewView view = shown(robot, reviewOf(passage, "the note under it"));

        Label quote = (Label) view.lookup(".review-quote");
        assertThat(quote.getText()).hasSizeLessThanOrEqualTo(ReviewView.QUOTE_CHARS + 3).endsWith("…”")
                .startsWith("“滚滚长江东逝水，浪花淘尽英雄。是非成败转头空。\n\n滚滚长江"); // paragraphs kept
        Node actions = view.lookup("#review-actions");
        Bounds inScene = actions.localToScene(actions.getLayoutBounds());
        assertThat(inScene.getMaxY()).as("the actions are in the window").isLessThanOrEqualTo(600.5);
        ScrollPane scroller = (ScrollPane) view.lookup(".review-scroller");
        assertThat(quote.getHeight()).as("the quote wraps to its full height, taller than the view: it scrolls")
                .isGreaterThan(scroller.getViewportBounds().getHeight());
        robot.interact(() -> scroller.setVvalue(scroller.getVmax()));
        Node note = view.lookup(".review-note");
        assertThat(note.localToScene(note.getLayoutBounds()).getMaxY()).as("scrolled down, the note is in view")
                .isLessThanOrEqualTo(inScene.getMinY());
    }
}
