package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
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
 * The first line on screen stays put when the page reflows, as Kindle and Foliate keep it: a larger text size, or the
 * reading pane made wider (a side pane hidden). WebKit kept the scroll offset, and another passage came to the top.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class TopLineKeptTest {

    /** The opening words of the paragraph at the top of the view. */
    private static final String TOP_PARAGRAPH = "(function(){var b=document.querySelector('.article-body')"
            + ".getBoundingClientRect();for(var y=2;y<120;y+=4){var e=document.elementFromPoint(b.left+b.width/2,y);"
            + "while(e&&e.tagName!=='P'){e=e.parentElement;}if(e){return e.textContent.substring(0,5);}}return null;})()";

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
    void theParagraphAtTheTopStaysThereWhenTheTextGrowsAndThePaneWidens(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: 长文\n---\n");
        for (int i = 100; i < 160; i++) {
            body.append("第").append(i).append("段。").append("这一段的文字足够长，好让它在窄的窗口里折成好几行。".repeat(6))
                    .append("\n\n");
        }
        Path file = root.resolve("long.md");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        ArticleReader articles = new ArticleReader();
        Article article = articles.read(root, file);
        ReadingMemory memory = new ReadingMemory();
        memory.setLibrary(root);
        memory.setPosition(article.id(), 0.5);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater, memory);
        AtomicBoolean pageReady = new AtomicBoolean();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(() -> pageReady.set(true));
            stage = new Stage();
            stage.setScene(new Scene(view[0], 500, 600));
            stage.show();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pageReady::get);
        WaitForAsyncUtils.waitForFxEvents();
        String top = topParagraph(view[0]);
        assertThat(top).startsWith("第1");

        robot.interact(() -> model.textSizeProperty().set(150));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topParagraph(view[0])).as("after Ctrl+=").isEqualTo(top);

        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view[0].web().getWidth() > 900);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topParagraph(view[0])).as("the pane made wider").isEqualTo(top);
    }

    private static String topParagraph(ReaderView view) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (String) view.run(TOP_PARAGRAPH)).get(10, TimeUnit.SECONDS);
    }
}
