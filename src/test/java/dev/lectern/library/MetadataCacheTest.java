package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataCacheTest {

    @TempDir
    Path dir;

    @Test
    void keepsEveryFieldIncludingNullsAndLongText() throws Exception {
        List<Article> articles = List.of(
                new Article(new ArticleId("a/中文.md"), "标题 ✓", "sub", LocalDate.of(1969, 12, 31), List.of("Ann", "Bo"),
                        List.of("lang/java", "aws"), List.of("Tech"), "x".repeat(70_000), true, "zh",
                        List.of(Problem.of(Problem.Kind.DATE_INVALID, "x"), Problem.of(Problem.Kind.LABEL_NOT_TEXT, "tags", "MAP")), 123_456_789_012L, -5),
                new Article(new ArticleId("b.md"), "B", null, null, List.of(), List.of(), List.of(), null, false, null,
                        List.of(), 0, 0));
        MetadataCache cache = new MetadataCache(dir.resolve("cache"));
        Path library = dir.resolve("lib");

        cache.save(library, articles);

        assertThat(cache.load(library)).containsExactlyElementsOf(articles);
        assertThat(cache.load(dir.resolve("other"))).isEmpty();
        assertThat(cache.fileFor(library)).isNotEqualTo(cache.fileFor(dir.resolve("other")));
        try (var files = Files.list(dir.resolve("cache"))) {
            assertThat(files).singleElement().isEqualTo(cache.fileFor(library));
        }
    }

    @Test
    void aCacheFileLargerThanItsCapIsNotReadAndTheFolderIsScannedInstead() {
        Path library = dir.resolve("lib");
        List<Article> articles = List.of(new Article(new ArticleId("b.md"), "B", null, null, List.of(), List.of(),
                List.of(), "x".repeat(5_000), false, null, List.of(), 0, 0));
        new MetadataCache(dir.resolve("cache")).save(library, articles);

        assertThat(new MetadataCache(dir.resolve("cache"), 100_000).load(library)).containsExactlyElementsOf(articles);
        assertThat(new MetadataCache(dir.resolve("cache"), 1_000).load(library)).as("past the cap: not read").isEmpty();
    }

    @Test
    void foreignLibraryInTheSameFileIsRefused() throws Exception {
        MetadataCacheFormat format = new MetadataCacheFormat();
        byte[] bytes = format.write("/one", List.of());

        assertThat(format.read("/one", bytes)).isEmpty();
        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> format.read("/two", bytes));
    }

    @Test
    void cacheFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ann");

        assertThat(CacheFolder.resolve("Linux", Map.of(), home)).isEqualTo(Path.of("/home/ann/.cache/lectern"));
        assertThat(CacheFolder.resolve("Linux", Map.of("XDG_CACHE_HOME", "/xdg"), home)).isEqualTo(Path.of("/xdg/lectern"));
        assertThat(CacheFolder.resolve("Linux", Map.of("XDG_CACHE_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ann/.cache/lectern"));
        assertThat(CacheFolder.resolve("Mac OS X", Map.of(), home)).isEqualTo(Path.of("/home/ann/Library/Caches/Lectern"));
        assertThat(CacheFolder.resolve("Windows 11", Map.of("LOCALAPPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/Lectern/Cache"));
    }

    @Test
    void contentHashesStayWithUnchangedArticlesAcrossSaves() {
        Article a = article("a.md", 10, 100);
        Article b = article("b.md", 20, 200);
        MetadataCache cache = new MetadataCache(dir.resolve("cache"));
        Path library = dir.resolve("lib");
        cache.save(library, List.of(a, b));
        ContentHashes hashes = cache.hashes(library);
        hashes.hashOf(a, x -> "hash-a");
        hashes.hashOf(b, x -> "hash-b");
        cache.saveHashes(library, hashes);

        cache.save(library, List.of(a, article("b.md", 21, 300)));

        ContentHashes kept = cache.hashes(library);
        assertThat(kept.known(a)).isEqualTo("hash-a");
        assertThat(kept.known(b)).as("b changed since it was hashed").isNull();
        assertThat(kept.hashOf(article("b.md", 21, 300), x -> "hash-b2")).isEqualTo("hash-b2");
        assertThat(kept.computed()).isEqualTo(1);
        assertThat(cache.load(library)).hasSize(2);
    }

    @Test
    void aCacheOfAnOlderVersionIsDiscardedSoTheLibraryIsScannedAgain() throws Exception {
        MetadataCacheFormat format = new MetadataCacheFormat();
        List<Article> articles = List.of(article("a.md", 1, 2));
        byte[] current = format.write("/lib", articles);
        assertThat(format.read("/lib", current)).containsExactlyElementsOf(articles);
        for (int version : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, MetadataCacheFormat.VERSION + 1}) {
            // version 2 held warnings as English sentences, which the interface cannot word in its language
            ByteBuffer other = ByteBuffer.wrap(current.clone());
            other.putInt(8, version);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(other.array(), 0, other.capacity() - 8);
            other.putLong(other.capacity() - 8, crc.getValue());
            org.assertj.core.api.Assertions.assertThatIOException().as("version " + version)
                    .isThrownBy(() -> format.read("/lib", other.array()));
        }
        MetadataCache cache = new MetadataCache(dir.resolve("cache"));
        Path library = dir.resolve("lib");
        cache.save(library, articles);
        ByteBuffer old = ByteBuffer.wrap(Files.readAllBytes(cache.fileFor(library)));
        old.putInt(8, 2);
        Files.write(cache.fileFor(library), old.array());

        assertThat(cache.load(library)).as("an old cache gives nothing, so the start scans the folder").isEmpty();
    }

    @Test
    void aDamagedWarningListIsDamageNotACrash() {
        assertThat(MetadataCacheFormat.problems(MetadataCacheFormat.flatten(List.of(
                Problem.of(Problem.Kind.FLAG_NOT_BOOLEAN, "draft", "flase", false), Problem.of(Problem.Kind.FRONT_MATTER_NOT_A_MAP)))))
                .extracting(Problem::kind).containsExactly(Problem.Kind.FLAG_NOT_BOOLEAN, Problem.Kind.FRONT_MATTER_NOT_A_MAP);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MetadataCacheFormat.problems(List.of("NO_SUCH_KIND", "0")));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MetadataCacheFormat.problems(List.of("DATE_INVALID", "5", "x")));
    }

    private static Article article(String path, long size, long modified) {
        return new Article(new ArticleId(path), path, null, null, List.of(), List.of(), List.of(), null, false, null,
                List.of(), size, modified);
    }
}
