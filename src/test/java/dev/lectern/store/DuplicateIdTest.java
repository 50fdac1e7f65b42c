package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand edit that gives two entries one id (a highlight copied and changed) loses neither. */
class DuplicateIdTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-06-02T08:09:10Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("annotations.yaml");
    }

    /** Writes one highlight and returns its id; the file's highlight entry is then copied by hand. */
    private UUID writeOne() throws IOException {
        try (AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, new TickingClock())) {
            return store.addHighlight(id("a.md"), key("A"), anchor("first passage", 0), HighlightColor.YELLOW, "older")
                    .id();
        }
    }

    /** The lines of the file's only highlight, from "  - id:" to its "updated:" line. */
    private static String entry(String text) {
        int start = text.indexOf("  - id: ");
        int end = text.indexOf('\n', text.indexOf("    updated: ", start)) + 1;
        return text.substring(start, end);
    }

    @Test
    void twoEntriesWithOneIdAreBothKeptAndTheDuplicateIsReported() throws IOException {
        UUID shared = writeOne();
        String text = Files.readString(file());
        String first = entry(text);
        String copied = first.replace("note: older", "note: newer").replace("first passage", "second passage")
                .replace("start: 0", "start: 40").replace("end: 13", "end: 54")
                .replace("updated: 2024-05-01T10:00:00Z", "updated: 2024-05-02T10:00:00Z");
        Files.writeString(file(), text.replace(first, first + copied));

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, FIXED);

        assertThat(store.highlights(id("a.md"))).extracting(Highlight::note).containsExactlyInAnyOrder("older", "newer");
        assertThat(store.highlights(id("a.md"))).extracting(Highlight::id).doesNotHaveDuplicates().contains(shared);
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_DAMAGED);
            assertThat(p.details()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(Problem.Kind.DUPLICATE_ID);
                assertThat(d.value(0)).as("names the id").isEqualTo(shared.toString());
            });
        });
        AnnotationStore next = AnnotationStore.open(file(), LIBRARY, null, FIXED);
        assertThat(next.highlights(id("a.md"))).as("the file was written with both").extracting(Highlight::note)
                .containsExactlyInAnyOrder("older", "newer");
        assertThat(next.problems()).isEmpty();
    }

    @Test
    void theSameEntryWrittenTwiceIsKeptOnceWithoutAWord() throws IOException {
        writeOne();
        String text = Files.readString(file());
        Files.writeString(file(), text.replace(entry(text), entry(text) + entry(text)));

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, FIXED);

        assertThat(store.highlights(id("a.md"))).extracting(Highlight::note).containsExactly("older");
        assertThat(store.problems()).isEmpty();
    }

    /** A stale copy of a highlight beside its deletion, or of its own passage, is that highlight: the newer one stands. */
    @Test
    void aCopyOfTheSamePassageIsOneHighlightAndTheNewerStands() throws IOException {
        writeOne();
        String text = Files.readString(file());
        String first = entry(text);
        String newer = first.replace("note: older", "note: newer")
                .replace("updated: 2024-05-01T10:00:00Z", "updated: 2024-05-02T10:00:00Z");
        Files.writeString(file(), text.replace(first, newer + first));

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, FIXED);

        assertThat(store.highlights(id("a.md"))).extracting(Highlight::note).containsExactly("newer");
        assertThat(store.problems()).as("the older note is in the copy kept aside, and that is said").singleElement()
                .satisfies(p -> assertThat(p.details()).singleElement().extracting(Problem::kind)
                        .isEqualTo(Problem.Kind.DUPLICATE_ID_OLDER_DROPPED));
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains(".damaged")))
                    .singleElement().satisfies(kept -> assertThat(Files.readString(kept)).contains("note: older"));
        }
    }

    /** A block copied by hand and only its note changed: the two are the same age, neither can be the stale one. */
    @Test
    void aCopyOfTheSamePassageWithTheSameDateAndAnotherNoteIsKeptToo() throws IOException {
        UUID shared = writeOne();
        String text = Files.readString(file());
        String first = entry(text);
        Files.writeString(file(), text.replace(first, first + first.replace("note: older", "note: my second thought")));

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, FIXED);

        assertThat(store.highlights(id("a.md"))).extracting(Highlight::note)
                .containsExactlyInAnyOrder("older", "my second thought");
        assertThat(store.problems()).singleElement().satisfies(p -> assertThat(p.details()).singleElement()
                .satisfies(d -> assertThat(d.value(0)).isEqualTo(shared.toString())));
    }
}
