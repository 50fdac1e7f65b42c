package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The article's highlights panel right after a start, before the annotation file has been read. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class SidePanelTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final CountDownLatch read = new CountDownLatch(1);

    @AfterEach
    void stop() throws Exception {
        read.countDown();
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void untilTheAnnotationFileIsReadThePanelDoesNotSayTheArticleHasNoHighlights(FxRobot robot) throws Exception {
        // "Select text to highlight it" showed for seconds over an article with two highlights: they looked lost
        Path annotations = Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml");
        ReaderFixture[] built = new ReaderFixture[1];
        robot.interact(() -> {
            built[0] = new ReaderFixture(new Stage(), background, annotations, false);
            built[0].annotationFileRead = read;
            built[0].library.open(ReaderFixture.SAMPLES);
        });
        ReaderFixture window = built[0];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 5);
        TableView<Article> table = robot.from(window.stage.getScene().getRoot()).lookup("#article-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.reader.articleProperty().get() != null);
        robot.interact(() -> window.stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> panel = robot.from(window.stage.getScene().getRoot()).lookup("#article-annotations").queryListView();

        assertThat(((Label) panel.getPlaceholder()).getText()).isEqualTo(t("status.loading"));

        read.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window.annotations::isOpen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) panel.getPlaceholder()).getText()).isEqualTo(t("annotations.placeholder"));
    }

    @Test
    void theSidePanelsTabsAreWholeInANarrowWindow(FxRobot robot) throws Exception {
        // after a restart the panel came back at its share of a window laid out otherwise: "Backl", or "E" under ▾
        Path annotations = Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml");
        read.countDown();
        ReaderFixture[] built = new ReaderFixture[1];
        robot.interact(() -> {
            built[0] = new ReaderFixture(new Stage(), background, annotations, false);
            built[0].stage.setWidth(760);
            built[0].stage.setHeight(560);
            built[0].library.open(ReaderFixture.SAMPLES);
        });
        ReaderFixture window = built[0];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 5);
        robot.interact(() -> window.stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Node side = robot.from(window.stage.getScene().getRoot()).lookup("#side-panel").query();
        java.util.Set<javafx.scene.Node> labels = side.lookupAll(".tab-label");
        assertThat(labels).hasSize(3);
        for (javafx.scene.Node node : labels) {
            javafx.scene.control.Label label = (javafx.scene.control.Label) node;
            javafx.scene.text.Text shown = (javafx.scene.text.Text) label.lookup(".text");
            assertThat(shown.getText()).as("the tab's words, not cut").isEqualTo(label.getText());
        }
        javafx.scene.Node arrow = side.lookup(".control-buttons-tab");
        assertThat(arrow == null || !arrow.isVisible()).as("no overflow arrow over the tabs (panel %s wide, at least %s)",
                ((javafx.scene.layout.Region) side).getWidth(), ((javafx.scene.layout.Region) side).getMinWidth()).isTrue();
    }

    @Test
    void theSidePanelInANarrowReadingPaneSitsBesideThePageNeverOverIt(FxRobot robot) throws Exception {
        // 1024 x 600, tags and list shown, text at 200 %: the page was squeezed to ~180 px, five Chinese characters
        Path annotations = Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml");
        read.countDown();
        ReaderFixture[] built = new ReaderFixture[1];
        robot.interact(() -> {
            built[0] = new ReaderFixture(new Stage(), background, annotations, false);
            built[0].stage.setWidth(1000);
            built[0].stage.setHeight(560);
            built[0].reader.textSizeProperty().set(200);
            built[0].library.open(ReaderFixture.SAMPLES);
        });
        ReaderFixture window = built[0];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 5);
        robot.interact(() -> window.stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.layout.Region side = robot.from(window.stage.getScene().getRoot()).lookup("#side-panel").query();
        javafx.scene.web.WebView page = robot.from(window.stage.getScene().getRoot()).lookup("#reader-web").query();
        assertThat(side.isVisible() && side.getScene() != null).as("the side panel shows").isTrue();
        javafx.scene.Parent pane = side.getParent();
        while (!(pane instanceof ReaderPane)) {
            pane = pane.getParent();
        }
        double room = ((ReaderPane) pane).getWidth();
        // laid over the page, the panel hid the end of every line at 130 % and more
        assertThat(page.localToScene(page.getLayoutBounds()).getMaxX()).as("the panel beside the page, not over its text")
                .isLessThanOrEqualTo(side.localToScene(side.getLayoutBounds()).getMinX() + 1);
        assertThat(page.getWidth()).as("the page keeps about 20 em of its 200 %% text, or what the %s px pane leaves beside the panel's tabs (%s)",
                room, side.getMinWidth()).isGreaterThanOrEqualTo(Math.min(ReaderPane.pageLeast(200), room - side.getMinWidth() - 12) - 1);
        for (javafx.scene.Node node : side.lookupAll(".tab-label")) {
            javafx.scene.control.Label label = (javafx.scene.control.Label) node;
            assertThat(((javafx.scene.text.Text) label.lookup(".text")).getText()).as("tabs whole").isEqualTo(label.getText());
        }

        robot.interact(() -> window.stage.setWidth(1500)); // room for both side by side again
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.localToScene(page.getLayoutBounds()).getMaxX()).as("side by side, not over the page")
                .isLessThanOrEqualTo(side.localToScene(side.getLayoutBounds()).getMinX() + 1);
        assertThat(page.getWidth()).isGreaterThanOrEqualTo(ReaderPane.pageLeast(100) - 1);
    }
}
