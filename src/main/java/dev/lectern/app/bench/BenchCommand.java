package dev.lectern.app.bench;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.CorpusGenerator;
import dev.lectern.library.LoadedLibrary;
import dev.lectern.library.MetadataCache;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.library.SyntheticCorpus;
import dev.lectern.library.TagIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * {@code lectern bench}: generates a library of N articles (from a real corpus, or from texts in the jar when
 * there is none) and prints a table (or, with --json, a JSON object) of
 * the raw floor (every file's bytes read once, in parallel), cold scan, warm start, tag filtering,
 * heap in use, then the full-text index: build, rebuild with nothing changed, size and query latency. Timings are wall-clock on this machine with the files in the OS cache.
 */
public final class BenchCommand {

    private static final BooleanSupplier NEVER = () -> false;

    private final int cores = Runtime.getRuntime().availableProcessors();

    private final Path defaultCorpus;
    private final int freshJvmRuns;

    /** @param defaultCorpus the corpus used when none is given; when it is absent, texts in the jar are used */
    public BenchCommand(Path defaultCorpus) {
        this(defaultCorpus, 3);
    }

    /** @param freshJvmRuns how many times a fresh JVM is started to time a warm start (tests need one) */
    BenchCommand(Path defaultCorpus, int freshJvmRuns) {
        this.defaultCorpus = defaultCorpus;
        this.freshJvmRuns = freshJvmRuns;
    }

    /**
     * Runs the benchmark; corpus is the real corpus to replicate (null: the shared corpus B when it is there, else
     * a library made from the texts in the jar). With json, only a JSON object of the figures is printed. Returns
     * the exit code.
     */
    public int run(int articles, Path corpus, boolean json, PrintStream out) {
        try {
            if (corpus != null && !Files.isDirectory(corpus)) {
                out.println("bench: no corpus folder " + corpus);
                return 2;
            }
            BenchReport report = new BenchReport(json ? null : out);
            runChecked(articles, corpus != null ? corpus : defaultCorpus, report);
            if (json) {
                report.printJson(out);
            }
            return 0;
        } catch (IOException | InterruptedException e) {
            out.println("bench failed: " + e);
            return 1;
        }
    }

    private Path library(int articles, Path corpus, BenchReport report) throws IOException {
        long start = System.nanoTime();
        Path library;
        if (Files.isDirectory(corpus)) {
            library = new CorpusGenerator(corpus).generate(articles, CorpusGenerator.defaultTarget(articles));
            report.put("corpus", corpus.toAbsolutePath().normalize().toString());
        } else {
            SyntheticCorpus synthetic = new SyntheticCorpus();
            report.note("no corpus at %s: generating %d articles from the texts built into Lectern (%d paragraphs of"
                    + " Chinese, Japanese and English; YAML, TOML, Hexo and no front matter)", corpus, articles,
                    synthetic.paragraphCount());
            library = synthetic.generate(articles, SyntheticCorpus.defaultTarget(articles));
            report.put("corpus", "built-in");
        }
        report.put("library", library.toString());
        report.put("articles", articles);
        report.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.note("system load average %.2f before the run", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.note("library: %s (%d articles, ready in %.1f s)%n", library, articles, (System.nanoTime() - start) / 1e9);
        return library;
    }

    private void runChecked(int articles, Path corpus, BenchReport report) throws IOException, InterruptedException {
        long baseline = BenchMeasures.heapAfterGc();
        report.note("Lectern bench — %s %s (%s), %d cores, max heap %d MB, %s", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                cores, Runtime.getRuntime().maxMemory() >> 20,
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19));
        report.put("cores", cores);
        Path library = library(articles, corpus, report);
        report.note("%-52s %14s", "measure", "result");
        BenchMeasures measures = new BenchMeasures(cores);
        int runs = articles <= 20_000 ? 5 : 2;
        double floor = measures.best(runs + 1, () -> measures.rawFloor(library));
        report.millis("rawFloorMs", "raw floor: read all bytes (" + cores + " threads, best of " + (runs + 1) + ")", floor, "");

        Path cacheFolder = Files.createTempDirectory("lectern-bench-cache");
        MetadataCache cache = new MetadataCache(cacheFolder);
        CachedLibraryLoader loader = new CachedLibraryLoader(new ArticleReader(), cores, cache);
        // as in the window: timed to the list; the metadata cache is saved after it is shown, timed on its own
        AtomicReference<LoadedLibrary> scanned = new AtomicReference<>();
        BenchMeasures.Action coldScan = () -> {
            Files.deleteIfExists(cache.fileFor(library));
            scanned.set(loader.read(library, ScanListener.NONE, NEVER));
        };
        double first = measures.best(1, coldScan);
        double cold = Math.min(first, measures.best(runs, coldScan));
        double save = measures.best(1, () -> scanned.getAndSet(null).afterShown().run());
        report.millis("coldScanFirstMs", "cold scan to the list, no cache: first in this JVM", first, String.format("  %.1fx floor", first / floor));
        report.millis("coldScanBestMs", "cold scan to the list, no cache: best of " + (runs + 1), cold, String.format("  %.1fx floor", cold / floor));
        report.put("coldScanFirstToFloor", Math.round(first / floor * 100) / 100.0);
        report.put("coldScanBestToFloor", Math.round(cold / floor * 100) / 100.0);
        report.millis("cacheSaveMs", "metadata cache saved, after the list is shown", save, "");
        long cacheKb = Files.size(cache.fileFor(library)) >> 10;
        report.row("cacheFileKB", "metadata cache file", cacheKb + " KB", cacheKb);
        List<Long> listed = new ArrayList<>();
        List<Long> checked = new ArrayList<>();
        for (int i = 0; i < freshJvmRuns; i++) {
            long[] fresh = measures.warmStartInFreshJvm(library, cacheFolder);
            listed.add(fresh[0]);
            checked.add(fresh[1]);
        }
        double warm = measures.best(5, () -> loader.load(library, ScanListener.NONE, NEVER));
        report.millis("warmStartSameJvmMs", "warm start, nothing changed (best of 5)", warm, "");
        report.row("warmStartFreshJvmListMs", "fresh JVM: JVM start to cached list, " + freshJvmRuns + " runs", listed + " ms", listed);
        report.row("warmStartFreshJvmCheckedMs", "fresh JVM: JVM start to list checked, " + freshJvmRuns + " runs", checked + " ms", checked);

        ScanResult result = loader.load(library, ScanListener.NONE, NEVER);
        TagIndex[] index = new TagIndex[1];
        double build = measures.best(3, () -> index[0] = TagIndex.build(result.articles()));
        FilterBench filters = new FilterBench(result.articles(), index[0]);
        report.millis("tagIndexBuildMs", "TagIndex.build (" + filters.nodeCount() + " tag nodes)", build, "");
        filters.run(1_000, 1);
        long[] times = filters.run(1_000, 2);
        report.millis("tagFilterP50Ms", "tag filter + count all nodes: p50", times[times.length / 2] / 1e9, "");
        report.millis("tagFilterP95Ms", "tag filter + count all nodes: p95", times[times.length * 95 / 100] / 1e9, "");
        report.millis("tagFilterMaxMs", "tag filter + count all nodes: max", times[times.length - 1] / 1e9, "");
        long heap = BenchMeasures.heapAfterGc();
        report.row("heapMB", "heap in use, library + tag index loaded", String.format("%d MB (+%d MB over empty)",
                heap >> 20, (heap - baseline) >> 20), heap >> 20);
        SearchBench.Figures search = new SearchBench(result, index[0], cores, Path.of(System.getProperty("java.io.tmpdir"))).run(3, 5);
        SearchBench.report(search, report);
        // used after the heap reading, so the library and index are surely alive when it is taken
        report.note("%nloaded %d articles, %d skipped, %d tag nodes", result.articles().size(), result.skipped().size(),
                filters.nodeCount());
        report.put("loaded", result.articles().size());
        report.put("skipped", result.skipped().size());
        Files.deleteIfExists(cache.fileFor(library));
        Files.deleteIfExists(cacheFolder);
    }

    static void row(PrintStream out, String measure, String result) {
        out.printf("%-52s %14s%n", measure, result);
    }

    static String ms(double seconds) {
        return String.format("%.2f ms", seconds * 1000);
    }

    /** The shared corpus B beside the checkout (-Dlectern.shared, else ../shared), as the tests find it. */
    public static Path sharedCorpus() {
        return Path.of(System.getProperty("lectern.shared", "../shared"), "corpora", "B");
    }
}
