package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.render.Theme;
import dev.lectern.ui.library.TagTreeItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
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

/** The window's look and keyboard use: the theme follows the reading theme, Tab walks the panes, buttons explain themselves. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class WindowLookTest {

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

    /** The list's Chinese titles are in the Chinese cut of the interface font, English ones in the Japanese cut. */
    @Test
    void englishTitlesAreSetInTheCutWithProportionalQuotes(FxRobot robot) throws Exception {
        List<String> families = javafx.scene.text.Font.getFamilies();
        org.junit.jupiter.api.Assumptions.assumeTrue(families.contains("Noto Sans CJK SC")
                && families.contains("Noto Sans CJK JP"), "fonts-noto-cjk is not installed");
        awaitArticle(robot);
        java.util.Map<String, String> fonts = new java.util.HashMap<>();
        robot.interact(() -> robot.lookup(".article-title").queryAllAs(javafx.scene.control.Label.class)
                .forEach(label -> fonts.put(label.getText(), label.getFont().getFamily())));
        assertThat(fonts).containsEntry("Review of AWS re:invent", "Noto Sans CJK JP")
                .containsEntry("2020 第一场线下活动", "Noto Sans CJK SC");
    }

    @Test
    void theWindowTurnsDarkWithTheReadingThemeAndBack(FxRobot robot) throws Exception {
        awaitArticle(robot);
        Parent root = window.stage.getScene().getRoot();
        assertThat(Application.getUserAgentStylesheet()).contains("cupertino-light");
        assertThat(root.getStyleClass()).contains("theme-light");

        robot.interact(() -> window.reader.themeProperty().set(Theme.DARK));
        assertThat(Application.getUserAgentStylesheet()).contains("cupertino-dark");
        assertThat(root.getStyleClass()).contains("theme-dark").doesNotContain("theme-light");

        robot.interact(() -> window.reader.themeProperty().set(Theme.SEPIA));
        assertThat(Application.getUserAgentStylesheet()).as("sepia is a warm light").contains("cupertino-light");
        assertThat(root.getStyleClass()).contains("theme-sepia").doesNotContain("theme-dark");
        assertThat(robot.lookup("#theme-theme-sepia").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aPopoverOverTheDarkPageIsDarkToo(FxRobot robot) throws Exception {
        awaitArticle(robot);
        robot.interact(() -> window.reader.themeProperty().set(Theme.DARK));
        org.controlsfx.control.PopOver[] popOver = new org.controlsfx.control.PopOver[1];
        robot.interact(() -> {
            popOver[0] = new org.controlsfx.control.PopOver(new javafx.scene.control.Label("note"));
            popOver[0].show(robot.lookup("#reader-web").queryAs(Node.class));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.shape.Path border = (javafx.scene.shape.Path) popOver[0].getRoot().lookup(".border");
        assertThat(((javafx.scene.paint.Color) border.getFill()).getBrightness()).isLessThan(0.3);
        robot.interact(() -> popOver[0].hide(javafx.util.Duration.ZERO));
    }

    @Test
    void everyButtonInTheWindowHasATooltip(FxRobot robot) throws Exception {
        awaitArticle(robot);
        List<String> bare = new ArrayList<>();
        for (Node node : robot.from(window.stage.getScene().getRoot()).lookup((java.util.function.Predicate<Node>) n -> n instanceof ButtonBase).queryAll()) {
            Control button = (Control) node;
            if (button.getTooltip() == null && shown(button) && !insideACell(button)) {
                bare.add(button.getId() + " " + button.getStyleClass());
            }
        }
        assertThat(bare).isEmpty();
        assertThat(robot.lookup("#star-article").queryAs(Control.class).getTooltip().getText())
                .startsWith("Bookmark this article (").endsWith("D)");
    }

    @Test
    void tabWalksFromTheTagsToTheListToTheToolbarToThePage(FxRobot robot) throws Exception {
        awaitArticle(robot);
        robot.interact(() -> robot.lookup("#tag-tree").queryAs(Node.class).requestFocus());
        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Node owner = window.stage.getScene().getFocusOwner();
            visited.add(owner);
            if (owner instanceof WebView) {
                break;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> ids = visited.stream().map(n -> n == null ? "none" : String.valueOf(n.getId())).toList();
        assertThat(ids).as("focus went " + ids).containsSequence("tag-tree", "article-filter", "read-filter-all",
                "article-table", "star-article", "side-panel-toggle");
        assertThat(ids).as("focus went " + ids).containsSubsequence("side-panel-toggle", "theme-theme-light", "reader-web");
        assertThat(robot.lookup(".reader-view").queryAs(Node.class).getPseudoClassStates())
                .as("the page shows it has the keyboard focus").extracting(Object::toString).contains("keyboard-focus");

        // Shift+Tab walks back through the page's links in view first (KeyboardAccessTest), then leaves the page
        for (int i = 0; i < 300 && window.stage.getScene().getFocusOwner() instanceof WebView; i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(window.stage.getScene().getFocusOwner().getId()).as("Shift+Tab leaves the page backwards")
                .isEqualTo(ids.get(ids.size() - 2));
        assertThat(window.stage.getScene().getFocusOwner().isFocusVisible()).as("with its focus ring").isTrue();
        robot.interact(() -> robot.lookup("#reader-web").queryAs(Node.class).requestFocus());
        for (int i = 0; i < 300 && window.stage.getScene().getFocusOwner() instanceof WebView; i++) {
            robot.type(KeyCode.TAB); // through the links from the view on, then out
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(window.stage.getScene().getFocusOwner()).as("Tab leaves the page").isNotInstanceOf(WebView.class);
        assertThat(window.stage.getScene().getFocusOwner().isFocusVisible()).as("with a focus ring").isTrue();
    }

    @Test
    void aToolbarButtonClickedWithTheMouseLeavesTheKeyboardWithThePage(FxRobot robot) throws Exception {
        awaitArticle(robot);
        robot.clickOn("#theme-theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reader.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(window.stage.getScene().getFocusOwner()).as("Space and Page Down scroll the page")
                .isInstanceOf(WebView.class);

        robot.clickOn("#text-larger");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage.getScene().getFocusOwner()).isInstanceOf(WebView.class);
    }

    @Test
    void aNarrowWindowKeepsTheTagsReadableWithTheirCounts(FxRobot robot) throws Exception {
        awaitArticle(robot);
        robot.interact(() -> window.stage.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        // as a start in a narrow window does: the panes' shares of its width (the defaults, or the preferences')
        robot.interact(() -> robot.lookup("#window-panes").queryAs(javafx.scene.control.SplitPane.class)
                .setDividerPositions(0.17, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region tags = robot.lookup(".tag-pane").query();
        assertThat(tags.getWidth()).as("not shrunk to \"…\" and \"A…\"").isGreaterThanOrEqualTo(200);
        for (Node count : robot.lookup(".tag-count").queryAll()) {
            javafx.scene.control.Label label = (javafx.scene.control.Label) count;
            if (shown(label) && !label.getText().isEmpty()) {
                assertThat(label.getWidth()).as("count " + label.getText()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
            }
        }
    }

    @Test
    void theWindowNarrowsNoFurtherThanItsPanesNeedAndEachPaneStaysWhole(FxRobot robot) throws Exception {
        // at 640 wide the reading pane was laid out past the window's edge: its toolbar and the warnings cut off
        awaitArticle(robot);
        double usual = window.stage.getWidth();
        javafx.scene.layout.Region list = robot.lookup(".list-pane").query();
        javafx.scene.control.SplitPane panes = robot.lookup("#window-panes").query();
        try {
            robot.interact(() -> window.stage.setWidth(1400));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> panes.setDividerPositions(0.17, 0.55)); // a list the reader made wide
            WaitForAsyncUtils.waitForFxEvents();
            double chosen = list.getWidth();
            robot.interact(() -> window.stage.setWidth(window.stage.getMinWidth()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(list.getWidth()).as("narrowed, the list gives way").isLessThan(chosen - 50);
            robot.interact(() -> window.stage.setWidth(1400));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(list.getWidth()).as("widened again, it takes back the width it had").isCloseTo(chosen,
                    org.assertj.core.data.Offset.offset(6.0)); // a divider's width, give or take

            // half widened, the reader drags the list narrower: the width kept for it no longer pulls it back
            robot.interact(() -> window.stage.setWidth(window.stage.getMinWidth()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> window.stage.setWidth(window.stage.getMinWidth() + 150));
            WaitForAsyncUtils.waitForFxEvents();
            double before = list.getWidth();
            Node divider = robot.lookup("#window-panes > .split-pane-divider").queryAll().stream()
                    .max(java.util.Comparator.comparingDouble(d -> d.localToScene(d.getLayoutBounds()).getMinX())).orElseThrow();
            // on a loaded machine the robot's press can miss the divider's few pixels: the drag is made again then
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                robot.drag(divider).moveBy(-40, 0).drop();
                WaitForAsyncUtils.waitForFxEvents();
                return list.getWidth() < before - 20;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(list.getWidth()).as("dragged narrower, it stays so").isLessThan(before - 20);
            narrowTheWindow(robot);
        } finally {
            robot.interact(() -> { // the next tests' window is this stage
                window.stage.setWidth(usual);
                panes.setDividerPositions(0.17, 0.5);
            });
        }
    }

    /** At the least width the window allows (a window manager holds it there), with all panes and with the tags hidden. */
    private void narrowTheWindow(FxRobot robot) {
        double narrowest = window.stage.getMinWidth();
        assertThat(narrowest).as("the window's least width").isGreaterThan(900);
        robot.interact(() -> window.stage.setWidth(narrowest));
        WaitForAsyncUtils.waitForFxEvents();
        assertWithin(robot, window.stage.getScene().getWidth());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double withoutTags = window.stage.getMinWidth();
        assertThat(withoutTags).as("the tags hidden, it may narrow further").isLessThan(narrowest - 150);
        robot.interact(() -> window.stage.setWidth(withoutTags));
        WaitForAsyncUtils.waitForFxEvents();
        assertWithin(robot, window.stage.getScene().getWidth());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage.getMinWidth()).as("shown again").isEqualTo(narrowest);
    }

    /** The reading pane and its toolbar end within the window, and the list shows its dates. */
    private static void assertWithin(FxRobot robot, double sceneWidth) {
        javafx.scene.layout.Region toolbar = robot.lookup(".reader-toolbar").query();
        assertThat(toolbar.getWidth()).as("the reading pane's width").isGreaterThanOrEqualTo(WindowPanes.READER_MIN - 1);
        assertThat(toolbar.getWidth()).as("the toolbar not squeezed below what its buttons need")
                .isGreaterThanOrEqualTo(toolbar.minWidth(-1));
        assertThat(toolbar.localToScene(toolbar.getLayoutBounds()).getMaxX()).as("the toolbar's right end")
                .isLessThanOrEqualTo(sceneWidth + 0.5);
        javafx.scene.layout.Region list = robot.lookup(".list-pane").query();
        assertThat(list.getWidth()).as("the list's width").isGreaterThanOrEqualTo(WindowPanes.LIST_MIN - 0.5);
    }

    @Test
    void theAboutDialogShowsEveryNameWhole(FxRobot robot) throws Exception {
        awaitArticle(robot);
        robot.clickOn("_Help").clickOn("About Lectern");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#about-grid").tryQuery().isPresent());
        javafx.scene.layout.GridPane grid = robot.lookup("#about-grid").query();
        List<String> cut = new ArrayList<>();
        for (Node child : grid.getChildren()) {
            if (child instanceof javafx.scene.control.Label label && label.getWidth() < label.prefWidth(-1) - 0.5) {
                cut.add(label.getText());
            }
        }
        assertThat(cut).as("\"Highlights and …\" read as nothing").isEmpty();
        robot.interact(() -> grid.getScene().getWindow().hide());
    }

    @Test
    void spaceChecksTheChosenTagFromTheKeyboard(FxRobot robot) throws Exception {
        awaitArticle(robot);
        javafx.scene.control.TreeView<TagTreeItem> tree = robot.lookup("#tag-tree").query();
        robot.interact(() -> {
            tree.requestFocus();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if ("AWS".equals(tree.getTreeItem(i).getValue().label())) {
                    tree.getSelectionModel().select(i);
                }
            }
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.library.filter().visibleArticles()).hasSize(2);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.library.filter().visibleArticles()).hasSize(5);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Check boxes of tag rows speak through their row; the menu bar's titles are plain words. */
    private static boolean insideACell(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.IndexedCell<?> || n instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        return false;
    }

    private void awaitArticle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !window.library.loadingProperty().get() && window.library.filter().totalProperty().get() == 5);
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getSelectionModel().isEmpty());
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            String title = ReaderFixture.pageTitle(robot, web);
            return title != null && !title.isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
