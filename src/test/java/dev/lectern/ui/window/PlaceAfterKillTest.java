package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.model.Article;
import dev.lectern.store.ReadingMemory;
import dev.lectern.store.ReadingStateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * The place reached in the open article is on disk a couple of seconds after the reader stops scrolling, without
 * leaving the article or closing the window: a Lectern killed then (kill -9) reopens it there.
 */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class PlaceAfterKillTest {

    @TempDir
    Path scratch;

    private static final String LONG = "2020 第一场线下活动";

    private final ExecutorService background = Executors.newCachedThreadPool();
    private Path stateFile;
    private ReaderFixture window;

    @Start
    void start(Stage stage) throws IOException {
        stateFile = scratch.resolve("reading-state.tsv");
        ReadingMemory memory = new ReadingMemory(new ReadingStateFile(stateFile));
        window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false, null, null,
                fixture -> { }, memory);
        window.library.open(ReaderFixture.SAMPLES);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void aPlaceAtRestIsSavedWithoutLeavingTheArticle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !window.library.loadingProperty().get() && window.library.filter().totalProperty().get() == 5);
        Article article = window.library.filter().articles().stream().filter(a -> a.title().equals(LONG)).findFirst()
                .orElseThrow();
        robot.interact(() -> window.window.openAt(article.id(), null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> article.id().equals(window.window.readerView().shownArticle()));

        ReaderFixture.script(robot, web(robot),
                "window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.6)");
        robot.interact(() -> window.passTime(500)); // the place is told
        robot.interact(() -> window.passTime(2500)); // and is the same 2.5 s on

        assertThat(restartedPosition(article)).as("the place a start after a kill reads").isCloseTo(0.6, within(0.01));
    }

    /** The article's place as the next process reads it from the disk. */
    private double restartedPosition(Article article) {
        ReadingMemory next = new ReadingMemory(new ReadingStateFile(stateFile));
        next.setLibrary(ReaderFixture.SAMPLES);
        return next.position(article.id());
    }

    private static WebView web(FxRobot robot) {
        return robot.lookup("#reader-web").query();
    }
}
