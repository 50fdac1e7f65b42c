package dev.lectern.store;

import dev.lectern.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Two processes save to one annotation file while one of them is killed (SIGKILL) at a random moment, again and
 * again; after each kill the file must load cleanly and hold every annotation either process reported saved.
 * Run it as a stress test (see the README): {@code java -cp ... dev.lectern.store.TwoWriterCrashStress 500}; it
 * prints a progress line every 25 kills.
 */
public final class TwoWriterCrashStress {

    /** What a run found: kills done, saves acknowledged and verified, and the first loss or damage seen (or null). */
    public record Result(int kills, int acknowledged, String failure) {
    }

    private TwoWriterCrashStress() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("lectern-two-writers");
        long start = System.nanoTime();
        Result result = run(dir, kills, 42, 25, System.out::println);
        System.out.printf("Two-writer crash stress: %d SIGKILLs, %d acknowledged saves all found, failure: %s, %.0f s%n",
                result.kills(), result.acknowledged(), result.failure(), (System.nanoTime() - start) / 1e9);
        System.exit(result.failure() == null ? 0 : 1);
    }

    /** Runs the kills in dir (the file is dir/annotations.yaml), silently. */
    public static Result run(Path dir, int kills, long seed) throws Exception {
        return run(dir, kills, seed, 0, line -> { });
    }

    /** Runs the kills in dir, handing progress a line every {@code every} kills (never when every is 0). */
    public static Result run(Path dir, int kills, long seed, int every, Consumer<String> progress) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(seed);
        Path file = dir.resolve("annotations.yaml");
        Writer[] writers = new Writer[2];
        Set<String> acknowledged = new TreeSet<>();
        int started = 0;
        try {
            for (int kill = 0; kill < kills; kill++) {
                for (int w = 0; w < 2; w++) {
                    if (writers[w] == null) {
                        writers[w] = Writer.start(file, dir.resolve("out-" + started + ".txt"), 1_000_000 * ++started);
                    }
                }
                Writer victim = writers[random.nextInt(2)];
                victim.waitForSaves(random.nextInt(4));
                victim.waitForSavesBegun(random.nextInt(2)); // killed at once, or as its next save begins
                victim.process.destroyForcibly().waitFor();
                writers[writers[0] == victim ? 0 : 1] = null;
                for (Writer writer : writers) {
                    if (writer != null) {
                        acknowledged.addAll(writer.saved());
                    }
                }
                acknowledged.addAll(victim.saved());
                Files.deleteIfExists(victim.output);
                String failure = check(file, acknowledged, kill);
                if (failure != null) {
                    return new Result(kill + 1, acknowledged.size(), failure);
                }
                if (every > 0 && (kill + 1) % every == 0) {
                    progress.accept(String.format("%d kills, %d acknowledged annotations, lost 0, file loadable, %.0f s",
                            kill + 1, acknowledged.size(), (System.nanoTime() - start) / 1e9));
                }
            }
        } finally {
            for (Writer writer : writers) {
                if (writer != null) {
                    writer.process.destroyForcibly().waitFor();
                }
            }
        }
        return new Result(kills, acknowledged.size(), null);
    }

    private static String check(Path file, Set<String> acknowledged, int kill) throws IOException {
        AnnotationStore store = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        if (!store.problems().isEmpty()) {
            return "after kill " + kill + " the file did not load: " + store.problems();
        }
        Set<String> labels = store.annotations().stream().map(a -> ((dev.lectern.model.Bookmark) a).label())
                .collect(Collectors.toSet());
        List<String> lost = acknowledged.stream().filter(l -> !labels.contains(l)).limit(5).toList();
        return lost.isEmpty() ? null : "after kill " + kill + " saved annotations are missing: " + lost;
    }

    /** One child process running {@link SaveLoop}, its output in a file. */
    private record Writer(Process process, Path output) {

        static Writer start(Path file, Path output, int first) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString(),
                    String.valueOf(first)).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(output.toFile()).start();
            return new Writer(process, output);
        }

        /** Waits (by polling its output) until the process reported this many more saves, or died. */
        void waitForSaves(int count) throws IOException {
            int target = saved().size() + count;
            Await.until(() -> !process.isAlive() || saved().size() >= target, Duration.ofSeconds(60));
        }

        /** Waits until the process has begun count more saves than it has finished (0: returns at once). */
        void waitForSavesBegun(int count) throws IOException {
            int target = saved().size() + count;
            Await.until(() -> !process.isAlive() || begun() >= target, Duration.ofSeconds(60));
        }

        private long begun() throws IOException {
            return Files.exists(output) ? Files.readAllLines(output).stream().filter(l -> l.startsWith("saving ")).count() : 0;
        }

        /** The labels this process reported saved so far. */
        Set<String> saved() throws IOException {
            Set<String> labels = new TreeSet<>();
            if (!Files.exists(output)) {
                return labels;
            }
            for (String line : Files.readAllLines(output)) {
                if (line.startsWith("saved ") && line.length() > 6) {
                    labels.add("n" + line.substring(6).strip());
                }
            }
            return labels;
        }
    }
}
