package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.ui.library.ArticleTitleCell;
import dev.lectern.ui.library.LibraryViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Read state as a user sees it in the article list: reading to the end, marking by hand, filtering. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class ReadStateTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    private static final String LONG = "2020 第一场线下活动";
    private static final String OTHER = "re:Invent 2018 —机器学习和无服务器改造";

    private final ExecutorService background = Executors.newCachedThreadPool();
    private LibraryViewModel library;
    private ReaderFixture window;

    @Start
    void start(Stage stage) throws IOException {
        window = ReaderFixture.onSamples(stage, background, scratch);
        library = window.library;
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void readingToTheEndMarkingByHandAndFilteringShowInTheList(FxRobot robot) throws Exception {
        awaitLoaded();
        assertThat(shownStates(robot)).as("a new library is all unread").containsOnly("unread");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.window.readerView().shownArticle() != null);
        robot.interact(() -> window.passTime(3000));
        assertThat(shownStates(robot)).as("the article the window shows by itself is not read by being shown")
                .containsOnly("unread");

        open(robot, LONG);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "in-progress".equals(stateOf(robot, LONG)));
        assertThat(percentOf(robot, LONG)).matches("\\d{1,2}%");
        ReaderFixture.script(robot, web(robot), "window.scrollTo(0, document.documentElement.scrollHeight)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "read".equals(stateOf(robot, LONG)));
        assertThat(countOn(robot, "#read-filter-read")).isEqualTo("1");

        openContextMenu(robot, LONG);
        robot.clickOn("Mark as Unread");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stateOf(robot, LONG)).isEqualTo("unread");
        robot.interact(() -> window.passTime(3000));
        assertThat(stateOf(robot, LONG)).as("the hand mark wins while the article stays open").isEqualTo("unread");

        robot.clickOn(cellOf(robot, LONG));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stateOf(robot, LONG)).as("Ctrl+Shift+U toggles").isEqualTo("read");

        open(robot, OTHER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "in-progress".equals(stateOf(robot, OTHER)));

        robot.clickOn("#read-filter-unread");
        assertThat(shownTitles(robot)).hasSize(3).doesNotContain(LONG, OTHER);
        assertThat(shownStates(robot)).containsOnly("unread");
        robot.clickOn("#read-filter-read");
        assertThat(shownTitles(robot)).containsExactly(LONG);
        robot.clickOn("#read-filter-in-progress");
        assertThat(shownTitles(robot)).containsExactly(OTHER);
        robot.clickOn("#read-filter-all");
        assertThat(shownTitles(robot)).hasSize(5);
        assertThat(List.of(countOn(robot, "#read-filter-unread"), countOn(robot, "#read-filter-in-progress"),
                countOn(robot, "#read-filter-read"))).containsExactly("3", "1", "1");
    }

    /** A right-click on another row is for its menu: the page stays, and the menu acts on the row clicked. */
    @Test
    void aRightClickOnAnotherRowKeepsTheOpenArticleAndItsMenuActsOnThatRow(FxRobot robot) throws Exception {
        awaitLoaded();
        open(robot, LONG);
        TableView<Article> table = robot.lookup("#article-table").query();

        openContextMenu(robot, OTHER);
        robot.clickOn("Mark as Read");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "read".equals(stateOf(robot, OTHER)));
        assertThat(ReaderFixture.pageTitle(robot, web(robot))).as("the page the reader was on stays").isEqualTo(LONG);
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo(LONG);
        assertThat(stateOf(robot, LONG)).as("the open article is not the one marked").isNotEqualTo("read");
    }

    @Test
    void anArticleEmptiedInAnEditorIsNotReadByBeingShownButAPictureAloneIs(FxRobot robot) throws Exception {
        // truncated in an editor while open, an article was marked read at 0%, and the place reached was lost; one that
        // is a picture alone is read
        Path lib = java.nio.file.Files.createDirectories(scratch.resolve("emptied"));
        java.nio.file.Files.writeString(lib.resolve("emptied.md"), "");
        java.nio.file.Files.write(lib.resolve("pic.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        java.nio.file.Files.writeString(lib.resolve("short.md"), "# Short\n\n![](pic.png)\n");
        robot.interact(() -> library.open(lib));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !library.loadingProperty().get() && library.filter().totalProperty().get() == 2);

        open(robot, "emptied");
        for (int look = 0; look < 3; look++) {
            robot.interact(() -> {
                window.passTime(3000);
                window.window.progress().look();
            });
        }
        open(robot, "Short");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> { // once over 15 s in a loaded whole-suite run
            robot.interact(() -> {
                window.passTime(3000);
                window.window.progress().look();
            });
            return "read".equals(stateOf(robot, "Short"));
        });

        assertThat(stateOf(robot, "emptied")).isEqualTo("unread");
    }

    @Test
    void theStatusBarSaysHowFarIntoTheArticleAndHowLongIsLeft(FxRobot robot) throws Exception {
        awaitLoaded();
        open(robot, LONG);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> position(robot).matches("\\d{1,2}% · \\d+ min left"));
        int atTop = minutesLeft(position(robot));
        Object header = ReaderFixture.script(robot, web(robot), "document.querySelector('.reading-time').textContent");
        assertThat(header).as("the page's own reading time").isEqualTo("21 min read");
        assertThat(atTop).isBetween(15, 21);

        ReaderFixture.script(robot, web(robot), "window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> position(robot).matches("[4-6]\\d% · \\d+ min left"));
        assertThat(minutesLeft(position(robot))).isBetween(7, 13);

        ReaderFixture.script(robot, web(robot), "window.scrollTo(0, document.documentElement.scrollHeight)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "100%".equals(position(robot)));
        assertThat(robot.lookup("#status-position").queryLabeled().isVisible()).isTrue();
    }

    private static String position(FxRobot robot) {
        return robot.lookup("#status-position").queryLabeled().getText();
    }

    private static int minutesLeft(String position) {
        return Integer.parseInt(position.replaceAll(".* (\\d+) min left", "$1"));
    }

    @Test
    void theListsContextMenuHandsAnArticlesFileToTheDesktopAndCopiesItsPath(FxRobot robot) throws Exception {
        awaitLoaded();
        java.nio.file.Path file = ReaderFixture.SAMPLES.resolve("2020-01-05-reinvent-nights.md");

        openContextMenu(robot, LONG);
        robot.clickOn("Open in Default App");
        openContextMenu(robot, LONG);
        robot.clickOn("Show in Folder");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.desktop).containsExactly("open " + file, "show " + file);

        openContextMenu(robot, LONG);
        robot.clickOn("Copy File Path");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(file.toString());
    }

    @Test
    void withNothingToOpenItWithTheWindowSaysSoAndCopiesThePath(FxRobot robot) throws Exception {
        awaitLoaded();
        window.desktopOpens = false; // no xdg-open, no browser
        java.nio.file.Path file = ReaderFixture.SAMPLES.resolve("2020-01-05-reinvent-nights.md");

        openContextMenu(robot, LONG);
        robot.clickOn("Open in Default App");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane told = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(told.getHeaderText()).isEqualTo("Nothing to open it with");
        assertThat(told.getContentText()).contains(file.toString(), "clipboard");
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(file.toString());
        robot.interact(() -> ((javafx.stage.Stage) told.getScene().getWindow()).close());
    }

    /**
     * Right-clicks the node and asks for its context menu as a right click does: the headless Monocle robot presses
     * the secondary button but the platform does not turn that into a context-menu request. The row is named by its title: a cell
     * looked up earlier may since show another row, or none.
     */
    private static void openContextMenu(FxRobot robot, String title) throws TimeoutException {
        // the list may make its cells anew meanwhile (a row's progress arriving): a cell gone from it is looked up again
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            ArticleTitleCell shown = cellOf(robot, title);
            try {
                robot.rightClickOn(shown);
            } catch (RuntimeException gone) {
                return false;
            }
            boolean[] asked = new boolean[1];
            robot.interact(() -> {
                javafx.geometry.Bounds box = shown.localToScreen(shown.getBoundsInLocal());
                if (box != null) {
                    javafx.event.Event.fireEvent(shown, new javafx.scene.input.ContextMenuEvent(
                            javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, box.getMinX() + 20,
                            box.getMinY() + 10, false, null));
                    asked[0] = true;
                }
            });
            return asked[0];
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitLoaded() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !library.loadingProperty().get() && library.filter().totalProperty().get() == 5);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void open(FxRobot robot, String title) throws TimeoutException {
        robot.clickOn(cellOf(robot, title));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.equals(ReaderFixture.pageTitle(robot, web(robot))));
    }

    private static WebView web(FxRobot robot) {
        return robot.lookup("#reader-web").query();
    }

    private static ArticleTitleCell cellOf(FxRobot robot, String title) {
        ArticleTitleCell[] found = new ArticleTitleCell[1];
        robot.interact(() -> robot.lookup("#article-table").query().lookupAll(".article-title-cell").stream()
                .map(ArticleTitleCell.class::cast)
                .filter(c -> c.getItem() != null && c.getItem().title().equals(title) && c.isVisible())
                .findFirst().ifPresent(c -> found[0] = c));
        if (found[0] == null) {
            throw new AssertionError("no row titled " + title);
        }
        return found[0];
    }

    /** "unread", "in-progress" or "read": how the row is drawn; "none" while no row shows the article. */
    private static String stateOf(FxRobot robot, String title) {
        String[] shown = {"none"};
        robot.interact(() -> robot.lookup("#article-table").query().lookupAll(".article-title-cell").stream()
                .map(ArticleTitleCell.class::cast)
                .filter(c -> c.getItem() != null && c.getItem().title().equals(title) && c.isVisible())
                .forEach(cell -> {
                    for (String state : List.of("unread", "in-progress", "read")) {
                        if (cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass(state))) {
                            shown[0] = state;
                        }
                    }
                }));
        return shown[0];
    }

    private static String percentOf(FxRobot robot, String title) {
        Label percent = robot.from(cellOf(robot, title)).lookup(".read-progress").query();
        return percent.isVisible() ? percent.getText() : "";
    }

    private static List<String> shownStates(FxRobot robot) {
        return shownTitles(robot).stream().map(t -> stateOf(robot, t)).toList();
    }

    private static List<String> shownTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        return table.getItems().stream().map(Article::title).toList();
    }

    private static String countOn(FxRobot robot, String button) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(robot.lookup(button).queryAs(javafx.scene.Node.class)).lookup(".read-filter-count")
                .queryAs(Label.class).getText();
    }
}
