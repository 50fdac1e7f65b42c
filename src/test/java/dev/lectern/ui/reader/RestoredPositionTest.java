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
import javafx.concurrent.Worker;
import javafx.scene.Scene;
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
 * A page that loads before its view has a size (the first page of a start, loaded before the window's first layout
 * reached WebKit) opens where the reader left it once the view is laid out: it opened at the article's end, which was
 * then marked read.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class RestoredPositionTest {

    @TempDir
    Path root;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
        background.shutdownNow();
    }

    @Test
    void aPageLoadedBeforeItsViewHasASizeOpensAtTheRememberedPlace(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: 长文\n---\n");
        for (int i = 1; i <= 80; i++) {
            body.append("## 第").append(i).append("节\n\n这一段是第").append(i).append("节的内容，足够长以便滚动。\n\n");
        }
        Path file = root.resolve("long.md");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        ArticleReader articles = new ArticleReader();
        Article article = articles.read(root, file);
        ReadingMemory memory = new ReadingMemory();
        memory.setLibrary(root);
        memory.setPosition(article.id(), 0.3);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater, memory);
        AtomicBoolean pageReady = new AtomicBoolean();
        AtomicBoolean loaded = new AtomicBoolean();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(() -> pageReady.set(true));
            view[0].engine().getLoadWorker().stateProperty()
                    .addListener((obs, was, now) -> loaded.compareAndSet(false, now == Worker.State.SUCCEEDED));
            model.show(root, article); // in no window yet: WebKit lays the page out in no viewport
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, loaded::get);

        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(view[0], 700, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pageReady::get);
        WaitForAsyncUtils.waitForFxEvents();
        double fraction = WaitForAsyncUtils.asyncFx(() -> ((Number) view[0].run(new ReaderScripts().scrollFraction()))
                .doubleValue()).get(10, TimeUnit.SECONDS);
        assertThat(fraction).as("where the reader left the article, not its end").isBetween(0.25, 0.35);
    }
}
