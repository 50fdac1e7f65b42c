package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
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
                        List.of("date \"x\" is not a date"), 123_456_789_012L, -5),
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
    void aVersionOneCacheStillLoadsWithoutHashes() throws Exception {
        MetadataCacheFormat format = new MetadataCacheFormat();
        List<Article> articles = List.of(article("a.md", 1, 2));
        byte[] two = format.write("/lib", articles);
        // version 1 had no hash section: drop its count (the 4 bytes before the CRC) and renumber
        ByteBuffer one = ByteBuffer.allocate(two.length - 4);
        one.put(two, 0, two.length - 12);
        one.putInt(8, 1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(one.array(), 0, one.position());
        one.putLong(crc.getValue());

        assertThat(format.read("/lib", one.array())).containsExactlyElementsOf(articles);
        assertThat(format.readAll("/lib", one.array()).hashes()).isEmpty();
        ByteBuffer future = ByteBuffer.wrap(two.clone());
        future.putInt(8, MetadataCacheFormat.VERSION + 1);
        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> format.read("/lib", future.array()));
    }

    private static Article article(String path, long size, long modified) {
        return new Article(new ArticleId(path), path, null, null, List.of(), List.of(), List.of(), null, false, null,
                List.of(), size, modified);
    }
}
