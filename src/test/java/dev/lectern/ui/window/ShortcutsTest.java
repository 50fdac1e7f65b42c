package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.render.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each keyboard shortcut, pressed as a user would, does what the menu says. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class ShortcutsTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private ReaderFixture window;

    @Start
    void start(Stage stage) throws IOException {
        window = ReaderFixture.onSamples(stage, background, scratch);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    private void ready() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.reader.articleProperty().get() != null && window.search.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses the modifiers, types the key, releases the modifiers. */
    private static void keys(FxRobot robot, KeyCode... codes) {
        for (int i = 0; i < codes.length - 1; i++) {
            robot.press(codes[i]);
        }
        robot.type(codes[codes.length - 1]);
        for (int i = codes.length - 2; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(id).query().getScene() != null;
    }

    @Test
    void searchFindAndPanelKeys(FxRobot robot) throws Exception {
        ready();
        keys(robot, KeyCode.CONTROL, KeyCode.K);
        assertThat(robot.lookup("#article-filter").query().isFocused()).as("Ctrl+K").isTrue();

        keys(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(shown(robot, "#find-bar")).as("Ctrl+F").isTrue();
        assertThat(robot.lookup("#find-field").query().isFocused()).isTrue();
        keys(robot, KeyCode.ESCAPE);

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        assertThat(shown(robot, "#side-panel")).as("Ctrl+Shift+O shows the outline").isTrue();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        assertThat(shown(robot, "#side-panel")).as("and hides it").isFalse();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        assertThat(shown(robot, "#side-panel")).as("Ctrl+Shift+H").isTrue();

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertThat(shown(robot, "#tag-tree")).as("Ctrl+Shift+T hides the tags").isFalse();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J);
        assertThat(shown(robot, "#article-table")).as("Ctrl+Shift+J hides the list").isFalse();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J);
        assertThat(shown(robot, "#tag-tree")).isTrue();
        assertThat(shown(robot, "#article-table")).isTrue();
    }

    @Test
    void themeTextSizeAndBookmarkKeys(FxRobot robot) throws Exception {
        ready();
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(window.reader.themeProperty().get()).as("Ctrl+3").isEqualTo(Theme.DARK);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(window.reader.themeProperty().get()).as("Ctrl+2").isEqualTo(Theme.SEPIA);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(window.reader.themeProperty().get()).as("Ctrl+1").isEqualTo(Theme.LIGHT);

        keys(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(window.reader.textSizeProperty().get()).as("Ctrl+=").isEqualTo(110);
        keys(robot, KeyCode.CONTROL, KeyCode.MINUS);
        keys(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(window.reader.textSizeProperty().get()).as("Ctrl+-").isEqualTo(90);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(window.reader.textSizeProperty().get()).as("Ctrl+0").isEqualTo(100);

        Article open = window.reader.articleProperty().get();
        keys(robot, KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.annotations.isStarred(open.id()));
        keys(robot, KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.annotations.isStarred(open.id()));
    }

    @Test
    void f11GoesFullScreenAndEscLeavesItOnceNothingElseTakesEsc(FxRobot robot) throws Exception {
        ready();
        keys(robot, KeyCode.F11);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, window.stage::isFullScreen);
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(shown(robot, "#find-bar")).isTrue();
        keys(robot, KeyCode.ESCAPE);
        assertThat(shown(robot, "#find-bar")).as("Esc closes the find bar first").isFalse();
        assertThat(window.stage.isFullScreen()).isTrue();
        keys(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.stage.isFullScreen());
        keys(robot, KeyCode.F11);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, window.stage::isFullScreen);
        keys(robot, KeyCode.F11);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.stage.isFullScreen());
    }

    @Test
    void nextAndPreviousArticleKeys(FxRobot robot) throws Exception {
        ready();
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        Article first = table.getItems().get(0);
        Article second = table.getItems().get(1);
        keys(robot, KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.reader.articleProperty().get() == second);
        keys(robot, KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.reader.articleProperty().get() == first);
    }

    @Test
    void windowsAndFilterKeys(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> window.library.filter().showOnly(window.library.filter().indexProperty().get()
                .roots(dev.lectern.library.Facet.TAG).get(0).ref()));
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertThat(window.library.filter().visibleArticles()).as("Ctrl+Shift+A shows all").hasSize(5);

        keys(robot, KeyCode.F1);
        assertThat(titles()).as("F1").contains("Keyboard Shortcuts — Lectern");
        robot.interact(() -> window.stage.requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        assertThat(titles()).as("Ctrl+Shift+B").contains("Highlights and Bookmarks — Lectern");
    }

    /** Esc closes the library-wide list whichever of its controls has the focus: its colour chooser and tree used it up. */
    @Test
    void escClosesTheHighlightsWindowFromItsColourChooserAndItsTree(FxRobot robot) throws Exception {
        ready();
        for (String focused : List.of(".combo-box", ".tree-view")) {
            robot.interact(() -> window.stage.requestFocus());
            keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
            Stage tool = Window.getWindows().stream().filter(w -> w instanceof Stage s && w.isShowing()
                    && "Highlights and Bookmarks — Lectern".equals(s.getTitle())).map(Stage.class::cast).findFirst().orElseThrow();
            javafx.scene.Node control = robot.from(tool.getScene().getRoot()).lookup(focused).query();
            robot.interact(() -> {
                tool.requestFocus();
                control.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tool.getScene().getFocusOwner()).as(focused).isSameAs(control);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tool.isShowing()).as("Esc from %s closes it", focused).isFalse();
        }
    }

    @Test
    void printingWhereNoPrinterIsSetUpSaysHowToAddOne(FxRobot robot) throws Exception {
        ready();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.printRequests.get() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("No printer is set up");
        assertThat(pane.getContentText()).contains("PDF printer");
        // JavaFX titles an information "Message"; File › Print's own dialog is "Print"
        assertThat(((Stage) pane.getScene().getWindow()).getTitle()).isEqualTo(dev.lectern.ui.common.Messages.t("print.title"));
    }

    /**
     * WebKit takes some keys for itself while the page has the focus (Ctrl+Shift+V pastes as plain text there) and
     * the menus never saw them: every menu shortcut must work from the page, where the reader's focus mostly is.
     */
    @Test
    void everyMenuShortcutWorksWhileThePageHasTheFocus(FxRobot robot) throws Exception {
        ready();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> fired = new java.util.ArrayList<>();
        List<MenuItem> items = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getAccelerator() instanceof javafx.scene.input.KeyCodeCombination && !item.isDisable()) {
                        item.setOnAction(e -> fired.add(item)); // what it does is other tests' business
                        items.add(item);
                    }
                }
            }
        });
        assertThat(items).hasSizeGreaterThan(25);
        javafx.scene.web.WebView web = robot.lookup("#reader-web").query();
        List<String> missed = new java.util.ArrayList<>();
        for (MenuItem item : items) {
            robot.interact(web::requestFocus);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, web::isFocused);
            javafx.scene.input.KeyCodeCombination keys = (javafx.scene.input.KeyCodeCombination) item.getAccelerator();
            List<KeyCode> pressed = new java.util.ArrayList<>();
            if (keys.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.DOWN
                    || keys.getControl() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
                pressed.add(KeyCode.CONTROL);
            }
            if (keys.getShift() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
                pressed.add(KeyCode.SHIFT);
            }
            if (keys.getAlt() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
                pressed.add(KeyCode.ALT);
            }
            pressed.add(keys.getCode());
            fired.clear();
            keys(robot, pressed.toArray(KeyCode[]::new));
            if (!fired.equals(List.of(item))) {
                missed.add(item.getText() + " (" + keys.getDisplayText() + ")");
            }
        }
        assertThat(missed).as("shortcuts that did nothing from the page").isEmpty();
    }

    @Test
    void altAndTheUnderlinedLetterOpenEachMenuFromTheListAndThePage(FxRobot robot) throws Exception {
        ready();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Node list = robot.lookup("#article-table").query();
        javafx.scene.web.WebView web = robot.lookup("#reader-web").query();
        KeyCode[] letters = {KeyCode.F, KeyCode.G, KeyCode.V, KeyCode.A, KeyCode.H};
        for (Node focus : List.of(list, web)) {
            for (int i = 0; i < letters.length; i++) {
                Menu menu = bar.getMenus().get(i);
                robot.interact(focus::requestFocus);
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, focus::isFocused);
                keys(robot, KeyCode.ALT, letters[i]);
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, menu::isShowing);
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !menu.isShowing());
            }
        }
        assertThat(ShortcutsDialog.rows(bar).stream().map(row -> row[0]))
                .as("the help names the menus without the key's mark").contains("File", "Go", "View", "Help")
                .noneMatch(name -> name.contains("_"));
    }

    @Test
    void everyMenuShortcutIsUniqueAndListedInHelp(FxRobot robot) throws Exception {
        ready();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Set<String> seen = new HashSet<>();
        List<String[]> listed = ShortcutsDialog.rows(bar);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    String keys = item.getAccelerator().getDisplayText();
                    assertThat(seen.add(keys)).as("%s is used once", keys).isTrue();
                    assertThat(listed).anyMatch(row -> row[1].equals(keys));
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(25);
    }

    private static List<String> titles() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> ((Stage) w).getTitle()).toList();
    }
}
