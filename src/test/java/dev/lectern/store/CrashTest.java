package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Await;
import dev.lectern.model.Bookmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a saving process (SIGKILL) at random moments: the file must always load whole, with every save reported. */
class CrashTest {

    private static final System.Logger LOG = System.getLogger(CrashTest.class.getName());
    private static final int WORKERS = 4;
    private static final int KILLS_PER_WORKER = 40;

    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidSaveNeverDamagesOrLosesSavedAnnotations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Path folder = Files.createDirectories(dir.resolve("worker" + w));
            long seed = 1000 + w;
            workers.add(pool.submit(() -> runKills(folder, new Random(seed))));
        }
        int maxVerified = 0;
        for (Future<Integer> worker : workers) {
            maxVerified = Math.max(maxVerified, worker.get());
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        String summary = "Crash test: " + WORKERS * KILLS_PER_WORKER + " kills, up to " + maxVerified
                + " saved annotations verified in one file";
        System.out.println(summary);
        LOG.log(System.Logger.Level.INFO, summary);
        assertThat(maxVerified).as("saves completed between kills").isGreaterThan(10);
    }

    /** Runs the save loop again and again, killing it; returns how many saved annotations the last check verified. */
    private static int runKills(Path folder, Random random) throws Exception {
        Path file = folder.resolve("annotations.yaml");
        Set<String> saved = new TreeSet<>();
        int next = 0;
        for (int kill = 0; kill < KILLS_PER_WORKER; kill++) {
            Path output = folder.resolve("out-" + kill + ".txt");
            Process child = start(file, next, output);
            // the kill lands while the JVM starts, after the file was opened, or as the n-th save begins
            int moment = random.nextInt(10);
            if (moment > 0) {
                waitUntil(output, child, moment < 3 ? "ready " : "saving ", moment < 3 ? 1 : 1 + random.nextInt(4));
            }
            child.destroyForcibly();
            child.waitFor();
            for (String line : Files.readAllLines(output)) {
                if (line.startsWith("saved ")) {
                    saved.add("n" + line.substring(6));
                }
            }
            Files.delete(output);
            Set<String> labels = load(file);
            assertThat(labels).as("after kill %d in %s", kill, folder).containsAll(saved);
            next = labels.size() + 1000 * (kill + 1);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
        return saved.size();
    }

    private static Set<String> load(Path file) throws IOException {
        AnnotationStore store = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        assertThat(store.problems()).isEmpty();
        return store.annotations().stream().map(a -> ((Bookmark) a).label()).collect(Collectors.toSet());
    }

    /** Waits until the child has written a line starting with word count times (or has ended). */
    private static void waitUntil(Path output, Process child, String word, int count) {
        Await.until(() -> !child.isAlive() || Files.readAllLines(output).stream().filter(l -> l.startsWith(word)).count() >= count,
                Duration.ofSeconds(60));
    }

    private static Process start(Path file, int first, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString(),
                String.valueOf(first)).redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(output.toFile()).start();
    }
}
