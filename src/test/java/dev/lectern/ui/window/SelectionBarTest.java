package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
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

/** The bar of colours, note, bookmark and copy over a selection: it goes with the article it was shown over. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class SelectionBarTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private ReaderFixture session;

    @Start
    void start(Stage stage) throws IOException {
        session = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false);
        session.library.open(ReaderFixture.SAMPLES);
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void theSelectionBarGoesWhenAnotherArticleOpens(FxRobot robot) throws Exception {
        // a Find's match left selected, then a click on it (it was a link): the bar stayed over the next article, and
        // over the first again after Back, with nothing selected
        WebView web = open(robot, "Review of AWS re:invent");
        robot.interact(() -> web.getEngine().executeScript("(function(p){var w=document.createTreeWalker("
                + "document.querySelector('.article-body'),NodeFilter.SHOW_TEXT,null,false);var n;while((n=w.nextNode())){"
                + "var i=n.nodeValue.indexOf(p);if(i>=0){var r=document.createRange();r.setStart(n,i);r.setEnd(n,i+p.length);"
                + "var s=window.getSelection();s.removeAllRanges();s.addRange(r);return;}}})('托管服务')"));
        robot.interact(() -> web.fireEvent(new MouseEvent(MouseEvent.MOUSE_RELEASED, 20, 20, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, false, false, true, null)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> barShowing(robot));

        String other = session.library.filter().visibleArticles().stream().map(Article::title)
                .filter(title -> !title.equals("Review of AWS re:invent")).findFirst().orElseThrow();
        open(robot, other);
        assertThat(barShowing(robot)).as("gone with the article it was over").isFalse();
    }

    @Test
    void typingWordsOverALingeringSelectionMakesNoBookmarkAndAKeyThatActsSaysSo(FxRobot robot) throws Exception {
        // a passage selected, then "Web" typed meaning to search: the b bookmarked it, with nothing said
        WebView web = open(robot, "Review of AWS re:invent");
        select(robot, web, "托管服务");
        robot.interact(web::requestFocus);
        robot.type(javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.annotations.all()).as("the b of a word typed").isEmpty();

        select(robot, web, "Amazon EKS");
        robot.type(javafx.scene.input.KeyCode.B);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.annotations.all().size() == 1);
        assertThat(session.annotations.noteProperty().get()).as("said in the status line")
                .startsWith("Bookmarked the selected passage (B)").contains("Amazon EKS");
    }

    private static void select(FxRobot robot, WebView web, String phrase) {
        robot.interact(() -> web.getEngine().executeScript("(function(p){var w=document.createTreeWalker("
                + "document.querySelector('.article-body'),NodeFilter.SHOW_TEXT,null,false);var n;while((n=w.nextNode())){"
                + "var i=n.nodeValue.indexOf(p);if(i>=0){var r=document.createRange();r.setStart(n,i);r.setEnd(n,i+p.length);"
                + "var s=window.getSelection();s.removeAllRanges();s.addRange(r);return;}}})('" + phrase + "')"));
    }

    private boolean barShowing(FxRobot robot) {
        boolean[] showing = {false};
        robot.interact(() -> robot.lookup("#selection-popover").tryQuery().map(Node::getScene)
                .filter(scene -> scene.getWindow() != null && scene.getWindow().isShowing()).ifPresent(s -> showing[0] = true));
        return showing[0];
    }

    private WebView open(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !session.library.loadingProperty().get() && session.library.filter().totalProperty().get() == 5);
        TableView<Article> table = robot.from(session.stage.getScene().getRoot()).lookup("#article-table").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(a -> a.title().equals(title)).findFirst()
                .ifPresent(a -> table.getSelectionModel().select(a)));
        WebView web = robot.from(session.stage.getScene().getRoot()).lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ReaderFixture.script(robot, web, "!!window.lectern")));
        return web;
    }
}
