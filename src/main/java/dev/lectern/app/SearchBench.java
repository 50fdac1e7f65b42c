package dev.lectern.app;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.Facet;
import dev.lectern.library.ScanResult;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.model.ArticleId;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Does what the app does for full-text search on a scanned library: builds a fresh index in a temporary folder,
 * rebuilds it with nothing changed (after reopening, as at the next start), then runs a fixed set of queries
 * with the result limit of the UI, some within a tag filter of about a tenth of the library. The folder is
 * deleted afterwards.
 */
final class SearchBench {

    /** The result limit the UI asks for. */
    static final int LIMIT = 200;
    /** The queries (hitting the text of the shared corpus B), each timed; those marked filtered run within the tag filter. */
    static final List<BenchQuery> QUERIES = List.of(
            q("的"), q("锁"), q("架"), q("线程"), q("缓存"), q("算法"), q("面试"), q("线程池"), q("分布式"), q("数据库"),
            q("微服务"), q("分布式锁"), q("消息队列"), q("负载均衡"), q("性能优化"), q("设计模式"), q("拡張機能"), q("コンテナ"),
            q("ウェブ"), q("개발자"), q("chrome"), q("javascript"), q("kubernetes"), q("redis"), q("elasticsearch"),
            q("lighthouse"), q("j"), q("perf"), q("serializ"), q("kube"), q("java 线程池"), q("redis 缓存"),
            q("chrome extension"), q("\"service worker\""), q("\"spring boot\""), q("\"manifest v3\""), q("tag:java"),
            q("tag:devtools"), q("tag:ai"), q("tag:cache 缓存"), q("author:jecelynyeen"), q("xyzzyplugh"), q("鑫龘靐齉"),
            q("\"service 线程池 worker\""), filtered("的"), filtered("java"), filtered("线程池"), filtered("chrome"),
            filtered("perf"), filtered("\"service worker\""));

    /** One query of the set. */
    record BenchQuery(String text, boolean filtered) {
        @Override
        public String toString() {
            return filtered ? text + " (tag filter)" : text;
        }
    }

    /** What one run measured. */
    record Figures(int articles, double buildSeconds, int reindexed, double rebuildSeconds, long indexBytes,
                   String filterTag, int filterSize, QueryTimes queries) {
    }

    /**
     * Query latencies in nanoseconds: the very first query after opening (cold), every timed query after the warm-up
     * (sorted); the query with the slowest timed run; how many of the queries found anything.
     */
    record QueryTimes(long first, long[] sorted, String slowest, int withHits) {
        long percentile(int p) {
            return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
        }
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
            IndexBuilder builder = new IndexBuilder(new ArticleReader(), parallelism);
            long start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder)) {
                builder.build(scan, index, (done, total) -> { }, () -> false);
            }
            double build = (System.nanoTime() - start) / 1e9;
            long bytes = sizeOf(folder);
            start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder)) {
                int reindexed = builder.build(scan, index, (done, total) -> { }, () -> false);
                double rebuild = (System.nanoTime() - start) / 1e9;
                TagNode filter = tenthOfLibrary();
                Set<ArticleId> allowed = allowed(filter);
                return new Figures(scan.articles().size(), build, reindexed, rebuild, bytes,
                        filter == null ? "(none)" : filter.ref().path().toString(), allowed.size(),
                        timeQueries(index, allowed, warmups, rounds));
            }
        } finally {
            delete(folder);
        }
    }

    private static QueryTimes timeQueries(SearchIndex index, Set<ArticleId> allowed, int warmups, int rounds)
            throws IOException {
        long[] latencies = new long[QUERIES.size() * rounds];
        long[] worst = new long[QUERIES.size()];
        long first = -1;
        int withHits = 0;
        for (int round = -warmups; round < rounds; round++) {
            for (int i = 0; i < QUERIES.size(); i++) {
                BenchQuery query = QUERIES.get(i);
                long start = System.nanoTime();
                int hits = index.search(query.text(), LIMIT, query.filtered() ? allowed : null).size();
                long time = System.nanoTime() - start;
                first = first < 0 ? time : first;
                if (round >= 0) {
                    latencies[round * QUERIES.size() + i] = time;
                    worst[i] = Math.max(worst[i], time);
                }
                if (round == rounds - 1 && hits > 0) {
                    withHits++;
                }
            }
        }
        int slowest = 0;
        for (int i = 1; i < worst.length; i++) {
            slowest = worst[i] > worst[slowest] ? i : slowest;
        }
        Arrays.sort(latencies);
        return new QueryTimes(first, latencies, QUERIES.get(slowest).toString(), withHits);
    }

    /** Prints the figures as rows of the bench table. */
    static void print(Figures figures, PrintStream out) {
        QueryTimes queries = figures.queries();
        BenchCommand.row(out, "search index: full build (" + figures.articles() + " articles)",
                String.format("%.1f s", figures.buildSeconds()));
        BenchCommand.row(out, "search index: size on disk", String.format("%.1f MB", figures.indexBytes() / 1e6));
        BenchCommand.row(out, "search index: reopen + rebuild, nothing changed",
                BenchCommand.ms(figures.rebuildSeconds()) + " (" + figures.reindexed() + " re-read)");
        BenchCommand.row(out, "search query: first after opening (cold)", BenchCommand.ms(queries.first() / 1e9));
        String timed = QUERIES.size() + " queries x " + queries.sorted().length / QUERIES.size() + ", limit " + LIMIT;
        BenchCommand.row(out, "search query (" + timed + "): p50", BenchCommand.ms(queries.percentile(50) / 1e9));
        BenchCommand.row(out, "search query: p95", BenchCommand.ms(queries.percentile(95) / 1e9));
        BenchCommand.row(out, "search query: max", BenchCommand.ms(queries.sorted()[queries.sorted().length - 1] / 1e9));
        out.printf("search: %d of %d queries found something; slowest: %s; tag filter %s (%d articles)%n",
                queries.withHits(), QUERIES.size(), queries.slowest(), figures.filterTag(), figures.filterSize());
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

    private static BenchQuery q(String text) {
        return new BenchQuery(text, false);
    }

    private static BenchQuery filtered(String text) {
        return new BenchQuery(text, true);
    }
}
