package dev.lectern.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CorpusGenerator;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.library.TagIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBenchTest {

    @TempDir
    Path dir;

    @Test
    void buildsRebuildsAndTimesEveryQueryOfATinyLibraryThenDeletesTheIndex() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        for (int i = 0; i < 20; i++) {
            String tag = i % 2 == 0 ? "java" : "chrome";
            Files.writeString(source.resolve("post-" + i + ".md"), "---\ntitle: 第" + i + "篇\ntags: [" + tag + "]\n---\n"
                    + "线程池的配置与分布式锁。A service worker in chrome, perf notes " + i + ".\n");
        }
        Path library = new CorpusGenerator(source).generate(200, dir.resolve("library"));
        ScanResult scan = new LibraryScanner(new ArticleReader(), 2).scan(library, ScanListener.NONE, () -> false);
        Path scratch = Files.createDirectories(dir.resolve("scratch"));

        SearchBench.Figures figures = new SearchBench(scan, TagIndex.build(scan.articles()), 2, scratch).run(1, 2);

        assertThat(figures.articles()).isEqualTo(200);
        assertThat(figures.reindexed()).as("nothing changed, nothing re-read").isZero();
        assertThat(figures.indexBytes()).isPositive();
        assertThat(figures.filterSize()).isBetween(1, 199);
        SearchQueryTimer.QueryTimes queries = figures.queries();
        assertThat(queries.sorted()).hasSize(SearchQueryTimer.QUERIES.size() * 2);
        assertThat(queries.percentile(50)).isPositive().isLessThanOrEqualTo(queries.percentile(95));
        assertThat(queries.afterFilterChange()).isPositive();
        assertThat(queries.withHits()).as("queries found something").isBetween(5, SearchQueryTimer.QUERIES.size() - 3);
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).as("the index folder is deleted").isEmpty();
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport report = new BenchReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        SearchBench.report(figures, report);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(figures.buildCpuSeconds()).isPositive();
        assertThat(printed).contains("full build (200 articles)", "CPU time", "size on disk", "nothing changed", "p50", "p95", "max",
                "(0 re-read)", "tag filter change", "tag filter");
        assertThat(printed.lines()).hasSize(10);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        report.printJson(new PrintStream(json, true, StandardCharsets.UTF_8));
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"searchQueryP50Ms\"", "\"searchIndexMB\"", "\"searchBuildCpuSeconds\"");
    }
}
