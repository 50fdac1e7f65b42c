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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand edit that breaks the YAML, made while a window is open: read piece by piece, as at start-up. */
class OutsideEditDamageTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("annotations.yaml");
    }

    private AnnotationStore openWindow() throws IOException {
        AnnotationStore window = AnnotationStore.open(file(), LIBRARY, null, new TickingClock());
        window.addHighlight(id("a.md"), key("A"), anchor("first passage", 0), HighlightColor.YELLOW, "one");
        window.addHighlight(id("b.md"), key("B"), anchor("second passage", 40), HighlightColor.BLUE, "two");
        window.save();
        return window;
    }

    private static List<String> notes(AnnotationStore store) {
        return store.annotations().stream().map(a -> ((Highlight) a).note()).toList();
    }

    @Test
    void aValidEditAndAnUnclosedQuoteSavedTogetherAreBothTakenInAndTheBrokenFieldIsNamed() throws IOException {
        AnnotationStore window = openWindow();
        String edited = Files.readString(file()).replace("note: one", "note: \"one, rewritten")
                .replace("note: two", "note: two, rewritten");
        Files.writeString(file(), edited);

        window.checkForExternalChange();

        assertThat(notes(window)).containsExactly("one, rewritten", "two, rewritten");
        assertThat(window.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ANNOTATIONS_DAMAGED);
            assertThat(p.details()).contains(Problem.of(Problem.Kind.HIGHLIGHT_FIELD_AS_WRITTEN, 1, id("a.md"), "note"));
            Path kept = dir.resolve(p.value(2));
            assertThat(kept).as("the text as the user left it, kept aside").hasContent(edited);
        });
        assertThat(file()).as("never moved away: a kill now must not leave the next start empty").exists();

        AnnotationStore afterAKill = AnnotationStore.open(file(), LIBRARY, null, new TickingClock());
        assertThat(notes(afterAKill)).containsExactly("one, rewritten", "two, rewritten");
        assertThat(afterAKill.problems()).isEmpty();
    }

    @Test
    void aFieldThatCannotBeReadEvenAsWrittenStillLeavesTheWindowsCopy() throws IOException {
        AnnotationStore window = openWindow();
        Files.writeString(file(), Files.readString(file()).replace("note: one", "note: {unclosed")
                .replace("note: two", "note: two, rewritten"));

        window.checkForExternalChange();

        assertThat(notes(window)).containsExactly("one", "two, rewritten");
    }
}
