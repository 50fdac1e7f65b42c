package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows (two stores) on one annotation file, saving in turn. */
class ConcurrentStoreTest {

    @TempDir
    Path dir;

    private final TickingClock clock = new TickingClock();

    private AnnotationStore window() throws IOException {
        return AnnotationStore.open(dir.resolve("annotations.yaml"), LIBRARY, null, clock);
    }

    @Test
    void everyUpdateOfBothWindowsSurvivesAndTheNewestChangeWins() throws IOException {
        AnnotationStore first = window();
        AnnotationStore second = window();
        Highlight shared = first.addHighlight(id("a.md"), key("A"), anchor("shared", 0), HighlightColor.YELLOW, "");
        Highlight doomed = first.addHighlight(id("a.md"), key("A"), anchor("doomed", 20), HighlightColor.YELLOW, "");
        first.save();
        Highlight fromSecond = second.addHighlight(id("b.md"), key("B"), anchor("second's", 3), HighlightColor.BLUE, "");
        second.save();

        first.editHighlight(shared.id(), HighlightColor.GREEN, "older edit by the first window");
        second.editHighlight(shared.id(), HighlightColor.PINK, "newer edit by the second window");
        second.delete(doomed.id());
        Highlight fromFirst = first.addHighlight(id("a.md"), key("A"), anchor("first's", 60), HighlightColor.BLUE, "");
        second.save();
        first.save();

        AnnotationStore reader = window();
        assertThat(reader.problems()).isEmpty();
        assertThat(reader.annotations()).extracting(a -> a.anchor().quote())
                .containsExactlyInAnyOrder("shared", "second's", "first's");
        assertThat(reader.highlights(id("a.md"))).filteredOn(h -> h.id().equals(shared.id()))
                .singleElement().extracting(Highlight::note).isEqualTo("newer edit by the second window");
        assertThat(reader.find(doomed.id())).get().extracting(Annotation::isDeleted).isEqualTo(true);
        assertThat(first.annotations()).extracting(Annotation::id)
                .containsExactlyInAnyOrder(shared.id(), fromFirst.id(), fromSecond.id());
    }

    @Test
    void aPlaceOrArticleFoundAgainByItselfDoesNotWinOverANoteEditedInAnotherWindow() throws IOException {
        // a window that only showed the changed article dated its new place now, and that undid the other's note
        AnnotationStore first = window();
        Highlight h = first.addHighlight(id("a.md"), key("A"), anchor("passage", 10), HighlightColor.YELLOW, "old note");
        Highlight moved = first.addHighlight(id("m.md"), key("M"), anchor("moved", 0), HighlightColor.YELLOW, "old");
        first.save();
        AnnotationStore second = window();

        first.editHighlight(h.id(), HighlightColor.GREEN, "edited in the first window");
        first.editHighlight(moved.id(), HighlightColor.GREEN, "edited before the rename was seen");
        first.save();
        second.follow(h.id(), anchor("passage", 42)); // text inserted above it, seen later by the second window
        second.moveArticle(id("m.md"), id("renamed.md"));
        second.save();

        AnnotationStore reader = window();
        assertThat(reader.find(h.id())).get().extracting(a -> ((Highlight) a).note()).isEqualTo("edited in the first window");
        assertThat(reader.find(moved.id())).get().extracting(a -> ((Highlight) a).note())
                .isEqualTo("edited before the rename was seen");
        // the edit came back under the old path: the next match files it where the rename went, not lost for good
        dev.lectern.model.Article renamed = new dev.lectern.model.Article(id("renamed.md"), "M", null, null, List.of(),
                List.of(), List.of(), null, false, null, List.of(), 0, 0);
        ArticleMatcher.hashing(article -> "").relocate(reader, List.of(renamed));
        assertThat(reader.find(moved.id())).get().extracting(a -> a.article().path(), a -> ((Highlight) a).note())
                .containsExactly("renamed.md", "edited before the rename was seen");

        // with no edit elsewhere, the place found is what is kept
        AnnotationStore third = window();
        third.follow(h.id(), anchor("passage", 42));
        third.save();
        assertThat(window().find(h.id())).get().extracting(a -> a.anchor().start()).isEqualTo(42);
        first.checkForExternalChange();
        assertThat(first.find(h.id())).get().extracting(a -> a.anchor().start()).as("the other window takes it in").isEqualTo(42);
    }

