package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Bookmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Lectern processes (two windows, a sync tool) saving to one annotation file at the same time lose nothing. */
class TwoProcessStoreTest {

    private static final int SAVES = 60;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void twoJvmsEachSavingNAnnotationsEndWithAll2N() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        for (int round = 0; round < ROUNDS; round++) {
            int base = round * 10_000;
            Process first = start(file, base, SAVES);
            Process second = start(file, base + 5_000, SAVES);
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).as("first writer finished").isTrue();
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("second writer finished").isTrue();
            assertThat(first.exitValue()).isZero();
            assertThat(second.exitValue()).isZero();
            Set<String> labels = labels(file);
            System.out.println("Two writers, round " + (round + 1) + ": " + labels.size() + " annotations in the file, "
                    + 2 * SAVES * (round + 1) + " expected");
            assertThat(labels).hasSize(2 * SAVES * (round + 1));
            for (int n = 0; n < SAVES; n++) {
                assertThat(labels).contains("n" + (base + n), "n" + (base + 5_000 + n));
            }
        }
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedAtTheNextStart() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        Files.writeString(dir.resolve("annotations.yaml.1234567.tmp"), "half a sa");
        Files.writeString(dir.resolve("reading-state.tsv.99.tmp"), "half");
        Files.writeString(dir.resolve("notes.md"), "not ours");

        AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        new ReadingStateFile(dir.resolve("reading-state.tsv")).load();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp")).contains("notes.md");
        }
    }

    static Set<String> labels(Path file) throws IOException {
        AnnotationStore store = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        assertThat(store.problems()).as("the file loads cleanly").isEmpty();
        return store.annotations().stream().map(a -> ((Bookmark) a).label()).collect(Collectors.toSet());
    }

    static Process start(Path file, int first, long count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString(),
                String.valueOf(first), String.valueOf(count));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
