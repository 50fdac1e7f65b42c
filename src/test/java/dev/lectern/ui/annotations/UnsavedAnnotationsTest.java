package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Await;
import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Highlights that cannot be saved: while saves fail the window keeps a mark in sight (the status bar's) rather than a
 * dialog at every retry, and at quit it is told where the copy that keeps them is.
 */
class UnsavedAnnotationsTest {

    private static final Executor NOW = Runnable::run;
    private static final String TEXT = "线程池满了以后，新的任务会被拒绝。";

    @TempDir
    Path root;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor();
    private final AnnotationsViewModel annotations = new AnnotationsViewModel(new ArticleTexts(new ArticleReader(),
            new PageRenderer()), NOW, NOW);
    private Path file;
    private Article article;
    private ArticleKey key;

    @BeforeEach
    void open() throws IOException {
        Files.writeString(root.resolve("pool.md"), "# 线程池\n\n" + TEXT + "\n");
        article = new ArticleReader().read(root, root.resolve("pool.md"));
        key = ArticleKey.of(article.title(), article.date(), TEXT);
        file = root.resolve("annotations.yaml");
        annotations.open(dir -> AnnotationStore.open(file, dir, saver, Clock.systemUTC()), root);
    }

    @AfterEach
    void close() {
        annotations.close();
        saver.shutdownNow();
    }

    @Test
    void whileSavesFailTheMarkStaysAndGoesWhenASaveWorks() throws Exception {
        Path lock = root.resolve("annotations.yaml.lock");
        Files.deleteIfExists(lock);
        Files.createDirectories(lock); // the file can be read, not written

        annotations.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.YELLOW, "");
        Await.until(() -> !annotations.unsavedProperty().get().isEmpty(), Duration.ofSeconds(10));

        assertThat(annotations.unsavedProperty().get()).contains(file.toString());
        assertThat(annotations.problems()).as("told once").singleElement().isEqualTo(annotations.unsavedProperty().get());

        Files.delete(lock);
        annotations.store().checkForExternalChange();
        Await.until(() -> annotations.unsavedProperty().get().isEmpty(), Duration.ofSeconds(10));
        assertThat(file).content().contains(TEXT.substring(0, 3));
    }

    @Test
    void quittingWhenTheSaveFailsSaysWhereTheCopyIs() throws IOException {
        Await.until(annotations::isOpen, Duration.ofSeconds(10));
        annotations.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.YELLOW, "");
        Files.createDirectories(file.resolve("blocker")); // a folder that cannot be replaced where the file goes

        String said = annotations.closeAtExit();

        Matcher copy = Pattern.compile(Pattern.quote(root.toString()) + "/annotations\\.yaml\\.unsaved-[0-9-]+").matcher(said);
        assertThat(copy.find()).as("names the copy: " + said).isTrue();
        assertThat(Path.of(copy.group())).exists().content().contains(TEXT.substring(0, 3));
        assertThat(annotations.problems()).as("said once, by the window as it quits").isEmpty();
        assertThat(annotations.closeAtExit()).as("closed").isNull();
    }
}
