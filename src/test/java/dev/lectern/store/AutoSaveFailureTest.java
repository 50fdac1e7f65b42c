package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annotation folder that turns read-only while Lectern runs: the failed save is told once, not at every retry (the
 * file is checked every 2 s, and each check asked for a save: the message came back every 2 s after each OK); the
 * saves go on quietly, and the first that works says so.
 */
class AutoSaveFailureTest {

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Problem> told = new CopyOnWriteArrayList<>();
    private final AtomicInteger savedAgain = new AtomicInteger();

    @Test
    void aSaveThatKeepsFailingIsToldOnceAndTheFirstSaveThatWorksEndsIt() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = AnnotationStore.open(file, Path.of("/library"), scheduler, Clock.systemUTC());
        store.addListener(listener());
        Path lock = FileGuard.lockFileOf(file);

        Files.deleteIfExists(lock);
        Files.createDirectories(lock); // the file can be read, not written: as a folder gone read-only
        store.addBookmark(new ArticleId("a.md"), null, null, "made while saving fails");
        for (int check = 0; check < 30; check++) { // a minute of the window's checks for outside changes
            scheduler.advance(Duration.ofSeconds(1));
            store.checkForExternalChange();
            scheduler.advance(Duration.ofSeconds(1));
        }

        assertThat(scheduler.ran).as("it kept trying").isGreaterThan(20);
        assertThat(told).as("said once").singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_NOT_SAVED);
            assertThat(p.value(1)).as("why, not a temporary file's name").isEqualTo("is a folder");
        });
        assertThat(store.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_NOT_SAVED);

        Files.delete(lock); // writable again
        store.checkForExternalChange();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(file).content().contains("made while saving fails");
        assertThat(savedAgain).hasValue(1);
        assertThat(store.problems()).as("nothing wrong any more").isEmpty();

        Files.delete(lock);
        Files.createDirectories(lock);
        store.addBookmark(new ArticleId("b.md"), null, null, "made when it fails again");
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(told).as("failing again after a save worked is said again").hasSize(2);
    }

    private AnnotationListener listener() {
        return new AnnotationListener() {
            @Override
            public void annotationsChanged(Set<ArticleId> articles) {
            }

            @Override
            public void problemReported(Problem problem) {
                told.add(problem);
            }

            public void savedAgain() {
                savedAgain.incrementAndGet();
            }
        };
    }
}
