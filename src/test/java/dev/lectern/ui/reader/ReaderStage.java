package dev.lectern.ui.reader;

import dev.lectern.library.ArticleReader;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.ReadingMemory;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A reader view alone in a window, showing one article once its page is ready: the reader's window tests' stage. */
final class ReaderStage implements AutoCloseable {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicInteger pages = new AtomicInteger();
    private ReaderView view;
    private Stage stage;

    /** Shows the article at file under root in a window of this size; links go to links. Waits for its page. */
    static ReaderStage show(FxRobot robot, Path root, Path file, Consumer<LinkTarget> links, double width,
                            double height) throws Exception {
        ReaderStage shown = new ReaderStage();
        ArticleReader articles = new ArticleReader();
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), shown.background, Platform::runLater,
                new ReadingMemory());
        var article = articles.read(root, file);
        robot.interact(() -> {
            shown.view = new ReaderView(model, links, target -> null, uri -> { }, target -> null);
            shown.view.onPageReady(shown.pages::incrementAndGet);
            shown.stage = new Stage();
            shown.stage.setScene(new Scene(shown.view, width, height));
            shown.stage.show();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.pages.get() == 1);
        return shown;
    }

    ReaderView view() {
        return view;
    }

    /** The value of a script run in the page, on the FX thread. */
    Object run(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.run(script)).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
        background.shutdownNow();
    }
}
