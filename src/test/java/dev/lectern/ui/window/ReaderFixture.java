package dev.lectern.ui.window;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LibraryWatcher;
import dev.lectern.render.PageRenderer;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SourceFiles;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.PreferencesSaver;
import dev.lectern.store.ReadingMemory;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.ArticleTexts;
import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.library.LibraryLoader;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.PagePrinter;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The main window wired as the app wires it (plain scanner, a test annotation file, a fake browser), for TestFX tests. */
final class ReaderFixture {

    final LibraryViewModel library;
    final ReaderViewModel reader;
    final AnnotationsViewModel annotations;
    final SearchViewModel search;
    final List<URI> opened = new ArrayList<>();
    /** What was handed to the desktop besides links: "open " or "show " and an article's file. */
    final List<String> desktop = new ArrayList<>();
    /** Whether the desktop has a program to open links and files with (false: as without xdg-open or a browser). */
    volatile boolean desktopOpens = true;
    /** How many times the window asked for a print job. */
    final java.util.concurrent.atomic.AtomicInteger printRequests = new java.util.concurrent.atomic.AtomicInteger();
    final Stage stage;
    final MainWindow window;
    /** Added to the real clock the window times reading with: tests move time on without waiting. */
    private final java.util.concurrent.atomic.AtomicLong clockOffset = new java.util.concurrent.atomic.AtomicLong();
    /** The search's own threads: its index lives in the test's scratch folder until they have closed it. */
    private final ExecutorService indexing = serial();
    private final ExecutorService querying = serial();
    /** Every window built since the last {@link #closeAll()}. */
    private static final List<ReaderFixture> BUILT = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Builds and shows the window; call on the FX thread (a TestFX start method). */
    ReaderFixture(Stage stage, ExecutorService background, Path annotationFile, boolean watchFolder) {
        this(stage, background, annotationFile, watchFolder, null);
    }

    /** Holds back the reading of the annotation file until counted down (a slow disk); open by default. */
    volatile java.util.concurrent.CountDownLatch annotationFileRead = new java.util.concurrent.CountDownLatch(0);

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bundled sample library. */
    static final Path SAMPLES = Path.of("content").toAbsolutePath();

