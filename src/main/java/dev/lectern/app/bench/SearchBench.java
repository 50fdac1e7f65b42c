package dev.lectern.app.bench;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.Facet;
import dev.lectern.library.ScanResult;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SourceFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Does what the app does for full-text search on a scanned library: builds a fresh index in a temporary folder,
 * rebuilds it with nothing changed (after reopening, as at the next start), then times the queries of
 * {@link SearchQueryTimer}, some within a tag filter of about a tenth of the library. The folder is deleted afterwards.
 */
final class SearchBench {

    /** What one run measured. */
    record Figures(int articles, long textBytes, double buildSeconds, double buildCpuSeconds, int reindexed, double rebuildSeconds, long indexBytes,
                   String filterTag, int filterSize, SearchQueryTimer.QueryTimes queries) {
    }

    private final ScanResult scan;
    private final TagIndex tags;
    private final int parallelism;
    private final Path scratch;

    /** The index is built in a new folder under scratch, deleted at the end of each run. */
    SearchBench(ScanResult scan, TagIndex tags, int parallelism, Path scratch) {
        this.scan = scan;
        this.tags = tags;
        this.parallelism = parallelism;
        this.scratch = scratch;
    }

    /** Builds, rebuilds and queries, each query warmed up then timed rounds times. */
    Figures run(int warmups, int rounds) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory(scratch, "lectern-bench-index");
        try {
            ArticleReader reader = new ArticleReader();
            IndexBuilder builder = new IndexBuilder(reader, parallelism);
            SourceFiles files = SourceFiles.under(scan.root(), reader);
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder, files)) {
                builder.build(scan, index, (done, total) -> { }, () -> false);
            }
            double build = (System.nanoTime() - start) / 1e9;
            double buildCpu = (processCpuNanos() - cpu) / 1e9;
            long bytes = sizeOf(folder);
            start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder, files)) {
                int reindexed = builder.build(scan, index, (done, total) -> { }, () -> false);
                double rebuild = (System.nanoTime() - start) / 1e9;
                TagNode filter = tenthOfLibrary();
                Set<ArticleId> allowed = allowed(filter);
                long text = scan.articles().stream().mapToLong(Article::size).sum();
                return new Figures(scan.articles().size(), text, build, buildCpu, reindexed, rebuild, bytes,
                        filter == null ? "(none)" : filter.ref().path().toString(), allowed.size(),
                        SearchQueryTimer.time(index, allowed, warmups, rounds));
            }
        } finally {
            delete(folder);
        }
    }

    /** Adds the figures to the bench report: rows of its table and named figures of its JSON. */
    static void report(Figures figures, BenchReport report) {
        SearchQueryTimer.QueryTimes queries = figures.queries();
        report.row("searchBuildSeconds", "search index: full build (" + figures.articles() + " articles)",
                String.format("%.1f s", figures.buildSeconds()), Math.round(figures.buildSeconds() * 100) / 100.0);
        report.row("searchBuildCpuSeconds", "search index: full build, CPU time of all threads",
                String.format("%.1f s", figures.buildCpuSeconds()), Math.round(figures.buildCpuSeconds() * 100) / 100.0);
        long textBytes = figures.textBytes();
        report.row("searchIndexMB", "search index: size on disk", String.format("%.1f MB for %.1f MB of text: %.2f x the text",
                figures.indexBytes() / 1e6, textBytes / 1e6, figures.indexBytes() / (double) Math.max(1, textBytes)),
                Math.round(figures.indexBytes() / 1e5) / 10.0);
        report.millis("searchRebuildMs", "search index: reopen + rebuild, nothing changed", figures.rebuildSeconds(),
                " (" + figures.reindexed() + " re-read)");
        report.millis("searchFirstQueryMs", "search query: first after opening (cold)", queries.first() / 1e9, "");
        String timed = SearchQueryTimer.QUERIES.size() + " queries x " + queries.sorted().length / SearchQueryTimer.QUERIES.size() + ", limit " + SearchQueryTimer.LIMIT;
        report.millis("searchQueryP50Ms", "search query (" + timed + "): p50", queries.percentile(50) / 1e9, "");
        report.millis("searchQueryP95Ms", "search query: p95", queries.percentile(95) / 1e9, "");
        report.millis("searchQueryMaxMs", "search query: max", queries.sorted()[queries.sorted().length - 1] / 1e9, "");
        report.millis("searchAfterFilterChangeMs", "search query after a tag filter change (median of 5)",
                queries.afterFilterChange() / 1e9, "");
        report.note("search: %d of %d queries found something; slowest: %s; tag filter %s (%d articles)",
                queries.withHits(), SearchQueryTimer.QUERIES.size(), queries.slowest(), figures.filterTag(), figures.filterSize());
    }

    /**
     * The CPU time this process has used, in nanoseconds: on a machine shared with other work it says more about a
     * build than its wall time does.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The tag whose articles come closest to a tenth of the library, as a reader might tick in the tag tree. */
    private TagNode tenthOfLibrary() {
        int target = Math.max(1, tags.size() / 10);
        TagNode best = null;
        Deque<TagNode> nodes = new ArrayDeque<>(tags.roots(Facet.TAG));
        while (!nodes.isEmpty()) {
            TagNode node = nodes.pop();
            if (best == null || Math.abs(node.total() - target) < Math.abs(best.total() - target)) {
                best = node;
            }
            nodes.addAll(node.children());
        }
        return best;
    }

    private Set<ArticleId> allowed(TagNode filter) {
        Set<ArticleId> ids = new HashSet<>();
        if (filter != null) {
            BitSet members = tags.articlesWith(filter.ref());
            for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
                ids.add(scan.articles().get(i).id());
            }
        }
        return ids;
    }

    /** The bytes of the files in the folder: measured once the index is closed, so no merge is under way. */
    private static long sizeOf(Path folder) throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
        }
        return total;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
