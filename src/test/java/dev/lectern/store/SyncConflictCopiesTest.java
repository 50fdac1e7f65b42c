package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library in a Syncthing or Dropbox folder: when two machines saved the annotation file before they met, the sync
 * tool keeps the other machine's version as a conflict copy beside it. What the reader saved there is merged, never
 * silently ignored.
 */
class SyncConflictCopiesTest {

    private static final Path LIBRARY = Path.of("/library");

    @TempDir
    Path dir;

    @Test
    void conflictCopiesOfSyncthingAndDropboxAreMergedSavedAndDeleted() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        saveBookmark(file, "here");
        List<Path> copies = List.of(dir.resolve("lectern-annotations.sync-conflict-20261201-123456-MACBOOK.yaml"),
                dir.resolve("lectern-annotations (conflicted copy 2026-12-01).yaml"),
                dir.resolve("lectern-annotations (Mac's conflicted copy 2026-12-01).yaml"));
        for (Path copy : copies) {
            Files.move(saveBookmark(dir.resolve("elsewhere").resolve("lectern-annotations.yaml"), "from " + copy.getFileName()),
                    copy);
        }

        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());

        assertThat(labels(store)).containsExactlyInAnyOrder("here",
                "from lectern-annotations.sync-conflict-20261201-123456-MACBOOK.yaml",
                "from lectern-annotations (conflicted copy 2026-12-01).yaml",
                "from lectern-annotations (Mac's conflicted copy 2026-12-01).yaml");
        assertThat(store.problems()).as("said what was merged").hasSize(3).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_CONFLICT_MERGED);
            assertThat(p.value(1)).as("brought").isEqualTo("1");
        });
        assertThat(Files.readString(file)).as("saved").contains("from lectern-annotations (Mac's conflicted copy");
        assertThat(copies).as("merged whole, then deleted").allSatisfy(c -> assertThat(c).doesNotExist());
        assertThat(AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC()).problems()).as("said once").isEmpty();
    }

    @Test
    void theDefaultLocationIsLookedAtToo() throws IOException {
        Path file = new AnnotationLocations(Map.of("XDG_DATA_HOME", dir.toString()), Map.of("os.name", "Linux"))
                .fileFor(LIBRARY);
        saveBookmark(file, "here");
        String name = file.getFileName().toString();
        Path copy = file.resolveSibling(name.replace(".yaml", ".sync-conflict-20261201-123456-ABCDEF7.yaml"));
        Files.move(saveBookmark(dir.resolve("elsewhere").resolve(name), "there"), copy);

        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());

        assertThat(labels(store)).containsExactlyInAnyOrder("here", "there");
        assertThat(copy).doesNotExist();
    }

    @Test
    void aCopyThatAppearsWhileLecternRunsIsMergedAndTold() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        saveBookmark(file, "here");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());
        List<Problem> told = new CopyOnWriteArrayList<>();
        store.addListener(new AnnotationListener() {
            @Override
            public void annotationsChanged(Set<ArticleId> articles) {
            }

            @Override
            public void problemReported(Problem problem) {
                told.add(problem);
            }
        });
        Path copy = dir.resolve("lectern-annotations (conflicted copy 2026-12-01 (1)).yaml");
        Files.move(saveBookmark(dir.resolve("elsewhere").resolve("lectern-annotations.yaml"), "there"), copy);

        assertThat(store.checkForExternalChange()).isTrue();
        store.save();

        assertThat(labels(store)).containsExactlyInAnyOrder("here", "there");
        assertThat(told).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_CONFLICT_MERGED);
        assertThat(Files.readString(file)).contains("there");
        assertThat(copy).doesNotExist();
    }

    @Test
    void aDamagedCopyIsMergedAsFarAsItGoesAndKept() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        saveBookmark(file, "here");
        Path copy = dir.resolve("lectern-annotations.sync-conflict-20261201-123456-MACBOOK.yaml");
        Files.writeString(copy, "schema: 2\narticles: [\n");

        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());

        assertThat(labels(store)).containsExactly("here");
        assertThat(store.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_CONFLICT_KEPT);
        assertThat(copy).exists();
    }

    @Test
    void aKeptCopyIsToldOnceNotAfterEverySave() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        saveBookmark(file, "here");
        Files.writeString(dir.resolve("lectern-annotations.sync-conflict-20261201-123456-MACBOOK.yaml"),
                "schema: 2\narticles: [\n");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());
        List<Problem> told = new CopyOnWriteArrayList<>();
        store.addListener(new AnnotationListener() {
            @Override
            public void annotationsChanged(Set<ArticleId> articles) {
            }

            @Override
            public void problemReported(Problem problem) {
                told.add(problem);
            }
        });

        for (int i = 0; i < 3; i++) {
            store.addBookmark(new ArticleId("post.md"), null, null, "more " + i);
            store.save();
            store.checkForExternalChange();
        }

        assertThat(store.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_CONFLICT_KEPT);
        assertThat(told).as("told at start only").isEmpty();
    }

    @Test
    void readingOnlyMergesInMemoryAndLeavesTheCopy() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        saveBookmark(file, "here");
        Path copy = dir.resolve("lectern-annotations.sync-conflict-20261201-123456-MACBOOK.yaml");
        Files.move(saveBookmark(dir.resolve("elsewhere").resolve("lectern-annotations.yaml"), "there"), copy);

        AnnotationStore store = AnnotationStore.read(file, LIBRARY, Clock.systemUTC());

        assertThat(labels(store)).containsExactlyInAnyOrder("here", "there");
        assertThat(store.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_CONFLICT_READ);
        assertThat(copy).exists();
        assertThat(Files.readString(file)).doesNotContain("there");
    }

    @Test
    void otherFilesBesideItAreNotConflictCopies() {
        SyncConflicts conflicts = new SyncConflicts(dir.resolve("lectern-annotations.yaml"));

        assertThat(conflicts.isCopy("lectern-annotations.yaml.lock")).isFalse();
        assertThat(conflicts.isCopy("lectern-annotations.yaml.unsaved-20261201-000000-000")).isFalse();
        assertThat(conflicts.isCopy("other (conflicted copy 2026-12-01).yaml")).isFalse();
        assertThat(conflicts.isCopy("lectern-annotations (conflicted copy 2026-12-01).yaml")).isTrue();
        assertThat(conflicts.isCopy("lectern-annotations (Mac’s conflicted copy 2026-12-01).yaml")).isTrue();
        assertThat(conflicts.isCopy("lectern-annotations (conflicted copy 2026-12-01 123456).yaml")).isTrue();
    }

    /**
     * A bookmark renamed on both machines, the later here: the later name shows, the other is kept in the file marked
     * deleted (a conflict copy is the other machine's whole file: an annotation changed here only meets its own older
     * version in it as often, and shown it was a stale second bookmark), and the copy goes.
     */
    @Test
    void aCopyWhoseAnnotationWasChangedDifferentlyHereIsMergedWithTheOtherWordsKept() throws IOException {
        Path copy = renamedOnBothMachines(60, 120);

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, Clock.systemUTC());

        assertThat(labels(store)).containsExactly("named here");
        assertThat(Files.readString(file())).contains("named here", "named on the laptop");
        assertThat(store.snapshot().all()).filteredOn(a -> a.deleted() != null).extracting(a -> ((Bookmark) a).label())
                .containsExactly("named on the laptop");
        assertThat(copy).as("the file holds all the copy did").doesNotExist();
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_CONFLICT_BOTH_CHANGED);
            assertThat(p.value(3)).as("changed on both").isEqualTo("1");
        });
    }

    /** The same, the laptop's change the later: this machine's words stay in the file, marked deleted. */
    @Test
    void aCopyWhoseNewerChangeWinsKeepsThisMachinesWordsToo() throws IOException {
        Path copy = renamedOnBothMachines(120, 60);

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, Clock.systemUTC());

        assertThat(labels(store)).containsExactly("named on the laptop");
        assertThat(Files.readString(file())).contains("named here", "named on the laptop");
        assertThat(copy).doesNotExist();
        assertThat(store.problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_CONFLICT_BOTH_CHANGED));
        store.close();
        AnnotationStore again = AnnotationStore.open(file(), LIBRARY, null, Clock.systemUTC());
        assertThat(labels(again)).as("nothing doubled on the next start").containsExactly("named on the laptop");
        assertThat(again.snapshot().all()).hasSize(2);
    }

    /** A sync tool writes a copy in place: merged half-written, it is not deleted when the rest has arrived since. */
    @Test
    void aCopyThatGrowsAfterItWasMergedIsMergedAgainNotDeleted() throws IOException {
        Path file = file();
        saveBookmark(file, "here");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());
        Path there = dir.resolve("elsewhere").resolve("lectern-annotations.yaml");
        saveBookmark(there, "first there");
        Path copy = dir.resolve("lectern-annotations.sync-conflict-20261201-123456-MACBOOK.yaml");
        Files.copy(there, copy);
        assertThat(store.checkForExternalChange()).isTrue();
        saveBookmark(there, "second there");
        Files.write(copy, Files.readAllBytes(there)); // in place: the folder's time stays as it was

        store.save();

        assertThat(copy).as("changed since it was read: kept").exists();
        assertThat(store.checkForExternalChange()).as("read again").isTrue();
        store.save();
        assertThat(labels(store)).containsExactlyInAnyOrder("here", "first there", "second there");
        assertThat(Files.readString(file)).contains("second there");
        assertThat(copy).as("merged whole this time").doesNotExist();
    }

    /** Each save changes the folder, so a look for copies follows it: the reading pane does not wait for that. */
    @Test
    void readersDoNotWaitWhileTheFolderIsLookedThrough() throws Exception {
        Path file = file();
        saveBookmark(file, "here");
        java.util.concurrent.CountDownLatch looking = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean slow = new java.util.concurrent.atomic.AtomicBoolean();
        SyncConflicts conflicts = new SyncConflicts(file) {
            @Override
            synchronized List<Path> findIfFolderChanged() {
                if (slow.get()) {
                    looking.countDown();
                    try {
                        done.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.findIfFolderChanged();
            }
        };
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC(), conflicts);
        slow.set(true);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Boolean> check = threads.submit(store::checkForExternalChange);
            assertThat(looking.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            java.util.concurrent.Future<List<Bookmark>> read = threads.submit(
                    () -> store.bookmarks(new ArticleId("post.md")));

            assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("read while the folder is listed")
                    .hasSize(1);
            done.countDown();
            assertThat(check.get(10, java.util.concurrent.TimeUnit.SECONDS)).isFalse();
        } finally {
            done.countDown();
            threads.shutdownNow();
        }
    }

    private Path file() {
        return dir.resolve("lectern-annotations.yaml");
    }

    /** A bookmark renamed on the laptop (seconds after creation) and here: returns the laptop's conflict copy. */
    private Path renamedOnBothMachines(long laptop, long here) throws IOException {
        Path file = file();
        java.time.Instant t0 = java.time.Instant.parse("2026-12-01T08:00:00Z");
        java.util.UUID id;
        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.fixed(t0, java.time.ZoneOffset.UTC))) {
            id = store.addBookmark(new ArticleId("post.md"), null, null, "first").id();
        }
        Path there = Files.createDirectories(dir.resolve("elsewhere")).resolve("lectern-annotations.yaml");
        Files.copy(file, there);
        try (AnnotationStore store = AnnotationStore.open(there, LIBRARY, null,
                Clock.fixed(t0.plusSeconds(laptop), java.time.ZoneOffset.UTC))) {
            store.relabelBookmark(id, "named on the laptop");
        }
        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null,
                Clock.fixed(t0.plusSeconds(here), java.time.ZoneOffset.UTC))) {
            store.relabelBookmark(id, "named here");
        }
        Path copy = dir.resolve("lectern-annotations.sync-conflict-20261201-090000-LAPTOP.yaml");
        Files.move(there, copy);
        return copy;
    }

    private static Path saveBookmark(Path file, String label) throws IOException {
        Files.createDirectories(file.getParent());
        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC())) {
            store.addBookmark(new ArticleId("post.md"), null, null, label);
        }
        return file;
    }

    private static List<String> labels(AnnotationStore store) {
        return store.annotations().stream().map(Annotation.class::cast).map(a -> ((Bookmark) a).label()).toList();
    }
}
