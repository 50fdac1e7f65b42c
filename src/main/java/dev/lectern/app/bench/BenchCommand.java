package dev.lectern.app.bench;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.CorpusGenerator;
import dev.lectern.library.MetadataCache;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.library.TagIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;

/**
 * {@code lectern bench}: generates a library of N articles from a real corpus and prints a table of
 * the raw floor (every file's bytes read once, in parallel), cold scan, warm start, tag filtering,
 * heap in use, then the full-text index: build, rebuild with nothing changed, size and query latency. Timings are wall-clock on this machine with the files in the OS cache.
 */
public final class BenchCommand {

    private static final BooleanSupplier NEVER = () -> false;

    private final int cores = Runtime.getRuntime().availableProcessors();

    public BenchCommand() {
        // no collaborators: the benchmark builds its own reader, loader and cache folder
    }

    /** Runs the benchmark; corpus is the real corpus to replicate (null: the shared corpus B). Returns the exit code. */
    public int run(int articles, Path corpus, PrintStream out) {
        try {
            runChecked(articles, corpus != null ? corpus : defaultCorpus(), out);
            return 0;
        } catch (IOException | InterruptedException e) {
            out.println("bench failed: " + e);
            return 1;
        }
    }

    private void runChecked(int articles, Path corpus, PrintStream out) throws IOException, InterruptedException {
        long baseline = BenchMeasures.heapAfterGc();
        out.printf("Lectern bench — %s %s (%s), %d cores, max heap %d MB, %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                cores, Runtime.getRuntime().maxMemory() >> 20,
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19));
        long start = System.nanoTime();
        Path library = new CorpusGenerator(corpus).generate(articles, CorpusGenerator.defaultTarget(articles));
        out.printf("system load average %.2f before the run%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("library: %s (%d articles from %s, ready in %.1f s)%n%n", library, articles, corpus,
                (System.nanoTime() - start) / 1e9);
        out.printf("%-52s %14s%n", "measure", "result");
        BenchMeasures measures = new BenchMeasures(cores);
        int runs = articles <= 20_000 ? 5 : 2;
        double floor = measures.best(runs + 1, () -> measures.rawFloor(library));
        row(out, "raw floor: read all bytes (" + cores + " threads, best of " + (runs + 1) + ")", ms(floor));

        Path cacheFolder = Files.createTempDirectory("lectern-bench-cache");
        MetadataCache cache = new MetadataCache(cacheFolder);
        CachedLibraryLoader loader = new CachedLibraryLoader(new ArticleReader(), cores, cache);
        BenchMeasures.Action coldScan = () -> {
            Files.deleteIfExists(cache.fileFor(library));
            loader.load(library, ScanListener.NONE, NEVER);
        };
        double first = measures.best(1, coldScan);
        double cold = Math.min(first, measures.best(runs, coldScan));
        row(out, "cold scan, no cache: first in this JVM", ms(first) + String.format("  %.1fx floor", first / floor));
        row(out, "cold scan, no cache: best of " + (runs + 1), ms(cold) + String.format("  %.1fx floor", cold / floor));
        row(out, "metadata cache file", (Files.size(cache.fileFor(library)) >> 10) + " KB");
        StringBuilder fresh = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            fresh.append(i == 0 ? "" : ", ").append(measures.warmStartInFreshJvm(library, cacheFolder));
        }
        double warm = measures.best(5, () -> loader.load(library, ScanListener.NONE, NEVER));
        row(out, "warm start, nothing changed (best of 5)", ms(warm));
        row(out, "warm start in a fresh JVM, 3 runs (load / since JVM start)", fresh.toString());

        ScanResult result = loader.load(library, ScanListener.NONE, NEVER);
        TagIndex[] index = new TagIndex[1];
        double build = measures.best(3, () -> index[0] = TagIndex.build(result.articles()));
        FilterBench filters = new FilterBench(result.articles(), index[0]);
        row(out, "TagIndex.build (" + filters.nodeCount() + " tag nodes)", ms(build));
        filters.run(1_000, 1);
        long[] times = filters.run(1_000, 2);
        row(out, "tag filter + count all nodes: p50", ms(times[times.length / 2] / 1e9));
        row(out, "tag filter + count all nodes: p95", ms(times[times.length * 95 / 100] / 1e9));
        row(out, "tag filter + count all nodes: max", ms(times[times.length - 1] / 1e9));
        row(out, "render of one article", "(not measured here)");
        long heap = BenchMeasures.heapAfterGc();
        row(out, "heap in use, library + tag index loaded", String.format("%d MB (+%d MB over empty)",
                heap >> 20, (heap - baseline) >> 20));
        SearchBench.print(new SearchBench(result, index[0], cores, Path.of(System.getProperty("java.io.tmpdir"))).run(3, 5), out);
        // used after the heap reading, so the library and index are surely alive when it is taken
        out.printf("%nloaded %d articles, %d skipped, %d tag nodes%n", result.articles().size(), result.skipped().size(),
                filters.nodeCount());
        Files.deleteIfExists(cache.fileFor(library));
        Files.deleteIfExists(cacheFolder);
    }

    static void row(PrintStream out, String measure, String result) {
        out.printf("%-52s %14s%n", measure, result);
    }

    static String ms(double seconds) {
        return String.format("%.2f ms", seconds * 1000);
    }

    private static Path defaultCorpus() {
        return Path.of(System.getProperty("lectern.shared", "../shared"), "corpora", "B");
    }
}
