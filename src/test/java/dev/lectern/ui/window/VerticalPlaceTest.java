package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.ui.library.LibraryViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
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

/**
 * Vertical writing switched on and off keeps the passage on screen: the place was kept by its percentage, and code
 * blocks take a very different share of a vertical page, so the Dubbo post opened three sections further on.
 */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class VerticalPlaceTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private LibraryViewModel library;
    private dev.lectern.ui.reader.ReaderViewModel reader;
    private WebView web;

    @Start
    void start(Stage stage) throws IOException {
        Path root = Files.createDirectories(scratch.resolve("library"));
        StringBuilder text = new StringBuilder("---\ntitle: 竖排的位置\ndate: 2021-01-02\n---\n");
        for (int i = 1; i <= 30; i++) {
            text.append("## 第").append(i).append("节\n\n")
                    .append("这一段是第").append(i).append("节的内容，用来在竖排和横排之间找回读到的地方。\n\n");
            if (i <= 6) {
                text.append("```xml\n").append("<dependency><groupId>org.apache.dubbo</groupId></dependency>\n".repeat(12)).append("```\n\n");
            }
        }
        Files.writeString(root.resolve("vertical.md"), text.toString(), StandardCharsets.UTF_8);
        ReaderFixture window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false);
        library = window.library;
        reader = window.reader;
        library.open(root);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        WaitForAsyncUtils.asyncFx(library::close).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void switchingToVerticalWritingAndBackKeepsThePassageOnScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get() && library.filter().totalProperty().get() == 1);
        web = robot.lookup("#reader-web").query();
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "竖排的位置".equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> web.getEngine().executeScript("document.querySelectorAll('h2')[19].scrollIntoView()"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(reader::toggleVertical);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(script(robot,
                "document.documentElement.classList.contains('vertical') && document.querySelectorAll('h2').length == 30")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "第20节".equals(firstOnScreen(robot)));

        robot.interact(reader::toggleVertical);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.FALSE.equals(script(robot,
                "document.documentElement.classList.contains('vertical')")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "第20节".equals(firstOnScreen(robot)));
    }

    /** The id of the first section heading within the window (at its top, or at the right of a vertical page). */
    private Object firstOnScreen(FxRobot robot) {
        return script(robot, "(function(){var hs=document.querySelectorAll('h2');for(var i=0;i<hs.length;i++){"
                + "var r=hs[i].getBoundingClientRect();if(r.right>0&&r.left<window.innerWidth&&r.bottom>0&&r.top<window.innerHeight)"
                + "{return hs[i].textContent.trim();}}return null;})()");
    }

    private Object script(FxRobot robot, String js) {
        return ReaderFixture.script(robot, web, js);
    }
}
