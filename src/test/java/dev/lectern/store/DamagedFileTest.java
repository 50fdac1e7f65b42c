package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Annotation;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedFileTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-06-02T08:09:10Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("annotations.yaml");
    }

    /** Writes a good file with three highlights in two articles and returns its text. */
    private String writeGoodFile() throws IOException {
        try (AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, new TickingClock())) {
            store.addHighlight(id("a.md"), key("A"), anchor("first passage", 0), HighlightColor.YELLOW, "one");
            store.addHighlight(id("a.md"), key("A"), anchor("second passage", 40), HighlightColor.BLUE, "two");
            store.addHighlight(id("b.md"), key("B"), anchor("third passage", 7), HighlightColor.PINK, "three");
        }
        return Files.readString(file());
    }

    private AnnotationStore reopen() throws IOException {
        return AnnotationStore.open(file(), LIBRARY, null, FIXED);
    }

    private Path damagedCopy() {
        return dir.resolve("annotations.yaml.damaged-20240602-080910");
    }

    @Test
    void aHighlightWithAFieldThatCannotBeReadIsKeptWithItsPassageAndNote() throws IOException {
        // a colour of 42, a note made a list, a place that is no number: each dropped the whole highlight before
        String good = writeGoodFile();
        String bad = good.replace("color: yellow", "color: 42").replace("note: two", "note: [two, lines]")
                .replaceFirst("start: 7", "start: seven");
        assertThat(bad).isNotEqualTo(good).contains("color: 42", "note: [two, lines]", "start: seven");
        Files.writeString(file(), bad);

        AnnotationStore store = reopen();

        assertThat(store.annotations()).hasSize(3);
        assertThat(store.highlights(id("a.md"))).extracting(h -> h.anchor().quote(), h -> h.color(), h -> h.note())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("first passage", HighlightColor.YELLOW, "one"),
                        org.assertj.core.groups.Tuple.tuple("second passage", HighlightColor.BLUE, "two\nlines"));
        assertThat(store.highlights(id("b.md"))).singleElement().extracting(h -> h.anchor().quote(), h -> h.note())
                .containsExactly("third passage", "three");
        assertThat(store.problems()).singleElement().extracting(Problem::kind).isEqualTo(Problem.Kind.ANNOTATIONS_DAMAGED);
        assertThat(Files.readString(damagedCopy())).as("the file as the user left it, kept aside").isEqualTo(bad);
    }

    @Test
    void aNoteWrittenAsAListIsKeptAsItsLinesAndTheFileAsWritten() throws IOException {
        String good = writeGoodFile();
        String listed = good.replace("note: two", "note: [Step one, 'no', '010']");
        Files.writeString(file(), listed);

        AnnotationStore store = reopen();

        assertThat(store.highlights(id("a.md"))).extracting(h -> h.note()).contains("Step one\nno\n010");
        assertThat(store.problems()).singleElement().extracting(Problem::kind).isEqualTo(Problem.Kind.ANNOTATIONS_DAMAGED);
        assertThat(Files.readString(damagedCopy())).as("as written, kept aside").isEqualTo(listed);
    }

    @Test
    void aFieldLeftAtItsDefaultNeverOverwritesTheCopyAWindowHolds() throws IOException {
        // a window holding a highlight's note, its file damaged by hand in that field: the note stays in the window
        writeGoodFile();
        AnnotationStore window = AnnotationStore.open(file(), LIBRARY, null, new TickingClock());
        String damaged = Files.readString(file()).replace("note: two", "note: {a: map}").replace("color: pink", "color: 42");
        Files.writeString(file(), damaged);

        window.checkForExternalChange();
        window.save();

        assertThat(window.highlights(id("a.md"))).extracting(h -> h.note()).contains("two");
        assertThat(window.highlights(id("b.md"))).singleElement().extracting(h -> h.color()).isEqualTo(HighlightColor.PINK);
        assertThat(Files.readString(file())).contains("note: two", "color: pink");
    }

    @Test
    void aTruncatedFileIsKeptAsideAndWhatItHoldsIsRecovered() throws IOException {
        String good = writeGoodFile();
        byte[] cut = good.substring(0, good.indexOf("third passage") + 5).getBytes(StandardCharsets.UTF_8);
        Files.write(file(), cut);

        AnnotationStore store = reopen();

        assertThat(damagedCopy()).hasBinaryContent(cut);
        assertThat(store.annotations()).extracting(a -> a.anchor().quote())
                .containsExactly("first passage", "second passage");
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).as("could not be read").isEqualTo(Problem.Kind.ANNOTATIONS_DAMAGED);
            assertThat(p.value(2)).as("kept as").isEqualTo(damagedCopy().getFileName().toString());
            assertThat(p.value(3)).as("annotations recovered").isEqualTo("2");
        });
    }

    @Test
    void anUnclosedQuoteInOneNoteCostsNoOtherAnnotationAndTheNoteIsKeptAsWritten() throws IOException {
        // a hand edit: the YAML parser reads an unclosed quote to the file's end, so all but the entries before it were lost
        String good = writeGoodFile();
        String broken = good.replace("note: one", "note: \"one, and \"more\" said later");
        Files.writeString(file(), broken);

        AnnotationStore store = reopen();

        assertThat(damagedCopy()).hasContent(broken);
        assertThat(store.annotations()).extracting(a -> ((dev.lectern.model.Highlight) a).note())
                .containsExactly("one, and \"more\" said later", "two", "three");
        int line = broken.substring(0, broken.indexOf("note: \"one")).split("\n", -1).length;
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.value(3)).as("annotations recovered").isEqualTo("3");
            assertThat(p.details()).hasSize(2).first().satisfies(detail -> {
                assertThat(detail.kind()).isEqualTo(Problem.Kind.YAML_INVALID_AT);
                assertThat(detail.value(0)).as("the line of the quote, not the file's end").isEqualTo(String.valueOf(line));
            });
            assertThat(p.details().get(1)).as("and the highlight and field it broke")
                    .isEqualTo(Problem.of(Problem.Kind.HIGHLIGHT_FIELD_AS_WRITTEN, 1, id("a.md"), "note"));
        });
    }

    @Test
    void aFileWithWindowsLineEndsAndABlankLineOfATabIsReadPieceByPieceAsWell() throws IOException {
        // a blank line "\r" (or a tab alone) was taken for a key: everything after it was lost
        String good = writeGoodFile().replace("note: two", "note: |-\n      two\n\n      lines");
        String broken = good.replace("note: one", "note: \"one, unclosed").replace("\n", "\r\n")
                .replace("\r\n\r\n", "\r\n\t\r\n");
        Files.writeString(file(), broken);

        AnnotationStore store = reopen();

        assertThat(store.annotations()).extracting(a -> ((dev.lectern.model.Highlight) a).note())
                .containsExactly("one, unclosed", "two\n\nlines", "three");
    }

    @Test
    void aBrokenBlockNoteIsKeptAsWritten() throws IOException {
        String good = writeGoodFile();
        String broken = good.replace("note: one", "note: |-\n      first line\n     \"badly indented");
        Files.writeString(file(), broken);

        AnnotationStore store = reopen();

        assertThat(store.annotations()).hasSize(3);
        assertThat(((dev.lectern.model.Highlight) store.annotations().get(0)).note())
                .isEqualTo("first line\n\"badly indented");
    }

    @Test
    void aLineThatBreaksOneArticleEntryCostsOnlyTheFieldItBreaks() throws IOException {
        String good = writeGoodFile();
        String broken = good.replace("title: A\n", "title: 'A\n  : [unclosed\n");
        assertThat(broken).isNotEqualTo(good);
        Files.writeString(file(), broken);

        AnnotationStore store = reopen();

        assertThat(store.annotations()).extracting(a -> a.anchor().quote())
                .containsExactly("first passage", "second passage", "third passage");
        assertThat(store.problems()).singleElement().extracting(p -> p.value(3)).isEqualTo("3");
    }

    @Test
    void binaryGarbageIsKeptAsideAndTheStoreStartsEmpty() throws IOException {
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        Files.write(file(), garbage);

        AnnotationStore store = reopen();

        assertThat(damagedCopy()).hasBinaryContent(garbage);
        assertThat(store.annotations()).isEmpty();
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_DAMAGED);
            assertThat(p.value(3)).as("annotations recovered").isEqualTo("0");
        });
    }

    @Test
    void aFieldOfTheWrongTypeIsLeftOutAndTheFileIsKeptWhole() throws IOException {
        String good = writeGoodFile();
        String broken = good.replace("color: blue", "color: [not, a, colour]");
        Files.writeString(file(), broken);

        AnnotationStore store = reopen();

        assertThat(damagedCopy()).hasContent(broken);
        assertThat(store.annotations()).hasSize(3);
        assertThat(store.highlights(id("a.md"))).extracting(h -> h.note(), h -> h.color()).contains(
                org.assertj.core.groups.Tuple.tuple("two", HighlightColor.YELLOW));
        assertThat(store.problems()).singleElement().extracting(Problem::details).asList().contains(
                Problem.because(Problem.Kind.HIGHLIGHT_FIELD_LEFT, Problem.of(Problem.Kind.FIELD_NOT_A_VALUE, "color"), 2, "a.md"));
    }

    @Test
    void aFileFromANewerLecternIsNeverOverwritten() throws IOException {
        String newer = writeGoodFile().replace("schema: 2", "schema: 3");
        Files.writeString(file(), newer);

        try (AnnotationStore store = reopen()) {
            assertThat(store.problems()).singleElement().extracting(Problem::details).asList()
                    .containsExactly(Problem.of(Problem.Kind.SCHEMA_NEWER, 3, 2));
            store.addBookmark(id("c.md"), key("C"), null, "added after");
        }

        assertThat(damagedCopy()).hasContent(newer);
        assertThat(Files.readString(file())).contains("added after").contains("schema: 2");
    }

    @Test
    void savingAfterRecoveryWritesAFreshFileAndLeavesTheDamagedCopyAlone() throws IOException {
        byte[] garbage = "schema: 1\narticles: [unclosed\n\u0000\u0001".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), garbage);
        try (AnnotationStore store = reopen()) {
            store.addHighlight(id("a.md"), key("A"), anchor("new", 0), HighlightColor.GREEN, "");
            store.save();
        }
        Files.write(file(), garbage);
        reopen().close();

        assertThat(damagedCopy()).hasBinaryContent(garbage);
        assertThat(dir.resolve("annotations.yaml.damaged-20240602-080910-2")).hasBinaryContent(garbage);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("annotations.yaml",
                    "annotations.yaml.lock", "annotations.yaml.damaged-20240602-080910",
                    "annotations.yaml.damaged-20240602-080910-2");
        }
    }

    /** The lines of the highlight whose note is the given one, from its "- id:" to the next entry or key. */
    private static String entryOf(String text, String note) {
        int at = text.indexOf("note: " + note + "\n");
        int start = text.lastIndexOf("  - id: ", at);
        int end = text.indexOf("\n- ", at) < 0 ? text.indexOf("\nannotations:", at) : Math.min(
                text.indexOf("\n  - id: ", at) < 0 ? Integer.MAX_VALUE : text.indexOf("\n  - id: ", at),
                text.indexOf("\n- ", at));
        return text.substring(start, end + 1);
    }

    @Test
    void anEntryDeletedByHandWhileLecternIsClosedIsNoDamage() throws IOException {
        // the README allows it; the count at the end ("annotations: 3") is not updated by hand, and was reported as
        // "it lists 3 annotations but 2 could be read", the file copied aside
        String good = writeGoodFile();
        String edited = good.replace(entryOf(good, "two"), "");
        assertThat(edited).doesNotContain("second passage").endsWith("annotations: 3\n");
        Files.writeString(file(), edited);

        AnnotationStore store = reopen();

        assertThat(store.problems()).isEmpty();
        assertThat(store.annotations()).extracting(a -> a.anchor().quote()).containsExactly("first passage", "third passage");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no .damaged copy").containsExactlyInAnyOrder(file(), dir.resolve("annotations.yaml.lock"));
        }
    }

    @Test
    void anEntryAddedByHandIsNoDamageEither() throws IOException {
        String good = writeGoodFile();
        String entry = entryOf(good, "three");
        String copied = entry.replaceFirst("id: [0-9a-f-]+", "id: 0e8a4b5c-1d2e-4f60-8a9b-0c1d2e3f4a5b")
                .replace("third passage", "a passage copied by hand");
        Files.writeString(file(), good.replace(entry, entry + copied));

        AnnotationStore store = reopen();

        assertThat(store.problems()).isEmpty();
        assertThat(store.annotations()).hasSize(4);
    }

    @Test
    void aFileCutShortIsStillCaughtWhereverItIsCut() throws IOException {
        String good = writeGoodFile();
        // cut after a whole entry: it parses, but its end ("annotations: 3") is gone
        String atAnEntry = good.substring(0, good.indexOf("annotations:"));
        Files.writeString(file(), atAnEntry);
        try (AnnotationStore store = reopen()) {
            assertThat(store.problems()).singleElement().extracting(Problem::details).asList()
                    .containsExactly(Problem.of(Problem.Kind.COUNT_MISSING));
        }
        assertThat(damagedCopy()).hasContent(atAnEntry);
    }

    @Test
    void aFileCutInsideItsCountIsStillCaught() throws IOException {
        try (AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, new TickingClock())) {
            for (int i = 0; i < 12; i++) {
                store.addHighlight(id("a.md"), key("A"), anchor("passage " + i, i * 20), HighlightColor.YELLOW, "");
            }
        }
        String good = Files.readString(file());
        assertThat(good).endsWith("annotations: 12\n");
        String cut = good.substring(0, good.length() - 2); // "annotations: 1", no line break after it
        Files.writeString(file(), cut);

        try (AnnotationStore store = reopen()) {
            assertThat(store.annotations()).hasSize(12);
            assertThat(store.problems()).singleElement().extracting(Problem::details).asList()
                    .containsExactly(Problem.of(Problem.Kind.COUNT_MISMATCH, 1, 12));
        }
        assertThat(damagedCopy()).hasContent(cut);
    }

    @Test
    void aCleanFileIsNeitherMovedNorReported() throws IOException {
        writeGoodFile();

        AnnotationStore store = reopen();

        assertThat(store.problems()).isEmpty();
        assertThat(store.annotations()).extracting(Annotation::article).containsExactly(id("a.md"), id("a.md"), id("b.md"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file(), dir.resolve("annotations.yaml.lock"));
        }
        assertThat(List.of(store.file())).containsExactly(file());
    }

    @Test
    void aliasesOfPlainValuesCannotBlowTheFileUp() throws IOException {
        String good = writeGoodFile();
        String value = "v".repeat(100_000);
        // a hand-edited (or hostile) file repeating one large note through scalar aliases
        String hostile = good.replaceFirst("note: one", "note: &big " + value)
                .replace("note: two", "note: *big").replace("note: three", "note: *big")
                + "padding: [" + "*big, ".repeat(8_000) + "*big]\n";
        Files.writeString(file(), hostile);

        AnnotationStore store = AnnotationStore.open(file(), LIBRARY, null, FIXED);
        assertThat(store.problems()).singleElement().extracting(Problem::details).asList()
                .contains(Problem.of(Problem.Kind.YAML_TOO_MANY_ALIASES, YamlSetup.MAX_ALIASES));
        store.save();

        assertThat(Files.size(file())).as("the saved file (expanded, the aliases would make 800 MB)").isLessThan(1_000_000L);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".damaged-"));
        }
    }

    @Test
    void aLineTooLongForTheYamlScannerIsRefusedBeforeItIsScanned() {
        String text = "lectern: 1\nnote: \"" + "q".repeat(YamlSetup.MAX_LINE + 1) + "\"\n";
        LoadResult result = new AnnotationFile().load(text);
        assertThat(result.problems()).contains(Problem.of(Problem.Kind.YAML_LINE_TOO_LONG, YamlSetup.MAX_LINE));
    }
}
