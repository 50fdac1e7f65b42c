package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    @TempDir
    Path dir;

    @Test
    void makesALibraryOfVariedArticlesFromTheTextsInTheJar() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus();
        assertThat(corpus.paragraphCount()).as("paragraphs of the samples and of the bench texts").isGreaterThan(60);

        Path library = corpus.generate(300, dir.resolve("bench"));
        ScanResult scan = new LibraryScanner(new ArticleReader(), 2).scan(library, ScanListener.NONE, () -> false);

        assertThat(scan.articles()).hasSize(300);
        assertThat(scan.skipped()).isEmpty();
        List<Article> articles = scan.articles();
        assertThat(articles).allSatisfy(a -> assertThat(a.title()).isNotBlank());
        assertThat(articles.stream().filter(a -> a.warnings().isEmpty()).count()).as("front matter that parses").isEqualTo(300);
        assertThat(articles.stream().filter(a -> a.date() != null).count()).as("dated").isBetween(150L, 299L);
        assertThat(articles.stream().filter(a -> a.date() == null).count()).as("undated").isPositive();
        assertThat(articles.stream().flatMap(a -> a.tags().stream()).map(Object::toString).distinct().count())
                .as("distinct tags").isGreaterThan(200);
        assertThat(articles.stream().flatMap(a -> a.tags().stream()).map(Object::toString)).anyMatch(t -> t.contains("/"));
        String all = read(library);
        assertThat(all).contains("云计算", "コンテナ", "the").contains("+++", "tags: [", "    - ");
        long sizes;
        try (Stream<Path> files = Files.walk(library)) {
            sizes = files.filter(f -> f.toString().endsWith(".md")).mapToLong(f -> f.toFile().length()).max().orElse(0);
        }
        assertThat(sizes).as("the longest article").isGreaterThan(20_000);
    }

    @Test
    void theSameCountIsMadeOnceAndReused() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus();
        Path library = corpus.generate(40, dir.resolve("bench"));
        Path some;
        try (Stream<Path> files = Files.walk(library)) {
            some = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(some, FileTime.fromMillis(0));
        corpus.generate(40, library);
        assertThat(Files.getLastModifiedTime(some).toMillis()).as("not written again").isZero();
        corpus.generate(41, library);
        try (Stream<Path> files = Files.walk(library)) {
            assertThat(files.filter(f -> f.toString().endsWith(".md")).count()).isEqualTo(41);
        }
    }

    private static String read(Path library) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(library)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
