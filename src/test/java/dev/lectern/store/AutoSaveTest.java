package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Await;
import dev.lectern.model.HighlightColor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoSaveTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aChangeIsSavedShortlyWithoutAnExplicitSave() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, executor, Clock.systemUTC());

        store.addHighlight(id("a.md"), key("A"), anchor("saved by itself", 0), HighlightColor.BLUE, "");

        Await.until(() -> Files.exists(file) && Files.readString(file).contains("saved by itself"), Duration.ofSeconds(10));
        assertThat(file).content().contains("saved by itself");
    }

    @Test
    void closingSavesAtOnceWhateverIsPending() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, executor, Clock.systemUTC());
        store.addBookmark(id("a.md"), key("A"), null, "saved on close");

        store.close();

        assertThat(file).content().contains("saved on close");
    }
}
