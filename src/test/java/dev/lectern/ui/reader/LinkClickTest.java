package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.ReadingMemory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
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

/**
 * A link clicked in the page goes to the reader, and WebKit itself loads nothing: the file it names (raw markdown)
 * or a web page never replaces the article, however busy the machine (no cancel that could come too late).
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class LinkClickTest {

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
    void aClickedLinkGoesToTheReaderAndWebKitLoadsNothing(FxRobot robot) throws Exception {
        Path file = root.resolve("a.md");
        Files.writeString(file, "---\ntitle: Links\n---\n\n[other article](other.md)\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("other.md"), "RAW MARKDOWN", StandardCharsets.UTF_8);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater,
                new ReadingMemory());
        Article article = articles.read(root, file);
        AtomicInteger pages = new AtomicInteger();
        List<LinkTarget> followed = new CopyOnWriteArrayList<>();
        List<Worker.State> states = new CopyOnWriteArrayList<>();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, followed::add, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(pages::incrementAndGet);
            stage = new Stage();
            stage.setScene(new Scene(view[0], 700, 500));
            stage.show();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pages.get() == 1);
        WebView web = robot.lookup("#reader-web").queryAs(WebView.class);
        robot.interact(() -> web.getEngine().getLoadWorker().stateProperty()
                .addListener((property, was, state) -> states.add(state)));
        Point2D link = WaitForAsyncUtils.asyncFx(() -> {
            Object box = view[0].run("(function(){var r=document.querySelector('a[href$=\"other.md\"]').getBoundingClientRect();"
                    + "return (r.left + r.width / 2) + ',' + (r.top + r.height / 2);})()");
            String[] xy = String.valueOf(box).split(",");
            return web.localToScreen(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
        }).get(10, TimeUnit.SECONDS);

        robot.moveTo(link).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !followed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(followed).as("the reader follows the link").hasSize(1);
        assertThat(followed.get(0)).isInstanceOf(LinkTarget.Article.class);
        assertThat(states).as("WebKit loads nothing: the page's links are shielded").isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> view[0].run("document.body.textContent")).get(10, TimeUnit.SECONDS))
                .asString().contains("other article").doesNotContain("RAW MARKDOWN");
    }
}
