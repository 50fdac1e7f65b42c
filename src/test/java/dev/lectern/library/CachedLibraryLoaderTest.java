package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedLibraryLoaderTest {

    @TempDir
    Path dir;
    private Path library;
    private ArticleFixture fixture;
    private final CountingReader reader = new CountingReader();
    private MetadataCache cache;
    private CachedLibraryLoader loader;

    @BeforeEach
    void setUp() {
        library = dir.resolve("library");
        fixture = new ArticleFixture(library);
        cache = new MetadataCache(dir.resolve("cache"));
        loader = new CachedLibraryLoader(reader, 3, cache);
        for (int i = 0; i < 20; i++) {
            fixture.write("folder" + i % 3 + "/note" + i + ".md", "---\ntitle: Note " + i + "\ntags: [common, t" + i % 4
                    + "]\nauthor: Ann\ndate: 2021-01-0" + (1 + i % 9) + "\n---\nBody " + i + "\n");
        }
    }

    private ScanResult load() throws Exception {
        return loader.load(library, ScanListener.NONE, () -> false);
    }

    @Test
    void secondLoadReadsNoFileAndGivesTheSameLibrary() throws Exception {
        ScanResult first = load();
        assertThat(reader.reset()).isEqualTo(20);
        assertThat(Files.exists(cache.fileFor(library))).isTrue();

        ScanResult second = load();

        assertThat(reader.reset()).isZero();
        assertThat(second.articles()).containsExactlyElementsOf(first.articles());
        assertThat(second.articles()).containsExactlyElementsOf(new LibraryScanner(new ArticleReader(), 1)
                .scan(library, ScanListener.NONE, () -> false).articles());
    }

    @Test
    void readLeavesTheCacheSaveForAfterTheListIsShownAndLoadDoesItAtOnce() throws Exception {
        LoadedLibrary read = loader.read(library, ScanListener.NONE, () -> false);

        assertThat(read.result().articles()).hasSize(20);
        assertThat(Files.exists(cache.fileFor(library))).isFalse();
        read.afterShown().run();
        assertThat(cache.load(library)).containsExactlyElementsOf(read.result().articles());

        LoadedLibrary unchanged = loader.read(library, ScanListener.NONE, () -> false);
        Files.delete(cache.fileFor(library));
        unchanged.afterShown().run();
        assertThat(Files.exists(cache.fileFor(library))).as("nothing changed: nothing to save").isFalse();
    }

    @Test
    void theCachedListComesFirstAsItWasThenTheCheckedOneFollows() throws Exception {
        ScanResult first = load();
        fixture.write("folder0/note0.md", "---\ntitle: Edited since\n---\n");
        Files.delete(library.resolve("folder2/note2.md"));
        List<List<Article>> cached = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Article> loadedBeforeCache = new java.util.concurrent.CopyOnWriteArrayList<>();

        ScanResult second = loader.load(library, new ScanListener() {
            @Override
            public void cached(List<Article> articles) {
                cached.add(articles);
            }

            @Override
            public void loaded(Article article) {
                if (cached.isEmpty()) {
                    loadedBeforeCache.add(article);
                }
            }
        }, () -> false);

        assertThat(cached).hasSize(1);
        assertThat(loadedBeforeCache).isEmpty();
        assertThat(cached.get(0)).containsExactlyElementsOf(first.articles());
        assertThat(second.articles()).hasSize(19);
        assertThat(second.articles()).extracting(Article::title).contains("Edited since").doesNotContain("Note 0", "Note 2");
    }

    @Test
    void aLibraryWithoutCacheHandsNoCachedList() throws Exception {
        List<List<Article>> cached = new java.util.concurrent.CopyOnWriteArrayList<>();
        loader.load(library, new ScanListener() {
            @Override
            public void cached(List<Article> articles) {
                cached.add(articles);
            }

            @Override
            public void loaded(Article article) {
                // counted by the result
            }
        }, () -> false);
        assertThat(cached).isEmpty();
    }

    @Test
    void onlyChangedAndNewFilesAreReadAndDeletedOnesDropOut() throws Exception {
        load();
        reader.reset();
        fixture.write("folder0/note0.md", "---\ntitle: Renamed in place, longer\n---\n");
        Path touched = library.resolve("folder1/note1.md");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() - 60_000));
        Files.delete(library.resolve("folder2/note2.md"));
        fixture.write("new/fresh.md", "# Fresh\n");

        Map<String, Article> byPath = Corpora.byPath(load());

        assertThat(reader.reads).containsExactlyInAnyOrder("folder0/note0.md", "folder1/note1.md", "new/fresh.md");
        assertThat(byPath).hasSize(20).doesNotContainKey("folder2/note2.md");
        assertThat(byPath.get("folder0/note0.md").title()).isEqualTo("Renamed in place, longer");
        assertThat(byPath.get("new/fresh.md").title()).isEqualTo("Fresh");
        reader.reset();
        assertThat(Corpora.byPath(load())).isEqualTo(byPath);
        assertThat(reader.reads).isEmpty();
    }

    @Test
    void damagedTruncatedOrForeignCacheIsRebuiltSilently() throws Exception {
        List<Article> expected = load().articles();
        Path file = cache.fileFor(library);
        byte[] good = Files.readAllBytes(file);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        byte[] wrongVersion = good.clone();
        wrongVersion[11] = 99;
        for (byte[] damaged : List.of(flipped, java.util.Arrays.copyOf(good, good.length - 13), wrongVersion,
                "not a cache".getBytes(), new byte[0])) {
            Files.write(file, damaged);
            reader.reset();

            assertThat(load().articles()).containsExactlyElementsOf(expected);
            assertThat(reader.reset()).isEqualTo(20);
            assertThat(load().articles()).containsExactlyElementsOf(expected);
            assertThat(reader.reset()).isZero();
        }
    }

    @Test
    void cachedArticlesShareRepeatedLabels() throws Exception {
        load();
        List<Article> cached = cache.load(library);

        assertThat(cached).hasSize(20);
        Article a = cached.get(0);
        Article b = cached.stream().filter(x -> x != a && x.tags().equals(a.tags())).findFirst().orElseThrow();
        assertThat(b.tags()).isSameAs(a.tags());
        assertThat(b.authors()).isSameAs(a.authors());
        assertThat(cached).allSatisfy(x -> assertThat(x.tags().get(0)).isSameAs(a.tags().get(0)));
    }

    @Test
    void scanAndColdAndWarmLoadsStreamArticlesBeforeReturning() throws Exception {
        LibraryScanner scanner = new LibraryScanner(reader, 2);
        for (int pass = 0; pass < 3; pass++) {
            boolean scan = pass == 2;
            CountDownLatch first = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ScanListener listener = article -> {
                first.countDown();
                await(release);
            };
            CompletableFuture<ScanResult> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return scan ? scanner.scan(library, listener, () -> false) : loader.load(library, listener, () -> false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(running).isNotDone();
            release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS).articles()).hasSize(20);
            assertThat(reader.reset()).isEqualTo(pass == 1 ? 0 : 20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
