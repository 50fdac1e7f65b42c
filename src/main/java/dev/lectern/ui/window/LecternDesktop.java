package dev.lectern.ui.window;

import dev.lectern.library.CacheFolder;
import dev.lectern.model.Problem;
import dev.lectern.render.EmojiFont;
import dev.lectern.store.PreferencesSaver;
import dev.lectern.ui.annotations.AnnotationStores;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.common.Messages;
import dev.lectern.ui.common.StartupTrace;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.PagePrinter;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Starts the JavaFX toolkit and opens the main window on a library folder. */
public final class LecternDesktop {

    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final AnnotationsViewModel annotations;
    private final AnnotationStores stores;
    private final LinkOpener browser;
    private final SearchViewModel search;
    private final AppInfo info;
    private final PreferencesSaver preferences;
    private final Problem preferencesWarning;
    /** An article given at start that was not opened, as it lies loose in the home folder or the disk's top; or null. */
    private Path notOpened;

    public LecternDesktop(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations,
                          AnnotationStores stores, LinkOpener browser, SearchViewModel search, AppInfo info,
                          PreferencesSaver preferences, Problem preferencesWarning) {
        this.preferences = preferences;
        this.preferencesWarning = preferencesWarning;
        this.search = search;
        this.info = info;
        this.library = library;
        this.reader = reader;
        this.annotations = annotations;
        this.stores = stores;
        this.browser = browser;
    }

    /**
     * Says, once the window is up, that this article given at start was not opened: it lies loose in the home folder
     * or the disk's top folder, which Lectern does not read whole. Started from a file manager's "Open with", the
     * window is the only place to say it.
     */
    public LecternDesktop notOpened(Path article) {
        notOpened = article;
        return this;
    }

    /**
     * Starts the JavaFX toolkit on a thread of its own and returns at once, so that the toolkit comes up while the
     * services are wired; pass the result to {@link #launch}.
     */
    public static CompletableFuture<Void> startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> {
                    WindowClass.set();
                    loadEmojiFont();
                    started.complete(null);
                });
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "lectern-toolkit-start");
        starter.start();
        return started;
    }

    /**
     * Makes Lectern's emoji font one JavaFX falls back to, so that emoji in titles, tags and notes draw (JavaFX 21
     * cannot draw the colour emoji fonts Linux has: "🚀 RAG-Anything" showed a gap in the list). It must come before
     * any text is laid out, as JavaFX settles a font's fallbacks at its first use; loaded while the services are
     * wired on the main thread, it does not hold the window back. It is loaded from a copy in the cache folder: from
     * inside the jar, JavaFX writes it to a temporary file at every start (1.2 MB), left behind when the process is
     * killed.
     * Whatever goes wrong, emoji stay blank as before.
     */
    private static void loadEmojiFont() {
        try {
            Path folder = Files.createDirectories(CacheFolder.forCurrentUser().resolve("fonts"));
            Path font = EmojiFont.copyInto(folder);
            if (Font.loadFont(font.toUri().toString(), 0) == null) {
                throw new IOException("JavaFX did not take " + font);
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(LecternDesktop.class.getName()).log(System.Logger.Level.WARNING,
                    "emoji in the interface stay blank: the emoji font could not be loaded", e);
        }
    }

    /**
     * Opens the window once the toolkit started by {@link #startToolkit()} is up; folder may be null (the window then
     * invites the user to open one).
     *
     * @param afterFirstPaint run once the first article is painted (for measuring start-up), given what quits the
     *                        window as Ctrl+Q does; or null
     * @param trace           marks the points of the start-up timeline
     */
    public void launch(CompletableFuture<Void> toolkit, Path folder, Consumer<Runnable> afterFirstPaint,
                       StartupTrace trace) {
        PreferencesBinder binder = new PreferencesBinder(preferences, library, reader);
        boolean lastArticleFirst = binder.restoreReaderAndPrepare(folder);
        if (!lastArticleFirst) {
            reader.warmUp();
        }
        try {
            toolkit.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Platform.runLater(() -> {
            trace.mark("toolkit started");
            // before the first control: else JavaFX sets up its Modena stylesheet first, only for it to be replaced
            WindowTheme.useAgentFor(reader.themeProperty().get());
            MainWindow window = new MainWindow(library, reader, annotations, stores, browser, new PagePrinter(), search,
                    info, binder, MainWindow::monotonicMillis);
            trace.mark("window built");
            traceUntilPainted(window, trace);
            if (afterFirstPaint != null) {
                window.onFirstPagePainted(() -> afterFirstPaint.accept(window::quit));
            }
            boolean articleFirst = folder != null && lastArticleFirst;
            if (articleFirst) {
                window.showArticleFirst();
            } else if (folder != null) {
                window.expectLibrary();
            }
            Stage stage = new Stage();
            stage.setOnHidden(e -> {
                reader.keepLastPage();
                annotations.close();
                search.close();
            });
            window.show(stage);
            trace.mark("stage shown");
            if (trace.isOn()) {
                window.afterFirstFrame(() -> trace.mark("first frame"));
            }
            if (preferencesWarning != null) {
                window.whenBuilt(() -> window.dialogs().tell(Alert.AlertType.WARNING, Messages.t("preferences.damaged"),
                        Messages.describe(preferencesWarning)));
            }
            if (notOpened != null) {
                Path loose = notOpened;
                window.whenBuilt(() -> window.dialogs().tell(Alert.AlertType.INFORMATION, Messages.t("start.notOpened.title"),
                        Messages.t("start.notOpened.header", loose.getFileName()),
                        Messages.t("start.notOpened", loose, loose.getParent())));
            }
            if (articleFirst) {
                openOnce(folder, window::onPageLoaded);
            } else if (folder != null) {
                openOnce(folder, window::afterFirstFrame);
            }
        });
    }

    /**
     * Lists the library once, when the trigger runs the action it is given, or after three seconds at the latest. With
     * the article read last on its way, the trigger is its page's load; else the window's first frame: either way,
     * the scan (two busy cores on a large library) does not compete with what the window shows first. Started at
     * once, a first open of a 10,000-article folder showed a white window for about 0.7 s.
     */
    private void openOnce(Path folder, Consumer<Runnable> trigger) {
        boolean[] opened = {false};
        Runnable open = () -> {
            if (!opened[0]) {
                opened[0] = true;
                library.open(folder);
            }
        };
        trigger.accept(open);
        PauseTransition fallback = new PauseTransition(Duration.seconds(3));
        fallback.setOnFinished(e -> open.run());
        fallback.play();
    }

    private void traceUntilPainted(MainWindow window, StartupTrace trace) {
        if (!trace.isOn()) {
            return;
        }
        library.fromCacheProperty().addListener((obs, was, now) -> trace.mark("library listed (from cache)"));
        library.loadingProperty().addListener((obs, was, now) -> {
            if (!now) {
                trace.mark("library listed (checked)");
            }
        });
        reader.pageProperty().addListener((obs, was, now) -> trace.mark("article rendered to HTML"));
        window.onPageLoaded(() -> trace.mark("WebView load finished"));
        window.onFirstPagePainted(() -> trace.mark("first paint"));
    }

    /** The executor that runs work on the FX thread. */
    public static java.util.concurrent.Executor fxExecutor() {
        return Platform::runLater;
    }
}
