package dev.lectern.search;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CorpusGenerator;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Times only first builds of the search index on a library generated from corpus B, in one JVM (the first pays for
 * the JIT; run it under a profiler such as JFR): {@code java -cp target/test-classes:target/classes:CP
 * dev.lectern.search.IndexBuildProfile [articles] [runs]}. Prints wall and CPU seconds of each build.
 */
public final class IndexBuildProfile {

    private IndexBuildProfile() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int cores = Runtime.getRuntime().availableProcessors();
        Path library = new CorpusGenerator(Path.of("/work/shared/corpora/B"))
                .generate(articles, CorpusGenerator.defaultTarget(articles));
        ArticleReader reader = new ArticleReader();
        ScanResult scan = new LibraryScanner(reader, cores).scan(library, ScanListener.NONE, () -> false);
        SourceFiles files = SourceFiles.under(scan.root(), reader);
        for (int run = 0; run < runs; run++) {
            Path folder = Files.createTempDirectory("lectern-build-profile");
            long cpu = cpuNanos();
            long start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder, files)) {
                new IndexBuilder(reader, cores).build(scan, index, (done, total) -> { }, () -> false);
            }
            System.out.printf("build %d articles: %.1f s wall, %.1f s cpu, index %.1f MB%n", scan.articles().size(),
                    (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9, size(folder) / 1e6);
            delete(folder);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
