package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note too long for the file's reader: every start said "damaged" and kept another 3.6 MB copy. */
class LongNoteTest {

    @TempDir
    Path dir;

    @Test
    void whatLecternWritesItCanAlwaysReadBack() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        String huge = "HUGE " + "长".repeat(1_200_000);
        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC())) {
            Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("a passage", 0), HighlightColor.BLUE, "");
            Highlight edited = store.editHighlight(h.id(), HighlightColor.BLUE, huge);
            assertThat(edited.note()).hasSize(Highlight.MAX_NOTE).startsWith("HUGE 长长");
        }
        for (int start = 0; start < 2; start++) {
            AnnotationStore again = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());
            assertThat(again.problems()).as("read back whole").isEmpty();
            assertThat(((Highlight) again.annotations().get(0)).note()).hasSize(Highlight.MAX_NOTE);
            again.close();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".damaged-"));
        }
    }

    @Test
    void aNoteMadeTooLongByHandIsKeptAsideOnceNotAtEveryStart() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC())) {
            store.addHighlight(id("a.md"), key("A"), anchor("a passage", 0), HighlightColor.BLUE, "short");
        }
        Files.writeString(file, Files.readString(file).replace("note: short", "note: HUGE " + "长".repeat(1_200_000)));

        AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC()).close();
        AnnotationStore second = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC());

        assertThat(second.problems()).as("the file Lectern wrote back reads whole").isEmpty();
        second.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".damaged-"))).hasSize(1);
        }
    }

    @Test
    void aNoteLongerThanANoteHoldsButReadableIsKeptWholeInTheFileKeptAside() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC())) {
            store.addHighlight(id("a.md"), key("A"), anchor("a passage", 0), HighlightColor.BLUE, "short");
        }
        String whole = "LONG " + "长".repeat(200_000);
        Files.writeString(file, Files.readString(file).replace("note: short", "note: " + whole));

        try (AnnotationStore again = AnnotationStore.open(file, LIBRARY, null, Clock.systemUTC())) {
            assertThat(again.problems()).as("the cut is said").isNotEmpty();
            assertThat(((Highlight) again.annotations().get(0)).note()).hasSize(Highlight.MAX_NOTE);
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().contains(".damaged-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).as("the whole note kept aside").contains(whole);
        }
    }
}
