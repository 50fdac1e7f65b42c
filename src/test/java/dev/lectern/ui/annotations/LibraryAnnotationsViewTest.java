package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A row of the library's highlights sets its quote and its note each in the cut of its own script. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class LibraryAnnotationsViewTest {

    @TempDir
    Path dir;

    private AnnotationStore store;

    @AfterEach
    void close() throws Exception {
        store.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void anEnglishQuoteWithAChineseNoteIsSetInTwoCuts(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Font.getFamilies().contains("Noto Sans CJK SC"), "fonts-noto-cjk is not installed");
        store = AnnotationStore.open(dir.resolve("a.yaml"), dir, null,
                Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        AnnotationsViewModel annotations = new AnnotationsViewModel(
                new ArticleTexts(new ArticleReader(), new PageRenderer()), Runnable::run, Runnable::run);
        annotations.use(store);
        store.addHighlight(new ArticleId("a.md"), null, new Anchor("blast radius", "", "", 0, 12, null),
                HighlightColor.PINK, "爆炸半径：故障影响的范围");
        robot.interact(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new LibraryAnnotationsView(annotations, id -> null, (id, a) -> { }), 900, 500);
            scene.getStylesheets().add(Objects.requireNonNull(
                    getClass().getResource("/dev/lectern/ui/lectern.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, String> fonts = new HashMap<>();
        robot.interact(() -> robot.lookup("#library-annotations .label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText() != null && !label.getText().isBlank())
                .forEach(label -> fonts.put(label.getText(), label.getFont().getFamily())));

        assertThat(fonts).containsEntry("“blast radius”", "Noto Sans CJK JP")
                .containsEntry("— 爆炸半径：故障影响的范围", "Noto Sans CJK SC");
    }

    /** Enter on a row opens it as a click does: the library's highlights once answered the mouse alone. */
    @Test
    void enterOnAChosenRowOpensItsArticleAtThePassage(FxRobot robot) throws Exception {
        store = AnnotationStore.open(dir.resolve("a.yaml"), dir, null,
                Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        AnnotationsViewModel annotations = new AnnotationsViewModel(
                new ArticleTexts(new ArticleReader(), new PageRenderer()), Runnable::run, Runnable::run);
        annotations.use(store);
        store.addHighlight(new ArticleId("a.md"), null, new Anchor("blast radius", "", "", 0, 12, null),
                HighlightColor.PINK, "");
        java.util.List<Object> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new LibraryAnnotationsView(annotations, id -> null,
                    (id, a) -> opened.add(a == null ? id : a)), 900, 500));
            stage.show();
            stage.requestFocus();
        });
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#library-annotations").query();
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(1); // the highlight, under its article's row
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).singleElement().isInstanceOf(dev.lectern.model.Highlight.class);
        robot.type(javafx.scene.input.KeyCode.UP).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).as("Enter on the article's row opens the article").hasSize(2).last()
                .isEqualTo(new ArticleId("a.md"));
    }

    /** A right-click chooses a row for its menu, which recolours, deletes and undoes; it no longer opens the article. */
    @Test
    void aRowsMenuRecoloursDeletesAndUndoesWithoutOpeningTheArticle(FxRobot robot) throws Exception {
        store = AnnotationStore.open(dir.resolve("a.yaml"), dir, null,
                Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        AnnotationsViewModel annotations = new AnnotationsViewModel(
                new ArticleTexts(new ArticleReader(), new PageRenderer()), Runnable::run, Runnable::run);
        annotations.use(store);
        dev.lectern.model.Highlight pink = store.addHighlight(new ArticleId("a.md"), null,
                new Anchor("blast radius", "", "", 0, 12, null), HighlightColor.PINK, "");
        java.util.List<Object> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new LibraryAnnotationsView(annotations, id -> null,
                    (id, a) -> opened.add(a == null ? id : a)), 900, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        menuOn(robot, "“blast radius”");
        robot.clickOn("#row-colour-green");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((dev.lectern.model.Highlight) store.find(pink.id()).orElseThrow()).color())
                .isEqualTo(HighlightColor.GREEN);
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#library-annotations").query();
        robot.interact(() -> {
            tree.getSelectionModel().select(0); // the article's row
            javafx.geometry.Bounds box = tree.localToScreen(tree.getBoundsInLocal());
            javafx.event.Event.fireEvent(tree, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, box.getMinX() + 5,
                    box.getMinY() + 5, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#row-undo").tryQuery().map(javafx.scene.Node::isVisible).orElse(false))
                .as("an article's row has no menu").isFalse();
        menuOn(robot, "“blast radius”");
        robot.clickOn("#row-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(annotations.all()).isEmpty();
        assertThat(robot.lookup("#annotations-summary").queryAs(Label.class).getText()).as("said in this window")
                .contains("Highlight deleted", "Ctrl+Z");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(annotations.all()).as("Ctrl+Z in this window brings it back").hasSize(1);
        menuOn(robot, "“blast radius”");
        robot.clickOn("#row-colour-blue");
        menuOn(robot, "“blast radius”");
        robot.clickOn("#row-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((dev.lectern.model.Highlight) store.find(pink.id()).orElseThrow()).color())
                .as("the menu's Undo puts the colour back").isEqualTo(HighlightColor.GREEN);
        assertThat(opened).as("no right-click opened the article").isEmpty();
    }

    /**
     * Right-clicks a row (which chooses it) and asks for its menu: under Monocle the secondary button is not turned
     * into a context-menu request, so the request is sent as the platform would.
     */
    private static void menuOn(FxRobot robot, String text) {
        javafx.scene.Node row = robot.lookup(text).query();
        robot.rightClickOn(row);
        robot.interact(() -> {
            javafx.geometry.Bounds box = row.localToScreen(row.getBoundsInLocal());
            javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, box.getMinX() + 5,
                    box.getMinY() + 5, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
