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
 * An article whose raw {@code <details>} is never closed (a README copied without its {@code </details>}, as in
 * houbb's trendtrader-01-intro) has its whole body inside the collapsed box: the page shows it open.
 */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class UnclosedDetailsTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private LibraryViewModel library;
    private WebView web;

    @Start
    void start(Stage stage) throws IOException {
        Path root = Files.createDirectories(scratch.resolve("library"));
        StringBuilder unclosed = new StringBuilder("---\ntitle: 未闭合\ndate: 2021-01-02\n---\n开头一段。\n\n<details>\n"
                + "<summary>👉 点击展开：致谢名单</summary>\n\n### 致谢\n\n感谢大家。\n\n");
        StringBuilder closed = new StringBuilder("---\ntitle: 已闭合\ndate: 2021-01-01\n---\n");
        for (int i = 1; i <= 40; i++) {
            unclosed.append("## 第").append(i).append("节\n\n这一段是第").append(i).append("节的内容，足够长以便滚动。\n\n");
            closed.append("## 第").append(i).append("节\n\n这一段是第").append(i).append("节的内容，足够长以便滚动。\n\n");
        }
        unclosed.append("- 一项\n\n   <details>\n   <summary>里面的盒子</summary>\n\n   盒子里的话。\n\n   </details>\n\n结尾。\n");
        closed.append("<details>\n<summary>参考资料</summary>\n\n一条资料。\n\n</details>\n");
        Files.writeString(root.resolve("unclosed.md"), unclosed.toString(), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("closed.md"), closed.toString(), StandardCharsets.UTF_8);
        ReaderFixture window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false);
        library = window.library;
        library.open(root);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        WaitForAsyncUtils.asyncFx(library::close).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void aBoxNeverClosedThatHoldsMostOfTheArticleShowsOpenWhileABoxOfItsOwnStaysClosed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get() && library.filter().totalProperty().get() == 2);
        web = robot.lookup("#reader-web").query();
        open(robot, "未闭合");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(script(robot,
                "document.querySelector('article details').open")));
        assertThat(((Number) script(robot, "document.documentElement.scrollHeight / window.innerHeight")).doubleValue())
                .as("the article's 40 sections show: many screens long").isGreaterThan(4);
        assertThat(script(robot, "document.querySelector('article details details').open"))
                .as("a box the author closed stays as written").isEqualTo(false);

        open(robot, "已闭合");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(script(robot, "document.querySelector('article details').open")).isEqualTo(false);
    }

    private void open(FxRobot robot, String title) throws Exception {
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(a -> a.title().equals(title)).findFirst()
                .ifPresent(a -> table.getSelectionModel().select(a)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.equals(script(robot,
                "document.querySelector('h1') ? document.querySelector('h1').textContent.trim() : ''")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object script(FxRobot robot, String js) {
        return ReaderFixture.script(robot, web, js);
    }
}