    @Test
    void anEditNewerThanADeleteBringsTheAnnotationBack() throws IOException {
        AnnotationStore first = window();
        Highlight h = first.addHighlight(id("a.md"), key("A"), anchor("passage", 0), HighlightColor.YELLOW, "");
        first.save();
        AnnotationStore second = window();
        first.delete(h.id());
        second.editHighlight(h.id(), HighlightColor.BLUE, "edited after the delete");
        first.save();
        second.save();

        first.checkForExternalChange();

        assertThat(first.highlights(id("a.md"))).singleElement()
                .extracting(Highlight::note).isEqualTo("edited after the delete");
    }

    @Test
    void checkingForExternalChangesTellsListenersWhichArticlesChanged() throws IOException {
        AnnotationStore first = window();
        AnnotationStore second = window();
        List<Set<ArticleId>> heard = new ArrayList<>();
        first.addListener(heard::add);

        second.addBookmark(id("c.md"), key("C"), null, "from the other window");
        second.save();

        assertThat(first.checkForExternalChange()).isTrue();
        assertThat(heard).containsExactly(Set.of(id("c.md")));
        assertThat(first.bookmarks(id("c.md"))).singleElement().extracting(b -> b.label())
                .isEqualTo("from the other window");
        assertThat(first.checkForExternalChange()).isFalse();
    }

    @Test
    void aRestoredAnnotationIsAliveAgainAfterSaving() throws IOException {
        AnnotationStore store = window();
        Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("passage", 0), HighlightColor.YELLOW, "");
        store.delete(h.id());
        store.save();
        assertThat(window().highlights(id("a.md"))).isEmpty();

        store.restore(h.id());
        store.save();

        assertThat(window().highlights(id("a.md"))).extracting(Highlight::id).containsExactly(h.id());
    }

    @Test
    void aNoteEditedByHandInTheFileIsTakenNotWrittenOver() throws IOException {
        AnnotationStore store = window();
        Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("passage", 0), HighlightColor.YELLOW, "first words");
        Highlight other = store.addHighlight(id("b.md"), key("B"), anchor("other", 0), HighlightColor.BLUE, "");
        store.save();
        List<Set<ArticleId>> heard = new ArrayList<>();
        store.addListener(heard::add);
        Path file = dir.resolve("annotations.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("note: first words", "note: second thoughts, typed in an editor"));

        assertThat(store.checkForExternalChange()).isTrue();
        store.save();

        assertThat(heard).containsExactly(Set.of(id("a.md"))); // the other article was not touched
        assertThat(store.highlights(id("a.md"))).singleElement().extracting(Highlight::note)
                .isEqualTo("second thoughts, typed in an editor");
        assertThat(window().highlights(id("a.md"))).singleElement().extracting(Highlight::note)
                .isEqualTo("second thoughts, typed in an editor");
        assertThat(window().find(other.id())).contains(other);
    }

    @Test
    void anEditInTheWindowNewerThanAHandEditOfTheSameHighlightWins() throws IOException {
        AnnotationStore store = window();
        Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("passage", 0), HighlightColor.YELLOW, "first words");
        store.save();
        Path file = dir.resolve("annotations.yaml");
        Files.writeString(file, Files.readString(file).replace("note: first words", "note: typed in an editor"));
        store.editHighlight(h.id(), HighlightColor.GREEN, "typed in the window since");

        store.save();

        assertThat(window().highlights(id("a.md"))).singleElement().extracting(Highlight::note)
                .isEqualTo("typed in the window since");
    }

    @Test
    void anOlderCopyOfTheFilePutBackBySyncDoesNotUndoALaterEdit() throws IOException {
        AnnotationStore store = window();
        Highlight h = store.addHighlight(id("a.md"), key("A"), anchor("passage", 0), HighlightColor.YELLOW, "first words");
        store.save();
        Path file = dir.resolve("annotations.yaml");
        String older = Files.readString(file);
        store.editHighlight(h.id(), HighlightColor.GREEN, "later words");
        store.save();
        Files.writeString(file, older);

        store.checkForExternalChange();
        store.save();

        assertThat(window().highlights(id("a.md"))).singleElement().extracting(Highlight::note).isEqualTo("later words");
    }
}
