package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note being typed reaches the file once typing pauses, and at close: a logout or a quit does not lose it. */
class TypedNoteTest {

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();

    @Test
    void aNoteBeingTypedIsWrittenOnceTypingPauses() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, scheduler, Clock.systemUTC());
        Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("a passage", 0), HighlightColor.BLUE, "");
        scheduler.advance(Duration.ofSeconds(1));

        store.typeNote(h.id(), "half a th");
        scheduler.advance(Duration.ofMillis(400));
        store.typeNote(h.id(), "half a thought typed");
        scheduler.advance(Duration.ofMillis(400));
        assertThat(file).content().doesNotContain("half a th"); // still typing: nothing written yet

        scheduler.advance(Duration.ofMillis(500));

        assertThat(file).content().contains("note: half a thought typed");
        assertThat(((Highlight) store.find(h.id()).orElseThrow()).note()).isEqualTo("half a thought typed");
    }

    @Test
    void aNoteBeingTypedIsWrittenWhenTheStoreCloses() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, scheduler, Clock.systemUTC());
        Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("a passage", 0), HighlightColor.BLUE, "");

        store.typeNote(h.id(), "typed just before quitting");
        store.close();

        assertThat(file).content().contains("note: typed just before quitting");
    }

    @Test
    void aNoteTypedForAHighlightDeletedMeanwhileDoesNotBringItBack() throws Exception {
        Path file = dir.resolve("annotations.yaml");
        AnnotationStore store = AnnotationStore.open(file, LIBRARY, scheduler, Clock.systemUTC());
        Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("a passage", 0), HighlightColor.BLUE, "");

        store.typeNote(h.id(), "never mind");
        store.delete(h.id());
        store.close();

        assertThat(store.find(h.id()).orElseThrow().isDeleted()).isTrue();
        assertThat(file).content().doesNotContain("never mind");
    }
}
