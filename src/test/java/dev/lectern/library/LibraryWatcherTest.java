package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryWatcherTest {

    @TempDir
    Path dir;
    private ArticleFixture fixture;
    private final Map<String, Article> library = new ConcurrentHashMap<>();
    private final AtomicInteger batches = new AtomicInteger();
    private LibraryWatcher watcher;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ArticleFixture(dir);
        fixture.write("a.md", "# A\n");
        fixture.write("sub/b.md", "# B\n");
        List<Article> known = new LibraryScanner(new ArticleReader(), 2).scan(dir, ScanListener.NONE, () -> false).articles();
        known.forEach(a -> library.put(a.id().path(), a));
        watcher = new LibraryWatcher(new ArticleReader(), this::apply, Duration.ofMillis(100));
        watcher.start(dir, known);
    }

    @AfterEach
    void tearDown() {
        watcher.close();
    }

    private synchronized void apply(LibraryChanges changes) {
        changes.removed().stream().map(ArticleId::path).forEach(library::remove);
        changes.addedOrChanged().forEach(a -> library.put(a.id().path(), a));
        batches.incrementAndGet();
        notifyAll();
    }

    private synchronized void awaitLibrary(Predicate<Map<String, Article>> condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.test(library) && System.nanoTime() < end) {
            wait(100);
        }
        assertThat(library).matches(condition, "library reached the expected state");
    }

    private String title(String path) {
        Article article = library.get(path);
        return article == null ? null : article.title();
    }

    /**
     * Writes last.md and waits for it: the watcher handles changes in order, so whatever was written before has been
     * seen (listed, or left out) by then.
     */
    private void awaitLastWrite() throws Exception {
        fixture.write("last.md", "# Last\n");
        awaitLibrary(l -> l.containsKey("last.md"));
    }

    @Test
    void reportsAddedChangedRenamedAndDeletedArticles() throws Exception {
        fixture.write("new.md", "# New\n");
        awaitLibrary(l -> "New".equals(title("new.md")));

        fixture.write("a.md", "---\ntitle: A again\ntags: [x]\n---\n");
        awaitLibrary(l -> "A again".equals(title("a.md")));
        assertThat(library.get("a.md").tags()).containsExactly("x");

        Files.move(dir.resolve("sub/b.md"), dir.resolve("sub/renamed.md"));
        awaitLibrary(l -> !l.containsKey("sub/b.md") && "B".equals(title("sub/renamed.md")));

        Files.delete(dir.resolve("new.md"));
        awaitLibrary(l -> !l.containsKey("new.md"));
        assertThat(library.keySet()).containsExactlyInAnyOrder("a.md", "sub/renamed.md");
    }

    @Test
    void newFoldersAreWatchedAndRemovedFoldersTakeTheirArticles() throws Exception {
        fixture.write("deep/er/c.md", "# C\n");
        awaitLibrary(l -> "C".equals(title("deep/er/c.md")));
        fixture.write("deep/er/d.md", "# D\n");
        awaitLibrary(l -> "D".equals(title("deep/er/d.md")));

        Files.move(dir.resolve("deep"), dir.resolve("moved"));
        awaitLibrary(l -> l.keySet().stream().noneMatch(p -> p.startsWith("deep/")) && l.containsKey("moved/er/d.md"));
        deleteTree(dir.resolve("moved"));
        awaitLibrary(l -> l.keySet().equals(java.util.Set.of("a.md", "sub/b.md")));
    }

    @Test
    void burstOfAThousandNewFilesIsReportedCompletely() throws Exception {
        for (int i = 0; i < 1000; i++) {
            fixture.write("burst/f" + i + ".md", "# F" + i + "\n");
        }
        awaitLibrary(l -> l.size() == 1002);

        assertThat(library.get("burst/f999.md").title()).isEqualTo("F999");
        assertThat(batches.get()).isLessThan(1000);
    }

    @Test
    void hiddenFilesAndOtherExtensionsAreIgnored() throws Exception {
        fixture.write(".obsidian/x.md", "# X\n");
        fixture.write("notes.txt", "text\n");
        awaitLastWrite();

        assertThat(library.keySet()).containsExactlyInAnyOrder("a.md", "sub/b.md", "last.md");
    }

    @Test
    void aSitesPagePiecesAreIgnoredAsTheScanIgnoresThem() throws Exception {
        fixture.write("site/en/_partials/aside.md", "# Aside\n");
        fixture.write("_includes/head.md", "# Head\n");
        fixture.write("_notes/zettel.md", "# Zettel\n");
        awaitLibrary(l -> l.containsKey("_notes/zettel.md"));
        fixture.write("site/en/_partials/later.md", "# Later\n");
        awaitLastWrite();

        assertThat(library.keySet()).containsExactlyInAnyOrder("a.md", "sub/b.md", "_notes/zettel.md", "last.md");
    }

    @Test
    void aNoteLecternWritesBesideAnArticleIsIgnoredAsTheScanIgnoresIt() throws Exception {
        fixture.write("a.notes.md", "---\nlectern-notes-for: \"a.md\"\ntitle: \"A\"\n---\n\n# A\n");
        fixture.write("mine.notes.md", "# Mine\n");
        awaitLibrary(l -> l.containsKey("mine.notes.md"));
        awaitLastWrite();

        assertThat(library.keySet()).containsExactlyInAnyOrder("a.md", "sub/b.md", "mine.notes.md", "last.md");
    }

    @Test
    void aLinkMadeBackIntoTheLibraryDoesNotListItsArticlesTwice() throws Exception {
        // ln -s . loop while the window was open doubled the list (808 of 404), and the copies stayed after rm loop
        fixture.write("first.md", "# First\n");
        awaitLibrary(l -> l.containsKey("first.md")); // the watcher is watching (its first look walked the folder)
        Files.createSymbolicLink(dir.resolve("loop"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("sub-again"), dir.resolve("sub"));
        awaitLastWrite();

        assertThat(library.keySet()).containsExactlyInAnyOrder("a.md", "sub/b.md", "first.md", "last.md");
    }

    @Test
    void changesMadeBeforeTheWatcherStartedAreCaughtUp() throws Exception {
        watcher.close();
        List<Article> known = List.copyOf(library.values());
        fixture.write("while-starting.md", "# Meanwhile\n");
        Files.delete(dir.resolve("a.md"));

        watcher = new LibraryWatcher(new ArticleReader(), this::apply, Duration.ofMillis(100));
        watcher.start(dir, known);

        awaitLibrary(l -> l.keySet().equals(java.util.Set.of("sub/b.md", "while-starting.md")));
    }

    @Test
    void closedWatcherReportsNothing() throws Exception {
        watcher.close();
        int before = batches.get();
        fixture.write("late.md", "# Late\n");
        awaitSecondWatcherSees("later.md");

        assertThat(batches.get()).isEqualTo(before);
        assertThat(library).doesNotContainKey("late.md");
    }

    /**
     * Starts a second watcher on the folder, writes {@code name} and waits until that watcher reports it: an event
     * written after the closed watcher's, past the same quiet period, so the closed one had every chance to speak.
     */
    private void awaitSecondWatcherSees(String name) throws Exception {
        java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
        try (LibraryWatcher second = new LibraryWatcher(new ArticleReader(), changes -> {
            if (changes.addedOrChanged().stream().anyMatch(a -> a.id().path().equals(name))) {
                seen.countDown();
            }
        }, Duration.ofMillis(100))) {
            second.start(dir, List.copyOf(library.values()));
            fixture.write(name, "# Later\n");
            assertThat(seen.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the second watcher saw " + name).isTrue();
        }
    }

    private static void deleteTree(Path top) throws Exception {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
