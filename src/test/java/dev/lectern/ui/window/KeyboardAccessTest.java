package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Await;
import dev.lectern.ui.library.ReadFilter;
import dev.lectern.model.ArticleId;
import dev.lectern.library.MatchMode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
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

/** The window worked with the keyboard alone: every control reached, every key doing what it says, the focus seen. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class KeyboardAccessTest {

    private static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");

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

    private void samplesReady() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 5 && window.reader.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A library of two articles: one with a tag and two links in its text, one with neither. */
    private void openLinksLibrary() throws Exception {
        Path library = Files.createDirectories(scratch.resolve("links"));
        Files.writeString(library.resolve("a.md"), "---\ntitle: Links\ntags: [one]\n---\n"
                + "First [alpha](https://example.com/alpha) then [beta](#notes) in the text.\n\n## Notes\n\nMore words.\n");
        Files.writeString(library.resolve("b.md"), "---\ntitle: Plain\n---\nNo link here at all.\n");
        samplesReady();
        robot().interact(() -> window.library.open(library));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 2);
    }

    private FxRobot robot;

    private FxRobot robot() {
        return robot;
    }

    private WebView openPage(String path, String title) throws Exception {
        ArticleId id = new ArticleId(path);
        WaitForAsyncUtils.asyncFx(() -> window.window.openAt(id, null)).get();
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitForFxEvents();
        return web;
    }

    private static String focusedLinkText(FxRobot robot, WebView web) {
        return (String) ReaderFixture.script(robot, web,
                "document.activeElement&&document.activeElement.tagName==='A'?document.activeElement.textContent.trim():''");
    }

    private Node focusOwner() {
        Node[] owner = new Node[1];
        robot.interact(() -> owner[0] = window.stage.getScene().getFocusOwner());
        return owner[0];
    }

    /** What the tag tree's rows say to a screen reader. */
    private static java.util.List<String> spokenTags(FxRobot robot) {
        return robot.lookup(".tag-cell").queryAll().stream().map(Node::getAccessibleText)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void theShortcutsListHasTheKeyboardScrollsWithEndAndFitsAScaledScreen(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-scroll").tryQuery().isPresent());
        ScrollPane list = robot.lookup("#shortcuts-scroll").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, list::isFocused);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getVvalue()).as("End scrolls to the last shortcut").isEqualTo(list.getVmax());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getVvalue()).isEqualTo(list.getVmin());

        Window dialog = list.getScene().getWindow();
        double chrome = dialog.getHeight() - list.getHeight(); // title, frame and Close around the list
        Rectangle2D scaled = new Rectangle2D(0, 0, 960, 600); // 1920 x 1200 at twice the size
        assertThat(ShortcutsDialog.listSize(scaled).getHeight() + chrome).as("the dialog within a 600-high screen")
                .isLessThanOrEqualTo(600);
        robot.interact(() -> ((Stage) dialog).close());
    }
}