    /** A window with a fresh annotation file in the scratch folder, opening the sample library; call on the FX thread. */
    static ReaderFixture onSamples(Stage stage, ExecutorService background, Path scratch) throws java.io.IOException {
        ReaderFixture window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false);
        window.library.open(SAMPLES);
        return window;
    }

    /** Builds and shows the window as the preferences left it (as the app does), when preferences are given. */
    ReaderFixture(Stage stage, ExecutorService background, Path annotationFile, boolean watchFolder,
                  PreferencesSaver preferences) {
        this(stage, background, annotationFile, watchFolder, preferences, null);
    }

    /** As above, loading libraries through the given loader (null: a plain scanner). */
    ReaderFixture(Stage stage, ExecutorService background, Path annotationFile, boolean watchFolder,
                  PreferencesSaver preferences, LibraryLoader loader) {
        this(stage, background, annotationFile, watchFolder, preferences, loader, fixture -> { });
    }

    /** As above, with something done to the built window before it is shown (as the app's start-up does). */
    ReaderFixture(Stage stage, ExecutorService background, Path annotationFile, boolean watchFolder,
                  PreferencesSaver preferences, LibraryLoader loader, java.util.function.Consumer<ReaderFixture> beforeShow) {
        this(stage, background, annotationFile, watchFolder, preferences, loader, beforeShow, new ReadingMemory());
    }

    /** As above, keeping the reading state in this memory (one with a file: what a restart would read). */
    ReaderFixture(Stage stage, ExecutorService background, Path annotationFile, boolean watchFolder,
                  PreferencesSaver preferences, LibraryLoader loader, java.util.function.Consumer<ReaderFixture> beforeShow,
                  ReadingMemory memory) {
        this.stage = stage;
        ArticleReader articles = new ArticleReader();
        PageRenderer renderer = new PageRenderer();
        library = new LibraryViewModel(loader != null ? loader : LibraryLoader.scanning(new LibraryScanner(articles, 2)),
                watchFolder ? listener -> new LibraryWatcher(articles, listener) : null, background, Platform::runLater);
        reader = new ReaderViewModel(articles, renderer, background, Platform::runLater, memory);
        annotations = new AnnotationsViewModel(new ArticleTexts(articles, renderer), background, Platform::runLater);
        search = new SearchViewModel(root -> SearchIndex.open(Files.createTempDirectory(annotationFile.getParent(), "search"), SourceFiles.under(root, new ArticleReader())),
                new IndexBuilder(articles, 2), library.filter(), indexing, querying, Platform::runLater);
        window = new MainWindow(library, reader, annotations,
                dir -> {
                    awaitQuietly(annotationFileRead);
                    return AnnotationStore.open(annotationFile, dir, null, Clock.systemUTC());
                }, new LinkOpener() {
                    @Override
                    public java.util.concurrent.CompletionStage<Boolean> open(URI uri) {
                        opened.add(uri);
                        return java.util.concurrent.CompletableFuture.completedFuture(desktopOpens);
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<Boolean> openFile(Path file) {
                        desktop.add("open " + file);
                        return java.util.concurrent.CompletableFuture.completedFuture(desktopOpens);
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<Boolean> showInFolder(Path file) {
                        desktop.add("show " + file);
                        return java.util.concurrent.CompletableFuture.completedFuture(desktopOpens);
                    }
                }, new PagePrinter(() -> {
                    printRequests.incrementAndGet();
                    return null; // as on a computer with no printer: a test never opens the system's print dialog
                }, (job, owner) -> false, Runnable::run), search,
                new AppInfo("test", annotationFile.getParent(), annotationFile.getParent(), null),
                preferences == null ? null : new PreferencesBinder(preferences, library, reader),
                () -> MainWindow.monotonicMillis() + clockOffset.get());
        beforeShow.accept(this);
        window.show(stage);
        stage.setOnHidden(e -> {
            annotations.close();
            search.close();
        });
        stage.requestFocus();
        BUILT.add(this);
    }

    /**
     * Closes every window built since the last call, as the user closing it would (its library stops watching, its
     * search closes its index), and waits until each search index is closed: the index is written in the test's
     * scratch folder, and deleting that folder under a running build fails the build's commit. Call it first in an
     * {@code @AfterEach}, while the test's executors still run.
     */
    static void closeAll() throws Exception {
        List<ReaderFixture> built = new ArrayList<>(BUILT);
        BUILT.clear();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> built.forEach(fixture -> {
            if (fixture.stage.isShowing()) {
                fixture.stage.close();
            }
            // the stage is TestFX's primary one, which the next test class shows and hides again: this window's
            // search is closed now and its executors are stopped below
            fixture.stage.setOnHidden(null);
            fixture.library.close();
        })).get(10, java.util.concurrent.TimeUnit.SECONDS);
        for (ReaderFixture fixture : built) {
            for (ExecutorService search : List.of(fixture.indexing, fixture.querying)) {
                search.shutdown();
                if (!search.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the search of a closed window did not stop in 30 s");
                }
            }
        }
    }

    /** Moves the window's reading clock on by this much, then lets the progress tracker look at the page (FX thread). */
    void passTime(long millis) {
        clockOffset.addAndGet(millis);
        window.progress().look();
    }

    private static ExecutorService serial() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "test-search");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the reader's own script in the page once it has loaded; null before. */
    static Object script(FxRobot robot, WebView web, String js) {
        Object[] result = new Object[1];
        robot.interact(() -> {
            Worker.State state = web.getEngine().getLoadWorker().getState();
            if (state == Worker.State.SUCCEEDED || state == Worker.State.CANCELLED) {
                result[0] = web.getEngine().executeScript(js);
            }
        });
        return result[0];
    }

    /** The article title shown in the page header, or null while no page is loaded. */
    static String pageTitle(FxRobot robot, WebView web) {
        return (String) script(robot, web, "document.querySelector('h1') ? document.querySelector('h1').textContent.trim() : ''");
    }

    /** The screen point at the centre of the first line of the first element matching the selector, scrolled into view. */
    static Point2D pointOf(FxRobot robot, WebView web, String selector) {
        double[] xy = new double[2];
        robot.interact(() -> {
            web.getEngine().executeScript("document.querySelector(\"" + selector + "\").scrollIntoView(false)");
            String rect = (String) web.getEngine().executeScript("(function(){var r=document.querySelector(\""
                    + selector + "\").getClientRects()[0];return (r.left+r.width/2)+','+(r.top+r.height/2);})()");
            String[] parts = rect.split(",");
            Point2D screen = web.localToScreen(Double.parseDouble(parts[0]) * web.getZoom(),
                    Double.parseDouble(parts[1]) * web.getZoom());
            xy[0] = screen.getX();
            xy[1] = screen.getY();
        });
        return new Point2D(xy[0], xy[1]);
    }
}
