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
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
 * reading pane made wider or narrower (a side pane hidden or shown, the window resized). WebKit kept the scroll offset, and another passage came to the top.
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

    /** Scrolls the page so that the paragraph 第130 is at the top, its first line above the window (cut through). */
    private static final String PARAGRAPH_130_AT_TOP = "(function(){var ps=document.querySelectorAll('.article-body p');"
            + "for(var i=0;i<ps.length;i++){if(ps[i].textContent.indexOf('第130段')===0){"
            + "window.scrollBy(0,ps[i].getBoundingClientRect().top+30);return true;}}return false;})()";

    private Scene scene;
    private ReaderView view;
    private Region side;

    /** A long article of paragraphs 第100 to 第159, opened half way down beside a side pane 300 pixels wide. */
    private void open(FxRobot robot) throws Exception {
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
        model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater, memory);
        AtomicBoolean pageReady = new AtomicBoolean();
        robot.interact(() -> {
            view = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view.onPageReady(() -> pageReady.set(true));
            side = new Region();
            side.setMinWidth(300);
            side.setPrefWidth(300);
            HBox.setHgrow(view, Priority.ALWAYS);
            stage = new Stage();
            scene = new Scene(new HBox(side, view), 800, 600);
            stage.setScene(scene);
            stage.show();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pageReady::get);
        frames(3);
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.run(PARAGRAPH_130_AT_TOP)).get(10, TimeUnit.SECONDS))
                .isEqualTo(true);
        frames(3);
        assertThat(topParagraph(view)).isEqualTo("第130段");
    }

    private ReaderViewModel model;

    @Test
    void theParagraphAtTheTopStaysThereWhenTheTextGrowsAndThePaneWidens(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> model.textSizeProperty().set(150));
        frames(3);
        assertThat(topParagraph(view)).as("after Ctrl+=").isEqualTo("第130段");

        robot.interact(() -> {
            side.setVisible(false);
            side.setManaged(false);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.web().getWidth() > 700);
        frames(3);
        assertThat(topParagraph(view)).as("the side pane hidden").isEqualTo("第130段");

        robot.interact(() -> {
            side.setVisible(true);
            side.setManaged(true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.web().getWidth() < 600);
        frames(3);
        assertThat(topParagraph(view)).as("the side pane shown again").isEqualTo("第130段");

        robot.interact(() -> stage.setWidth(1300));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.web().getWidth() > 900);
        frames(3);
        assertThat(topParagraph(view)).as("the window made wider").isEqualTo("第130段");
    }

    /**
     * Scrolling the page notes no line: noting it before every frame cost the FX thread milliseconds a frame on a long
     * article (2 ms at 20,000 paragraphs, 21 ms at 60,000) while the reader scrolled.
     */
    @Test
    void scrollingThePageNotesNoLineAtEachFrame(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            view.run("window.__ltTop='resting'");
        });
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> {
                view.run("window.scrollBy(0,40)");
            });
            frames(2);
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.run("typeof window.__ltTop==='string'?window.__ltTop:'noted again'")).get(10, TimeUnit.SECONDS))
                .as("the line noted while scrolling").isEqualTo("resting");
    }

    /**
     * The line kept across Ctrl+= is the one on screen then, not one noted before pictures above it loaded and moved
     * the text under an unchanged scroll offset.
     */
    @Test
    void theLineKeptIsTheOneOnScreenAfterPicturesAboveItLoaded(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            view.run("(function(){var d=document.createElement('div');d.style.height='700px';"
                + "var b=document.querySelector('.article-body');b.insertBefore(d,b.firstChild);})()");
        });
        frames(3);
        String top = topParagraph(view);
        assertThat(top).isNotEqualTo("第130段").startsWith("第1");

        robot.interact(() -> model.textSizeProperty().set(150));
        frames(3);
        assertThat(topParagraph(view)).as("after Ctrl+=").isEqualTo(top);
    }

    /** Waits until the window has drawn this many more frames. */
    private static void frames(int count) throws Exception {
        AtomicInteger drawn = new AtomicInteger();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drawn.incrementAndGet();
            }
        };
        WaitForAsyncUtils.asyncFx(timer::start).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn.get() >= count);
        WaitForAsyncUtils.asyncFx(timer::stop).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String topParagraph(ReaderView view) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (String) view.run(TOP_PARAGRAPH)).get(10, TimeUnit.SECONDS);
    }
}
