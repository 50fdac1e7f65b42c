package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When neither the annotation file nor its folder can be written at exit, the copy goes to the system's temporary
 * folder; the next start finds it there, merges it, and deletes it only once saved. Before, it was never looked for:
 * the highlight was missing and nothing was said.
 */
class UnsavedInTempFolderTest {

    private static final Path LIBRARY = Path.of("/library");

    @TempDir
    Path dir;

    /** A name of its own, so that copies of other tests and runs in the shared temporary folder are never taken. */
    private final String name = "annotations-" + UUID.randomUUID().toString().substring(0, 8) + "-test.yaml";
    private final Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    private final List<Path> written = new ArrayList<>();

    @AfterEach
    void removeCopies() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            for (Path copy : files.filter(p -> p.getFileName().toString().startsWith(name)).toList()) {
                Files.deleteIfExists(copy);
            }
        }
    }

    @Test
    void aHighlightKeptInTheTemporaryFolderAtExitComesBackAtTheNextStart() throws IOException {
        Path folder = dir.resolve("data");
        Path file = folder.resolve(name);
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());
        store.addBookmark(new ArticleId("a.md"), null, null, "made while the folder was read-only");
        unwritable(folder);

        Path copy = assertThatThrownBy(store::close).isInstanceOf(KeptAside.class).actual() instanceof KeptAside kept
                ? kept.copy() : null;
        assertThat(copy).as("the folder beside the file could not take it").exists().hasParent(temp);
        assertThat(copy.getFileName().toString()).startsWith(name + ".unsaved-");

        writableAgain(folder);
        AnnotationStore next = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());

        assertThat(next.annotations()).extracting(a -> ((Bookmark) a).label())
                .containsExactly("made while the folder was read-only");
        assertThat(next.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_RECOVERED);
            assertThat(p.value(2)).as("the message names the copy").contains(copy.toString());
        });
        assertThat(Files.readString(file)).contains("made while the folder was read-only");
        assertThat(copy).as("merged and saved: deleted").doesNotExist();
    }

    @Test
    void aDamagedCopyInTheTemporaryFolderIsMergedAsFarAsItGoesKeptAndReported() throws IOException {
        Path file = dir.resolve(name);
        Path damaged = Files.writeString(temp.resolve(name + ".unsaved-20261207-071334-802"), "schema: 2\narticles: [\n");

        AnnotationStore next = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());

        assertThat(next.problems()).extracting(Problem::kind).contains(Problem.Kind.ANNOTATIONS_UNSAVED_KEPT);
        assertThat(next.problems()).filteredOn(p -> p.kind() == Problem.Kind.ANNOTATIONS_UNSAVED_KEPT)
                .singleElement().satisfies(p -> assertThat(p.value(0)).isEqualTo(damaged.toString()));
        assertThat(damaged).as("not read whole: kept").exists();
    }

    @Test
    void aCopyOfAnotherLibrarysFileOfTheSameNameIsLeftAlone() throws IOException {
        Path other = dir.resolve("other").resolve(name);
        try (AnnotationStore elsewhere = AnnotationStore.open(other, Path.of("/another/library"), null, Clock.systemUTC())) {
            elsewhere.addBookmark(new ArticleId("b.md"), null, null, "of the other library");
        }
        Path copy = Files.copy(other, temp.resolve(name + ".unsaved-20261207-071334-802"));

        AnnotationStore next = AnnotationStore.open(dir.resolve(name), LIBRARY, null, Clock.systemUTC());

        assertThat(next.annotations()).isEmpty();
        assertThat(next.problems()).isEmpty();
        assertThat(copy).as("left for the library it was written for").exists();
    }

    /** The folder cannot be written: a plain file takes its place (as root, permissions would not stop the test). */
    private static void unwritable(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
        Files.writeString(folder, "not a folder");
    }

    private static void writableAgain(Path folder) throws IOException {
        Files.delete(folder);
        Files.createDirectories(folder);
    }
}
