package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
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

/** Alt+Down goes on down the list, and the list follows it: the row of the article open stays in view. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class NextArticleInViewTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private ReaderFixture window;

    @Start
    void start(Stage stage) throws IOException {
        Path library = Files.createDirectories(scratch.resolve("library"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(library.resolve(String.format("post-%02d.md", i)),
                    String.format("---\ntitle: Post %02d\ndate: 2024-01-%02d\ntags: [%s]\n---\n\nWords of post %d.\n", i,
                            i % 28 + 1, i % 2 == 0 ? "even" : "odd", i));
        }
        window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false);
        window.library.open(library);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void altDownKeepsTheRowOfTheArticleOpenInView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.reader.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        for (int i = 0; i < 30; i++) {
            robot.press(KeyCode.ALT);
            robot.type(KeyCode.DOWN);
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        int selected = table.getSelectionModel().getSelectedIndex();
        assertThat(selected).isEqualTo(30);
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        assertThat(flow.getLastVisibleCell().getIndex()).as("the last row in view").isGreaterThanOrEqualTo(selected);
        assertThat(flow.getFirstVisibleCell().getIndex()).as("the first row in view").isLessThanOrEqualTo(selected);
    }

    /** Reading an article a checked tag or a restored filter left out of the list, Alt+Down opens the list's first row. */
    @Test
    void altDownFromAnArticleNotInTheListOpensItsFirstRowAndAltUpItsLast(FxRobot robot) throws Exception {
        TableView<Article> table = loadedList();
        Article open = window.reader.articleProperty().get();
        // a tag checked that the article open has not (the field over the list would show search results instead)
        String other = open.tags().contains("even") ? "odd" : "even";
        showOnly(robot, other);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 20);
        assertThat(table.getItems()).as("the article open is not listed").doesNotContain(open);
        Article first = table.getItems().get(0);
        // the keys go where a reader's are, the page of this window (one of an earlier test may still be open)
        robot.interact(() -> {
            window.stage.toFront();
            window.stage.requestFocus();
            window.stage.getScene().lookup("#reader-web").requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.reader.articleProperty().get() != open);
        assertThat(window.reader.articleProperty().get()).as("the first row, not the second").isEqualTo(first);

        String back = other.equals("even") ? "odd" : "even";
        showOnly(robot, back);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().contains(first) && table.getItems().size() == 20);
        Article lastNow = table.getItems().get(table.getItems().size() - 1);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.reader.articleProperty().get() != first);
        assertThat(window.reader.articleProperty().get()).as("Alt+Up: the last row").isEqualTo(lastNow);
    }

    /** Space in the list reads on, as in a mail or feed reader: a short article shown whole, Space opens the next. */
    @Test
    void spaceInTheListReadsOnInThePageOfTheArticleChosen(FxRobot robot) throws Exception {
        TableView<Article> table = loadedList();
        Article first = table.getItems().get(0);
        Article second = table.getItems().get(1);
        robot.interact(() -> {
            window.stage.toFront();
            window.stage.requestFocus();
            table.getSelectionModel().select(first);
            table.requestFocus();
        });
        javafx.scene.web.WebView web = (javafx.scene.web.WebView) window.stage.getScene().lookup("#reader-web");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> first.equals(window.reader.articleProperty().get())
                && ReaderFixture.script(robot, web, "document.readyState") != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> second.equals(window.reader.articleProperty().get()));
        assertThat(table.getSelectionModel().getSelectedItem()).as("the list follows").isEqualTo(second);
        assertThat(table.isFocused()).as("and keeps the keys").isTrue();
    }

    /** This window's article list once the library is loaded and an article open (not the stand-in shown before it). */
    /** An article opened otherwise than from the list (a link in a page, Back, the go-to box) is chosen in it, in view. */
    @Test
    void theListFollowsAnArticleOpenedOtherwise(FxRobot robot) throws Exception {
        TableView<Article> table = loadedList();
        Article far = table.getItems().get(35);
        robot.interact(() -> window.reader.show(window.library.getRoot(), far)); // as a link followed opens it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).as("the row of the article on screen").isEqualTo(far);
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        assertThat(flow.getLastVisibleCell().getIndex()).as("the last row in view").isGreaterThanOrEqualTo(35);
        assertThat(flow.getFirstVisibleCell().getIndex()).as("the first row in view").isLessThanOrEqualTo(35);
    }

    private TableView<Article> loadedList() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.reader.articleProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.stage.getScene().lookup("#article-table")
                instanceof TableView<?> list && list.getItems().size() == 40);
        @SuppressWarnings("unchecked")
        TableView<Article> table = (TableView<Article>) window.stage.getScene().lookup("#article-table");
        return table;
    }

    /** Checks only this tag, as a click on it in the tags panel does. */
    private void showOnly(FxRobot robot, String tag) {
        robot.interact(() -> window.library.filter().showOnly(dev.lectern.library.TagRef.of(dev.lectern.library.Facet.TAG, tag)));
    }
}
