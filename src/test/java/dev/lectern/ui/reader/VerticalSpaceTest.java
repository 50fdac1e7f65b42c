package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.ReaderScripts;
import dev.lectern.store.ReadingMemory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
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

/**
 * Space on a vertical page turns one page along the columns: WebKit's own paging on the typed space came on top of
 * the reader's, and one Space skipped a screenful of columns (a paragraph, a callout and a table).
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class VerticalSpaceTest {

    @TempDir
    Path root;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ReaderScripts scripts = new ReaderScripts();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
        background.shutdownNow();
    }

    @Test
    void spaceOnAVerticalPageMovesLessThanTheWindowSoNoColumnIsSkipped(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: 猫\nlang: ja\n---\n");
        for (int i = 1; i <= 12; i++) {
            body.append("## 第").append(i).append("節\n\n");
            for (int p = 0; p < 3; p++) {
                body.append("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。".repeat(4)).append("\n\n");
            }
        }
        Path file = root.resolve("neko.md");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        ArticleReader articles = new ArticleReader();
        Article article = articles.read(root, file);
        ReadingMemory memory = new ReadingMemory();
        memory.setLibrary(root);
        memory.setVertical(article.id(), true);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater, memory);
        AtomicBoolean pageReady = new AtomicBoolean();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(() -> pageReady.set(true));
            stage = new Stage();
            stage.setScene(new Scene(view[0], 700, 500));
            stage.show();
            stage.requestFocus();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pageReady::get);
        robot.interact(() -> view[0].web().requestFocus());
        double width = number(view[0], "window.innerWidth");

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> number(view[0], scripts.scrollOffset()) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(number(view[0], scripts.scrollOffset())).as("one page along the columns, not two")
                .isLessThan(width);
    }

    private static double number(ReaderView view, String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Number) view.run(script)).doubleValue()).get(10, TimeUnit.SECONDS);
    }
}
