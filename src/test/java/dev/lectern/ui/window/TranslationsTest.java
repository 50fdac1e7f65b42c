package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.FlowPane;
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

/** The open article's versions in a translated library's other languages, under the reader's toolbar. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class TranslationsTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private ReaderFixture window;
    private Path site;

    @Start
    void start(Stage stage) throws IOException {
        window = ReaderFixture.onSamples(stage, background, scratch);
        site = Files.createDirectories(scratch.resolve("docs"));
        write("site/en/blog/cookies/index.md", "---\ntitle: Preparing for the end of third-party cookies\ndate: 2023-10-11\n---\nText.\n");
        write("site/ja/blog/cookies/index.md", "---\ntitle: サードパーティ Cookie の廃止に向けた準備\ndate: 2023-10-10\n---\n本文。\n");
        write("site/es/blog/cookies/index.md", "---\ntitle: Prepararse para el fin de las cookies\ndate: 2023-10-09\n---\nTexto.\n");
        write("site/en/blog/other/index.md", "---\ntitle: Not translated\ndate: 2020-01-01\n---\nText.\n");
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void anArticleShowsItsOtherLanguagesAndAClickOpensOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 5); // the samples first
        robot.interact(() -> window.library.open(site));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 4);
        open("site/en/blog/cookies/index.md");

        FlowPane bar = robot.lookup("#translations").queryAs(FlowPane.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getChildren().stream().filter(Hyperlink.class::isInstance).map(n -> ((Hyperlink) n).getText()))
                .containsExactly("Español", "日本語");

        robot.clickOn(bar.getChildren().stream().filter(n -> n instanceof Hyperlink link && link.getText().equals("日本語"))
                .findFirst().orElseThrow()); // the link, not the tag tree's row of that name
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.reader.articleProperty().get().id().path().equals("site/ja/blog/cookies/index.md"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getChildren().stream().filter(Hyperlink.class::isInstance).map(n -> ((Hyperlink) n).getText()))
                .containsExactly("English", "Español");

        open("site/en/blog/other/index.md");
        assertThat(bar.isVisible()).as("an article in one language only").isFalse();
    }

    private void open(String path) throws Exception {
        dev.lectern.model.ArticleId id = new dev.lectern.model.ArticleId(path);
        WaitForAsyncUtils.asyncFx(() -> window.window.openAt(id, null)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.reader.articleProperty().get() != null
                && window.reader.articleProperty().get().id().equals(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
