package dev.lectern.store;

import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "I renamed my library folder and all my highlights are gone": the file of its old place is found and taken in. */
class MovedLibraryTest {

    @TempDir
    Path dir;

    private final AnnotationLocations locations = new AnnotationLocations(
            Map.of("XDG_DATA_HOME", "/unused"), Map.of("os.name", "Linux", "user.home", "/unused"));

    private Path dataFileFor(Path library) {
        return dir.resolve("data").resolve(locations.fileFor(library).getFileName());
    }

    private Path libraryWithOneHighlight(String name) throws Exception {
        Path library = Files.createDirectories(dir.resolve(name).resolve("_posts"));
        Files.writeString(library.resolve("a.md"), "# A\n\nsaved by a careful reader\n");
        Files.writeString(library.resolve("b.md"), "# B\n");
        try (AnnotationStore store = AnnotationStore.open(dataFileFor(library.getParent()), library.getParent(), null,
                Clock.systemUTC())) {
            store.addHighlight(id("_posts/a.md"), key("A"), anchor("a careful reader", 8), HighlightColor.PINK, "my note");
        }
        return library.getParent();
    }

    @Test
    void aLibraryMovedTwiceTakesTheNotesOfItsLastPlace() throws Exception {
        Path blog = libraryWithOneHighlight("blog");
        Path second = Files.move(blog, dir.resolve("blog-2"));
        try (AnnotationStore there = AnnotationStore.open(dataFileFor(second), second, null, Clock.systemUTC())) {
            Highlight h = (Highlight) there.annotations().get(0);
            there.editHighlight(h.id(), h.color(), "written at the second place");
        }
        // the first place's file, older, now also belongs to a folder that is gone
        Files.setLastModifiedTime(dataFileFor(blog), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.copy(dataFileFor(blog), dir.resolve("data").resolve("annotations-0-blog.sync-conflict-20261201-101010-ABCDEFG.yaml"));
        Path third = Files.move(second, dir.resolve("blog-3"));

        try (AnnotationStore store = AnnotationStore.open(dataFileFor(third), third, null, Clock.systemUTC())) {
            assertThat(store.annotations()).singleElement().extracting(a -> ((Highlight) a).note())
                    .isEqualTo("written at the second place");
        }
    }

    @Test
    void aRenamedLibraryFolderFindsTheHighlightsMadeAtItsOldPlace() throws Exception {
        Path blog = libraryWithOneHighlight("blog");
        Path old = dataFileFor(blog);
        String oldText = Files.readString(old);
        Path moved = Files.move(blog, dir.resolve("blog-moved"));

        AnnotationStore store = AnnotationStore.open(dataFileFor(moved), moved, null, Clock.systemUTC());

        assertThat(store.annotations()).hasSize(1);
        assertThat(store.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_FROM_MOVED_LIBRARY);
        assertThat(store.problems().get(0).values()).contains(blog.toString(), old.toString());
        assertThat(dataFileFor(moved)).content().contains("my note");
        assertThat(old).as("kept as it was").content().isEqualTo(oldText);

        store.close();
        AnnotationStore again = AnnotationStore.open(dataFileFor(moved), moved, null, Clock.systemUTC());
        assertThat(again.problems()).as("said once").isEmpty();
        assertThat(again.annotations()).hasSize(1);
    }

    @Test
    void aLibraryStillWhereItWasKeepsItsFileToItself() throws Exception {
        Path blog = libraryWithOneHighlight("blog");
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy.resolve("_posts"));
        Files.copy(blog.resolve("_posts/a.md"), copy.resolve("_posts/a.md"));

        AnnotationStore store = AnnotationStore.open(dataFileFor(copy), copy, null, Clock.systemUTC());

        assertThat(store.annotations()).isEmpty();
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void anUnrelatedLibraryIsNotGivenAGoneLibrarysHighlights() throws Exception {
        Path blog = libraryWithOneHighlight("blog");
        Files.move(blog, dir.resolve("blog-moved"));
        Path other = Files.createDirectories(dir.resolve("other").resolve("_posts")).getParent();
        Files.writeString(other.resolve("_posts/a.md"), "# Another A\n\nof the same name, other words\n");

        AnnotationStore store = AnnotationStore.open(dataFileFor(other), other, null, Clock.systemUTC());

        assertThat(store.annotations()).isEmpty();
    }

    @Test
    void aFolderOpenedInsideALibraryIsToldWhereItsArticlesHighlightsAre() throws Exception {
        Path blog = libraryWithOneHighlight("blog");
        Path posts = blog.resolve("_posts");

        AnnotationStore store = AnnotationStore.open(dataFileFor(posts), posts, null, Clock.systemUTC());

        assertThat(store.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_IN_LIBRARY_ABOVE);
        assertThat(store.problems().get(0).values()).contains(blog.toString(), "1");
        assertThat(dev.lectern.ui.common.Messages.forLocale(java.util.Locale.ENGLISH).problem(store.problems().get(0)))
                .contains("inside the library " + blog, "Open " + blog);
        assertThat(store.annotations()).as("not copied: one place for them, not two").isEmpty();
    }
}
