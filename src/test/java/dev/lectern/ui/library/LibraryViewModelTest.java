package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.Facet;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LoadedLibrary;
import dev.lectern.library.MatchMode;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library view model with its background work run in place: what the article list and tag tree would show. */
class LibraryViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;
    private final ArticleReader reader = new ArticleReader();
    private LibraryViewModel library;

    @BeforeEach
    void threeArticles() throws IOException {
        Files.writeString(root.resolve("pool.md"), "---\ntitle: 线程池的小问题\ndate: 2020-01-02\nauthor: Hux\ntags: [Java, Pools]\n---\n正文。\n");
        Files.writeString(root.resolve("go.md"), "---\ntitle: Go scheduling\ndate: 2019-01-02\ntags: [Go]\n---\nBody.\n");
        Files.writeString(root.resolve("notes.md"), "# Plain notes\n\nNo front matter at all.\n");
        library = new LibraryViewModel(LibraryLoader.scanning(new LibraryScanner(reader, 1)), null, NOW, NOW);
    }

    private List<String> shown() {
        return library.filter().visibleArticles().stream().map(Article::title).toList();
    }

    private static TagRef tag(String name) {
        return TagRef.of(Facet.TAG, name);
    }

    @Test
    void openingAFolderListsEveryArticleNewestFirstAndCountsTags() {
        library.open(root);

        assertThat(library.loadingProperty().get()).isFalse();
        assertThat(library.progressProperty().get()).isEqualTo(1.0);
        assertThat(library.errorProperty().get()).isNull();
        assertThat(library.getRoot()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(shown()).containsExactly("线程池的小问题", "Go scheduling", "Plain notes");
        assertThat(library.filter().totalProperty().get()).isEqualTo(3);
        assertThat(library.filter().count(tag("Java"))).isEqualTo(1);
        assertThat(library.filter().untaggedCount()).isEqualTo(1);
    }

    @Test
    void tagsAndTextNarrowTheListAndClearingThemBringsItBack() {
        library.open(root);

        library.showOnlyTag(tag("Go"));
        assertThat(shown()).containsExactly("Go scheduling");
        library.filter().modeProperty().set(MatchMode.ANY);
        library.filter().setChecked(tag("Java"), true);
        assertThat(shown()).as("any of the checked tags").containsExactly("线程池的小问题", "Go scheduling");
        library.filter().modeProperty().set(MatchMode.ALL);
        assertThat(shown()).as("all of them").isEmpty();

        library.filter().clearTags();
        library.filter().textProperty().set("hux");
        assertThat(shown()).as("matched on the author").containsExactly("线程池的小问题");
        library.filter().textProperty().set("");
        assertThat(shown()).hasSize(3);
    }

    @Test
    void aFileWithBrokenFrontMatterIsListedWithAProblemAndTheRestStillLoad() throws IOException {
        Files.writeString(root.resolve("broken.md"), "---\ntitle: [unclosed\ntags: x\n---\nText.\n");

        library.open(root);

        assertThat(shown()).hasSize(4);
        assertThat(library.problems()).extracting(LibraryViewModel.Problem::path).containsExactly("broken.md");
        assertThat(library.problems().get(0).message()).isNotBlank();
    }

    @Test
    void aBinaryFileIsLeftOutAndTheProblemsSayWhy() throws IOException {
        Files.write(root.resolve("picture.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        library.open(root);

        assertThat(shown()).hasSize(3);
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("picture.md");
            assertThat(p.message()).isEqualTo("skipped: not a text file (contains NUL bytes)");
        });
    }

    @Test
    void aMissingFolderSaysSoAndAnotherFolderReplacesTheList(@TempDir Path other) throws IOException {
        library.open(root.resolve("nowhere"));
        assertThat(library.errorProperty().get()).contains("nowhere");
        assertThat(shown()).isEmpty();

        Files.writeString(other.resolve("only.md"), "# Only one\n");
        library.open(other);
        assertThat(library.errorProperty().get()).isNull();
        assertThat(shown()).containsExactly("Only one");
    }

    @Test
    void whatTheLoadLeftForLaterRunsOnceTheListIsShown() {
        LibraryScanner scanner = new LibraryScanner(reader, 1);
        AtomicReference<LibraryViewModel> model = new AtomicReference<>();
        List<List<String>> shownWhenSaving = new ArrayList<>();
        model.set(new LibraryViewModel((dir, listener, cancelled) -> new LoadedLibrary(scanner.scan(dir, listener, cancelled),
                () -> shownWhenSaving.add(model.get().filter().visibleArticles().stream().map(Article::title).toList())),
                null, NOW, NOW));

        model.get().open(root);

        assertThat(shownWhenSaving).containsExactly(List.of("线程池的小问题", "Go scheduling", "Plain notes"));
        assertThat(model.get().loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedLoadSaysWhyAndTheAppKeepsGoing() {
        LibraryViewModel failing = new LibraryViewModel((dir, listener, cancelled) -> {
            throw new IOException("disk on fire");
        }, null, NOW, NOW);

        failing.open(root);

        assertThat(failing.loadingProperty().get()).isFalse();
        assertThat(failing.errorProperty().get()).contains("disk on fire");
        assertThat(failing.filter().visibleArticles()).isEmpty();
    }

    @Test
    void aSlowLoadOvertakenByAnotherFolderDoesNotReplaceTheNewerList(@TempDir Path other) throws IOException {
        List<Runnable> queued = new ArrayList<>();
        LibraryScanner scanner = new LibraryScanner(reader, 1);
        LibraryViewModel slow = new LibraryViewModel(LibraryLoader.scanning(scanner), null, queued::add, NOW);
        Files.writeString(other.resolve("only.md"), "# Only one\n");

        slow.open(root);
        slow.open(other);
        assertThat(slow.loadingProperty().get()).isTrue();
        queued.get(1).run();
        queued.get(0).run();

        assertThat(slow.filter().visibleArticles()).extracting(Article::title).containsExactly("Only one");
        assertThat(slow.loadingProperty().get()).isFalse();
    }
}
