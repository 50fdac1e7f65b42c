package dev.lectern.app.bench;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CorpusGenerator;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.library.Facet;
import dev.lectern.model.ArticleId;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Prints each bench query's median and slowest time and how many files it read, on an index of a library generated
 * from corpus B (kept under /tmp between runs): {@code java -cp target/test-classes:target/classes:CP
 * dev.lectern.app.bench.QueryTimesProfile articles rounds}. A profiling aid, not a test.
 */
public final class QueryTimesProfile {
    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path library = new CorpusGenerator(Path.of("/work/shared/corpora/B")).generate(articles, CorpusGenerator.defaultTarget(articles));
        ArticleReader reader = new ArticleReader();
        ScanResult scan = new LibraryScanner(reader, 2).scan(library, ScanListener.NONE, () -> false);
        TagIndex tags = TagIndex.build(scan.articles());
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "lectern-query-profile-" + articles);
        java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
        SourceFiles under = SourceFiles.under(scan.root(), reader);
        SourceFiles counted = id -> { reads.incrementAndGet(); return under.read(id); };
        try (SearchIndex index = SearchIndex.open(folder, counted)) {
            new IndexBuilder(reader, 2).build(scan, index, (d, t) -> { }, () -> false);
            int target = Math.max(1, tags.size() / 10);
            TagNode best = null;
            Deque<TagNode> nodes = new ArrayDeque<>(tags.roots(Facet.TAG));
            while (!nodes.isEmpty()) {
                TagNode node = nodes.pop();
                if (best == null || Math.abs(node.total() - target) < Math.abs(best.total() - target)) best = node;
                nodes.addAll(node.children());
            }
            Set<ArticleId> allowed = new HashSet<>();
            BitSet members = tags.articlesWith(best.ref());
            for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) allowed.add(scan.articles().get(i).id());
            var queries = SearchQueryTimer.QUERIES;
            long cpu0 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            long wall0 = System.nanoTime();
            long[][] times = new long[queries.size()][rounds];
            long[] readsPer = new long[queries.size()];
            for (int round = -3; round < rounds; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    var q = queries.get(i);
                    long before = reads.get();
                    long start = System.nanoTime();
                    index.search(q.text(), SearchQueryTimer.LIMIT, q.filtered() ? allowed : null);
                    if (round >= 0) times[i][round] = System.nanoTime() - start;
                    readsPer[i] = reads.get() - before;
                }
            }
            System.out.printf("loop %.2f s wall %.2f s cpu%n", (System.nanoTime() - wall0) / 1e9, (((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - cpu0) / 1e9);
            long[] all = new long[queries.size() * rounds];
            for (int i = 0; i < queries.size(); i++) {
                Arrays.sort(times[i]);
                System.arraycopy(times[i], 0, all, i * rounds, rounds);
                System.out.printf("%8.2f %8.2f %5d  %s%n", times[i][rounds / 2] / 1e6, times[i][rounds - 1] / 1e6, readsPer[i], queries.get(i));
            }
            Arrays.sort(all);
            System.out.println("file reads per round: " + Arrays.stream(readsPer).sum());
            System.out.printf("p50 %.2f p95 %.2f max %.2f ms%n", all[all.length / 2] / 1e6, all[all.length * 95 / 100] / 1e6, all[all.length - 1] / 1e6);
        }
    }
}
