package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged annotation file and a process killed at any moment of its recovery: the next start loses nothing. */
class DamagedFileCrashTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-06-02T08:09:10Z"), ZoneOffset.UTC);

    /** What a SIGKILL does to the thread that saves: nothing after it runs. */
    private static final class Killed extends Error {
    }

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("annotations.yaml");
    }

    private Path damagedCopy() {
        return dir.resolve("annotations.yaml.damaged-20240602-080910");
    }

    /** A file of three highlights made invalid YAML by a tab after "color:", as the tester's hand edit did. */
    private String writeDamagedFile() throws IOException {
        try (AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, new TickingClock())) {
            store.addHighlight(id("a.md"), key("A"), anchor("first passage", 0), HighlightColor.YELLOW, "one");
            store.addHighlight(id("a.md"), key("A"), anchor("second passage", 40), HighlightColor.BLUE, "two");
            store.addHighlight(id("b.md"), key("B"), anchor("third passage", 7), HighlightColor.PINK, "three");
        }
        String damaged = Files.readString(file()).replace("color: blue", "color:\tblue");
        Files.writeString(file(), damaged);
        return damaged;
    }

    private static java.util.List<String> notes(AnnotationStore store) {
        return store.annotations().stream().map(a -> ((Highlight) a).note()).toList();
    }

    @Test
    void aProcessKilledAfterRecoveringADamagedFileLosesNothingAtTheNextStart() throws IOException {
        String damaged = writeDamagedFile();
        AnnotationStore first = AnnotationStore.open(file(), LIBRARY, null, FIXED);
        assertThat(first.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANNOTATIONS_DAMAGED);
        // killed here: never saved, never closed

        AnnotationStore next = AnnotationStore.open(file(), LIBRARY, null, FIXED);

        assertThat(notes(next)).containsExactly("one", "two", "three");
        assertThat(next.problems()).as("the recovered file was already in place").isEmpty();
        assertThat(damagedCopy()).as("the file as the user left it, kept aside").hasContent(damaged);
    }

    @Test
    void aProcessKilledBetweenKeepingTheCopyAndReplacingTheFileLeavesTheDamagedFileToReadAgain() throws IOException {
        String damaged = writeDamagedFile();
        StoreFile killedWhileReplacing = new StoreFile(file(), FIXED, false, LIBRARY.toString(), (path, bytes) -> {
            throw new Killed();
        });

        assertThatThrownBy(killedWhileReplacing::readIfChanged).isInstanceOf(Killed.class);
        assertThat(file()).as("the damaged original is still in place").hasContent(damaged);
        assertThat(damagedCopy()).hasContent(damaged);

        AnnotationStore next = AnnotationStore.open(file(), LIBRARY, null, FIXED);
        assertThat(notes(next)).containsExactly("one", "two", "three");
        assertThat(Files.readString(file())).as("replaced with what was recovered").contains("color: blue")
                .doesNotContain("\t");
        assertThat(Files.readString(dir.resolve("annotations.yaml.damaged-20240602-080910-2"))).isEqualTo(damaged);
    }

    @Test
    void aReplacementThatFailsLeavesTheDamagedFileInPlaceAndTheNextSaveWritesOverIt() throws IOException {
        String damaged = writeDamagedFile();
        StoreFile failing = new StoreFile(file(), FIXED, false, LIBRARY.toString(), (path, bytes) -> {
            throw new IOException("disk full");
        });

        StoreFile.Read read = failing.readIfChanged();

        assertThat(read.set().size()).isEqualTo(3);
        assertThat(file()).hasContent(damaged);
        assertThat(failing.readIfChanged()).as("not read and copied again every check").isNull();
        assertThat(dir.resolve("annotations.yaml.damaged-20240602-080910-2")).doesNotExist();
    }

    @Test
    void aDamagedCopyOlderThanAWeekIsNotRestored() throws IOException {
        writeDamagedFile();
        Files.move(file(), damagedCopy());
        Files.setLastModifiedTime(damagedCopy(), java.nio.file.attribute.FileTime.from(
                FIXED.instant().minus(java.time.Duration.ofDays(30))));

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, FIXED);

        assertThat(notes(store)).as("what was deleted since does not come back").isEmpty();
        assertThat(damagedCopy()).as("kept for the reader to import").exists();
    }

    @Test
    void aStartThatFindsOnlyADamagedCopyRestoresNothingFromItAndSaysWhere() throws IOException {
        // the reader moved the file away: the newest damaged copy (a broken hand edit) came back as the file
        String damaged = writeDamagedFile();
        Files.move(file(), damagedCopy());

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, FIXED);

        assertThat(notes(store)).as("a version Lectern could not read is not brought back").isEmpty();
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_NOT_RESTORED);
            assertThat(p.value(1)).as("names the copy").isEqualTo(damagedCopy().toString());
        });
        assertThat(damagedCopy()).as("left where it is").hasContent(damaged);
        store.close();
        assertThat(AnnotationStore.open(file(), LIBRARY, null, FIXED).problems()).as("told once").isEmpty();
    }
}
