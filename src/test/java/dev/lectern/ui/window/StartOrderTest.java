package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.model.Problem;
import dev.lectern.render.PageRenderer;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SourceFiles;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.PreferencesFile;
import dev.lectern.store.PreferencesSaver;
import dev.lectern.store.ReadingMemory;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.ArticleTexts;
import dev.lectern.ui.common.StartupTrace;
import dev.lectern.ui.library.LibraryLoader;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order of a start as the app makes it ({@link LecternDesktop#launch}): with no article to show first, the window
 * draws its first frame before the library is opened, so a large folder's scan does not keep a new window white.
 */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class StartOrderTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final ExecutorService indexing = Executors.newSingleThreadExecutor();
    private final ExecutorService querying = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Window> opened = new ArrayList<>();
    private final AtomicBoolean framed = new AtomicBoolean();
    /** What the main window showed as each message came over it. */
    private final List<String> mainWindowWhenTold = new CopyOnWriteArrayList<>();
    /** Notes each window as it is shown, with a listener to its first pulse; taken off after the test. */
    private final ListChangeListener<Window> watchWindows = change -> {
        while (change.next()) {
            for (Window window : change.getAddedSubList()) {
                if (window.getScene().getRoot() instanceof javafx.scene.control.DialogPane && !opened.isEmpty()) {
                    mainWindowWhenTold.add(parts(opened.get(0).getScene().getRoot()));
                }
                opened.add(window);
                window.getScene().addPostLayoutPulseListener(() -> framed.set(true));
            }
        }
    };
    private LibraryViewModel library;
    private SearchViewModel search;

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().removeListener(watchWindows);
            opened.forEach(Window::hide);
            library.close();
        }).get(10, TimeUnit.SECONDS);
        for (ExecutorService service : List.of(indexing, querying)) {
            service.shutdown();
            assertThat(service.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        background.shutdownNow();
        scheduler.shutdownNow();
    }

    /** A desktop as Main makes it, on the preferences in the scratch folder's config/preferences.yaml. */
    private LecternDesktop desktop(String preferencesText, Problem preferencesWarning) throws Exception {
        Path annotationFile = Files.createDirectories(scratch.resolve("data")).resolve("annotations.yaml");
        PreferencesFile preferences = new PreferencesFile(
                Files.createDirectories(scratch.resolve("config")).resolve("preferences.yaml"), Clock.systemUTC());
        if (preferencesText != null) {
            Files.writeString(preferences.file(), preferencesText);
        }
        ArticleReader articles = new ArticleReader();
        PageRenderer renderer = new PageRenderer();
        library = new LibraryViewModel(LibraryLoader.scanning(new LibraryScanner(articles, 2)), null, background,
                Platform::runLater);
        ReaderViewModel reader = new ReaderViewModel(articles, renderer, background, Platform::runLater, new ReadingMemory());
        AnnotationsViewModel annotations = new AnnotationsViewModel(new ArticleTexts(articles, renderer), background,
                Platform::runLater);
        search = new SearchViewModel(root -> SearchIndex.open(Files.createTempDirectory(scratch, "search"),
                SourceFiles.under(root, articles)), new IndexBuilder(articles, 2), library.filter(), indexing, querying,
                Platform::runLater);
        return new LecternDesktop(library, reader, annotations,
                dir -> AnnotationStore.open(annotationFile, dir, null, Clock.systemUTC()), uri -> java.util.concurrent.CompletableFuture.completedFuture(true), search,
                new AppInfo("test", scratch, scratch, null),
                new PreferencesSaver(preferences, preferences.load().preferences(), scheduler), preferencesWarning);
    }

    @Test
    void withNoArticleToShowFirstTheLibraryIsOpenedAfterTheWindowsFirstFrame(FxRobot robot) throws Exception {
        LecternDesktop desktop = desktop(null, null);

        List<Boolean> framedWhenOpened = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Window.getWindows().addListener(watchWindows); // a window joins it as it is shown, before its first pulse
            library.rootProperty().addListener((obs, was, now) -> framedWhenOpened.add(framed.get()));
        });
        desktop.launch(CompletableFuture.completedFuture(null), ReaderFixture.SAMPLES, null, StartupTrace.OFF);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get()
                && library.filter().visibleArticles().size() == 5);

        assertThat(framedWhenOpened).containsExactly(true);
    }

    /**
     * A start on the last article with a preferences file that could not be read: the message comes once the window
     * has its menus, bars and panes. Shown at once, it stood over a window of stand-ins (an empty menu bar, blank
     * panes) that stayed so until it was closed.
     */
    @Test
    void aMessageAboutThePreferencesComesOnceTheWindowIsBuilt(FxRobot robot) throws Exception {
        String article;
        try (var files = Files.list(ReaderFixture.SAMPLES)) {
            article = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().findFirst()
                    .orElseThrow();
        }
        LecternDesktop desktop = desktop("lastLibrary: " + ReaderFixture.SAMPLES + "\nlastArticle: " + article + "\n",
                Problem.of(Problem.Kind.PREFERENCES_DAMAGED, 1, "preferences.yaml.damaged-x")
                        .with(List.of(Problem.of(Problem.Kind.PREFERENCES_NOT_A_MAP))));
        robot.interact(() -> Window.getWindows().addListener(watchWindows));
        desktop.launch(CompletableFuture.completedFuture(null), ReaderFixture.SAMPLES, null, StartupTrace.OFF);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !mainWindowWhenTold.isEmpty());

        assertThat(mainWindowWhenTold).as("menu bar, no menu stand-in, no tag and list stand-ins")
                .containsExactly("true true true true");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get()
                && library.filter().visibleArticles().size() == 5); // the library is open before the executors stop
    }

    /** Whether a window's root holds its menu bar and no stand-in for it, the tags or the list. */
    private static String parts(javafx.scene.Parent root) {
        return (root.lookup(".menu-bar") instanceof javafx.scene.control.MenuBar) + " "
                + (root.lookup("#menu-stand-in") == null) + " " + (root.lookup("#tags-stand-in") == null) + " "
                + (root.lookup("#list-stand-in") == null);
    }
}
