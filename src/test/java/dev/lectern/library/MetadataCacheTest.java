package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
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
}
