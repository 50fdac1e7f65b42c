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
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
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
 * The open article's file rewritten in place, as Dropbox and OneDrive do (emptied, half written, then whole): the page
 * comes back where the reader was. Each transient page, unable to scroll there, saved its top as the place.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class RewrittenFileTest {

    @TempDir
    Path root;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ArticleReader articles = new ArticleReader();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
        background.shutdownNow();
    }

    @Test
    void aFileEmptiedThenWrittenHalfThenWholeOpensWhereTheReaderWas(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: 长文\n---\n");
        for (int i = 1; i <= 80; i++) {
            body.append("## 第").append(i).append("节\n\n这一段是第").append(i).append("节的内容，足够长以便滚动。\n\n");
        }
        String whole = body.toString();
        Path file = root.resolve("long.md");
        Files.writeString(file, whole, StandardCharsets.UTF_8);
        ReadingMemory memory = new ReadingMemory();
        memory.setLibrary(root);
        Article article = articles.read(root, file);
        memory.setPosition(article.id(), 0.54);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater, memory);
        AtomicInteger pages = new AtomicInteger();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(pages::incrementAndGet);
            stage = new Stage();
            stage.setScene(new Scene(view[0], 700, 600));
            stage.show();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pages.get() == 1);

        rewrite(robot, model, file, "", pages, 2);
        rewrite(robot, model, file, whole.substring(0, whole.length() / 2), pages, 3);
        rewrite(robot, model, file, whole, pages, 4);

        double fraction = WaitForAsyncUtils.asyncFx(() -> ((Number) view[0].run(new ReaderScripts().scrollFraction()))
                .doubleValue()).get(10, TimeUnit.SECONDS);
        assertThat(fraction).as("the page where the reader was").isBetween(0.5, 0.58);
        robot.interact(view[0]::rememberPosition);
        assertThat(memory.position(article.id())).as("the place kept").isBetween(0.5, 0.58);
    }

    /** Writes the file and shows it again, as the library's watcher does, and waits for its page. */
    private void rewrite(FxRobot robot, ReaderViewModel model, Path file, String text, AtomicInteger pages, int page)
            throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article changed = articles.read(root, file);
        robot.interact(() -> model.show(root, changed));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pages.get() == page);
    }
}
