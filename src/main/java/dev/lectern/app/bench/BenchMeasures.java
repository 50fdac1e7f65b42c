package dev.lectern.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The measuring tools of the benchmark: best-of timing, the raw read floor, a fresh-JVM start, heap after GC. */
final class BenchMeasures {

    /** The options of {@link #startOptions}: how the app's launcher starts its JVM. */
    private static final List<String> START_OPTIONS = List.of("-XX:SharedArchiveFile=", "-XX:AOTCache=", "-Xshare:",
            "-XX:+VerifySharedSpaces", "-Xlog:cds=off", "-Xlog:aot=off", "-XX:Tier4", "--enable-native-access=",
            "--sun-misc-unsafe-memory-access=");

    /** A measured action. */
    interface Action {
        void run() throws IOException, InterruptedException;
    }

    private final int threads;

    BenchMeasures(int threads) {
        this.threads = threads;
    }

    /** The shortest of n runs, in seconds. */
    double best(int runs, Action action) throws IOException, InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e9;
    }

    /** Lists the .md files and reads every byte once with as many threads as cores. */
    void rawFloor(Path library) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(library)) {
            files = walk.filter(f -> f.toString().endsWith(".md")).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            long bytes = pool.submit(() -> files.parallelStream().mapToLong(BenchMeasures::size).sum()).get();
            if (bytes < 0) {
                throw new IOException("negative size");
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static long size(Path file) {
        try {
            return Files.readAllBytes(file).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts WarmStartProbe in a new JVM (same class path, default heap, and this JVM's start-up options, so that from
     * the packaged app it starts as the app does); returns ms from its start to the list and to the checked list.
     */
    long[] warmStartInFreshJvm(Path library, Path cacheFolder) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(startOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                WarmStartProbe.class.getName(), library.toString(), cacheFolder.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("the warm-start probe failed: " + output);
        }
        String[] parts = output.substring(output.lastIndexOf('\n') + 1).split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    /**
     * Of a JVM's options, those that shape its start as the app's launcher sets them: the class-data archive or
     * ahead-of-time cache and its logging, the compiler thresholds, native and Unsafe access. Nothing else (agents,
     * recordings, a cache being written, system properties) is passed on to a probe.
     */
    static List<String> startOptions(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> START_OPTIONS.stream().anyMatch(option::startsWith)).toList();
    }

    /** Heap in use after a few full collections. */
    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
