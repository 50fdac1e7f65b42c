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
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A notch of the mouse wheel moves the page about three lines, as a browser does, not a line and a bit. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class WheelSpeedTest {

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
    void aNotchOfTheWheelScrollsAboutThreeLines(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: Long\n---\n");
        for (int i = 1; i <= 80; i++) {
            body.append("Paragraph ").append(i).append(" has enough words to be a line of its own here.\n\n");
        }
        Path file = root.resolve("long.md");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater,
                new ReadingMemory());
        Article article = articles.read(root, file);
        AtomicInteger pages = new AtomicInteger();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(pages::incrementAndGet);
            stage = new Stage();
            stage.setScene(new Scene(view[0], 700, 500));
            stage.show();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pages.get() == 1);
        WebView web = robot.lookup("#reader-web").queryAs(WebView.class);

        robot.interact(() -> {
            Point2D at = web.localToScene(300, 250);
            Point2D screen = web.localToScreen(300, 250);
            Event.fireEvent(web, new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), screen.getX(),
                    screen.getY(), false, false, false, false, false, false, 0, -40, 0, -40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0,
                    null));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scrollY(view[0]) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        double line = ((Number) WaitForAsyncUtils.asyncFx(() -> view[0].run(
                "parseFloat(getComputedStyle(document.querySelector('.article-body p')).lineHeight)"))
                .get(10, TimeUnit.SECONDS)).doubleValue();
        assertThat(scrollY(view[0]) / line).as("lines a notch moves").isBetween(2.5, 4.0);
    }

    private static double scrollY(ReaderView view) throws Exception {
        return ((Number) WaitForAsyncUtils.asyncFx(() -> view.run("window.scrollY")).get(10, TimeUnit.SECONDS))
                .doubleValue();
    }
}
