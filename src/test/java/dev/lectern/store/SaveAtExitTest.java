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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails when the window closes loses nothing: the annotations are kept beside the file and come back. */
class SaveAtExitTest {

    @TempDir
    Path dir;

    @Test
    void aFailedSaveAtExitIsKeptBesideTheFileAndMergedAtTheNextStart() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = withSaveThatWillFail(file);

        assertThatThrownBy(store::close).isInstanceOf(IOException.class).hasMessageContaining("kept as")
                .isInstanceOfSatisfying(KeptAside.class, kept -> assertThat(kept.copy()).as("where the interface says they are").exists()
                        .hasFileName(kept.copy().getFileName().toString()).satisfies(c -> assertThat(c.getFileName().toString()).startsWith("annotations.yaml.unsaved-")));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("annotations.yaml.unsaved-"));
        }

        Files.delete(file.resolve("blocker"));
        Files.delete(file);
        AnnotationStore next = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        assertThat(next.annotations()).extracting(a -> ((Bookmark) a).label()).containsExactly("kept through a failed save");
        assertThat(next.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).as("could not save, now saved").isEqualTo(Problem.Kind.ANNOTATIONS_RECOVERED);
            assertThat(p.value(1)).as("recovered").isEqualTo("1");
        });
        assertThat(Files.readString(file)).contains("kept through a failed save");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".unsaved-"));
        }
    }

    @Test
    void aKeptCopyThatCannotBeReadWholeIsMergedAsFarAsItGoesAndKept() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = withSaveThatWillFail(file);
        assertThatThrownBy(store::close).isInstanceOf(KeptAside.class);
        Files.delete(file.resolve("blocker"));
        Files.delete(file);
        Path notText = Files.write(dir.resolve("annotations.yaml.unsaved-20261204-000000"), new byte[] {'a', ':', (byte) 0xFF});
        Path damaged = Files.writeString(dir.resolve("annotations.yaml.unsaved-20261204-000001"), "schema: 2\narticles: [\n");

        AnnotationStore next = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());

        assertThat(next.annotations()).extracting(a -> ((Bookmark) a).label()).containsExactly("kept through a failed save");
        assertThat(next.problems()).extracting(Problem::kind).containsExactlyInAnyOrder(Problem.Kind.ANNOTATIONS_UNSAVED_KEPT,
                Problem.Kind.ANNOTATIONS_UNSAVED_KEPT, Problem.Kind.ANNOTATIONS_RECOVERED);
        assertThat(notText).as("not read whole: kept").exists();
        assertThat(damaged).as("not read whole: kept").exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".unsaved-")))
                    .as("the copy read whole is gone").hasSize(2);
        }
    }

    /** A store holding one bookmark whose file's place is taken by a folder that cannot be replaced: its save at exit fails. */
    @Test
    void aNoteChangedAndRescuedIsCountedAsBroughtBackNotAsZero() throws IOException {
        // the disk filled after a bookmark was saved; its label changed; the save at exit failed: "0 recovered"
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore first = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        Bookmark saved = first.addBookmark(new ArticleId("a.md"), null, null, "saved");
        first.close();
        String savedText = Files.readString(file);
        AnnotationStore store = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        store.relabelBookmark(saved.id(), "written while the disk was full");
        Files.delete(file);
        Files.createDirectories(file.resolve("blocker"));
        assertThatThrownBy(store::close).isInstanceOf(KeptAside.class);
        Files.delete(file.resolve("blocker"));
        Files.delete(file);
        Files.writeString(file, savedText);

        AnnotationStore next = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());

        assertThat(next.annotations()).extracting(a -> ((Bookmark) a).label()).containsExactly("written while the disk was full");
        assertThat(next.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_RECOVERED);
            assertThat(p.value(1)).as("the changed label was brought back").isEqualTo("1");
        });
    }

    private static AnnotationStore withSaveThatWillFail(Path file) throws IOException {
        AnnotationStore store = AnnotationStore.open(file, Path.of("/library"), null, Clock.systemUTC());
        store.addBookmark(new ArticleId("a.md"), null, null, "kept through a failed save");
        Files.createDirectories(file.resolve("blocker"));
        return store;
    }
}
