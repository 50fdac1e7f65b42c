package dev.lectern.app;

import dev.lectern.app.bench.BenchCommand;
import dev.lectern.app.cli.AnnotationCommands;
import dev.lectern.app.cli.CommandLine;
import dev.lectern.app.cli.ImportCommand;
import dev.lectern.app.cli.NoDisplay;
import dev.lectern.app.cli.RenderCommand;
import dev.lectern.app.cli.ScanCommand;
import dev.lectern.app.cli.SearchCommand;
import dev.lectern.library.ArticleReader;
import dev.lectern.library.CacheFolder;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.LibraryWatcher;
import dev.lectern.library.MetadataCache;
import dev.lectern.render.PageRenderer;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SourceFiles;
import dev.lectern.store.AnnotationFileChoices;
import dev.lectern.store.AnnotationLocations;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.FileErrors;
import dev.lectern.store.Preferences;
import dev.lectern.store.PreferencesFile;
import dev.lectern.store.PreferencesSaver;
import dev.lectern.store.ReadingMemory;
import dev.lectern.store.ReadingStateFile;
import dev.lectern.ui.annotations.AnnotationStores;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.ArticleTexts;
import dev.lectern.ui.annotations.RenameFollower;
import dev.lectern.ui.common.InterfaceLocale;
import dev.lectern.ui.common.Messages;
import dev.lectern.ui.common.StartupTrace;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.LastPage;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import dev.lectern.ui.window.AppInfo;
import dev.lectern.ui.window.LecternDesktop;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/** The entry point: runs a command-line command, or wires the services and opens the reader. */
public final class Main {

    static final String VERSION = "0.1.0";

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace trace = StartupTrace.fromSystemProperty(System.out);
        trace.mark("main entered");
        // AWT only lays out formulas and code tokens off screen (JLaTeXMath, RSyntaxTextArea); it must never open
        // a display connection beside JavaFX's
        System.setProperty("java.awt.headless", "true");
        // pages are local files: WebKit's HTTP/2 loader would set up the JDK's HttpClient and TLS (about 300 classes)
        // for the first page load; the classic loader reads file: URLs without them
        System.setProperty("com.sun.webkit.useHTTP2Loader", "false");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("lectern: " + e.getMessage());
            if (CommandLine.usageFollows(e)) {
                err.print(CommandLine.USAGE);
            }
            // a folder or article that is not there fails as a command's missing file does; other mistakes are usage
            System.exit(e instanceof CommandLine.NoSuchPlace ? 1 : 2);
            return;
        }
        try {
            switch (line.command()) {
                case HELP -> out.print(CommandLine.USAGE);
                case VERSION -> out.println("Lectern " + VERSION);
                case SCAN -> System.exit(ScanCommand.standard(out).run(line.path(), line.json()));
                case RENDER -> System.exit(new RenderCommand(new ArticleReader(),
                        new PageRenderer(Messages.defaultPageWords()), out).run(line.path(), line.library()));
                case EXPORT -> System.exit(AnnotationCommands.standard(out).export(line.library(), line.annotations(),
                        line.format(), line.out()));
                case IMPORT -> System.exit(new ImportCommand(new ArticleTexts(new ArticleReader(), new PageRenderer()), out,
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)))
                        .run(line.library(), line.annotations(), line.path(), line.choice()));
                case NOTE -> System.exit(AnnotationCommands.standard(out).note(line.library(), line.annotations(),
                        line.path(), "write".equals(line.choice())));
                case ANNOTATIONS -> System.exit(AnnotationCommands.standard(out).list(line.library(), line.annotations()));
                case SEARCH -> System.exit(SearchCommand.standard(out).run(line.path(), line.query(), line.json(), line.limit()));
                case BENCH -> System.exit(new BenchCommand(BenchCommand.sharedCorpus()).run(line.articles(), line.path(), line.json(), out));
                case OPEN -> openReader(line.path(), line.annotations(), line.exitAfterFirstRender(), trace);
            }
        } catch (Exception e) {
            String noDisplay = NoDisplay.message(e, System.getenv("DISPLAY"));
            // a file's exception says what is wrong with it, not only its path ("/x.json: no such file")
            err.println("lectern: " + (noDisplay != null ? noDisplay : FileErrors.describe(e)));
            System.exit(1);
        }
    }

    private static void openReader(Path folder, Path annotationFile, boolean exitAfterFirstRender, StartupTrace trace) {
        // the toolkit comes up on its own thread while the preferences are read and the services below are wired (it
        // reads no words of the interface: controls read their language when they are made, after the locale is set)
        CompletableFuture<Void> toolkit = LecternDesktop.startToolkit();
        PreferencesFile preferencesFile = PreferencesFile.forCurrentUser();
        PreferencesFile.Loaded preferences = preferencesFile.load();
        String language = preferences.preferences().language();
        if (!Preferences.SYSTEM_LANGUAGE.equals(language)) {
            Locale.setDefault(InterfaceLocale.of(language));
        }
        StartPlace start = StartPlace.of(folder, preferences.preferences(), defaultLibrary(),
                Path.of(System.getProperty("user.home")));
        Path dir = start.library();
        int cores = Runtime.getRuntime().availableProcessors();
        LecternThreads threads = new LecternThreads(LecternThreads.LOGGED);
        threads.reportUncaughtEverywhere();
        ExecutorService background = Executors.newCachedThreadPool(threads.named("lectern-background"));
        ArticleReader reader = new ArticleReader();
        // the first use of Messages fixes the interface language: set the default locale before this line
        PageRenderer renderer = new PageRenderer(Messages.defaultPageWords());
        MetadataCache metadataCache = new MetadataCache(CacheFolder.forCurrentUser());
        CachedLibraryLoader loader = new CachedLibraryLoader(reader, cores, metadataCache);
        LibraryViewModel library = new LibraryViewModel(loader::read, listener -> new LibraryWatcher(reader, listener),
                background, LecternDesktop.fxExecutor());
        // the annotation file and the reading state are written on this thread, one save at a time, never the FX one
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(threads.named("lectern-saver"));
        ReaderViewModel readerModel = new ReaderViewModel(reader, renderer, background, LecternDesktop.fxExecutor(),
                new ReadingMemory(ReadingStateFile.defaultFile(), saver),
                new LastPage(CacheFolder.forCurrentUser().resolve("last-page.bin"), Main::buildStamp));
        AnnotationsViewModel annotations = new AnnotationsViewModel(
                new RenameFollower(new ArticleTexts(reader, renderer)::of, metadataCache), background,
                LecternDesktop.fxExecutor());
        // a logout or shutdown (SIGTERM) closes no window: what is in the annotation file's store, a note being typed
        // included, is written on the way out
        Runtime.getRuntime().addShutdownHook(new Thread(annotations::saveAtShutdown, "lectern-annotations-at-shutdown"));
        // the file given with --annotations is this library's from now on, also when it is reopened without it (Open
        // Recent, a plain lectern); another library opened meanwhile keeps its own
        AnnotationFileChoices choices = AnnotationFileChoices.forCurrentUser();
        Path chosenFor = dir == null ? null : dir.toAbsolutePath().normalize();
        if (annotationFile != null && chosenFor != null) {
            choices.remember(chosenFor, annotationFile);
        }
        AnnotationStores stores = root -> AnnotationStore.open(
                annotationFile != null && (chosenFor == null || chosenFor.equals(root.toAbsolutePath().normalize()))
                        ? annotationFile : choices.fileFor(root), root, saver, Clock.systemUTC());
        saver.scheduleWithFixedDelay(threads.keepGoing("Checking the annotation file for outside changes",
                () -> checkForExternalChange(annotations)), 2, 2, TimeUnit.SECONDS);
        Consumer<Runnable> firstPaint = quit -> {
            trace.mark("first paint");
            if (exitAfterFirstRender) {
                long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-render-ms=" + (System.currentTimeMillis() - jvmStart));
                System.out.flush();
                // quit as Ctrl+Q does, so that the next start is the usual one (the build's training run of the
                // start-up cache needs that: src/packaging/train-aot-cache.sh), then end at once
                quit.run();
                Runtime.getRuntime().halt(0);
            }
            // the rest of the renderer (code colouring, tables, notes: what the first article did not use) and the
            // formulas' fonts warm up after the first article is painted, not in competition with it
            background.execute(() -> {
                renderer.warmUp();
                renderer.warmUpMath();
            });
        };
        SearchViewModel search = new SearchViewModel(root -> SearchIndex.open(SearchIndex.folderFor(CacheFolder.forCurrentUser(), root),
                SourceFiles.under(root, reader)),
                new IndexBuilder(reader, cores), library.filter(), serial(threads, "lectern-index"),
                serial(threads, "lectern-search"),
                LecternDesktop.fxExecutor());
        AppInfo info = new AppInfo(VERSION, CacheFolder.forCurrentUser(), AnnotationLocations.forCurrentUser().dataFolder(),
                preferencesFile.file());
        trace.mark("services wired");
        new LecternDesktop(library, readerModel, annotations, stores, new SystemBrowser(), search, info,
                new PreferencesSaver(preferencesFile, start.preferences(), saver),
                preferences.warning().orElse(null)).notOpened(start.notOpened()).launch(toolkit, dir, firstPaint, trace);
    }

    /**
     * What tells this build of Lectern from another, for the copy of the last page: the version and a checksum of the
     * renderer's main classes and stylesheet, the same in the jar and the packaged app of one build. (A change they do
     * not show is still caught: the copy is checked by a render once the list opens the article.)
     */
    static String buildStamp() {
        CRC32 sum = new CRC32();
        for (String name : new String[] {"PageRenderer.class", "PageTemplate.class", "MarkdownEngine.class",
            "SourceRewriter.class", "SiteTags.class", "HtmlSanitizer.class", "reader.css"}) {
            try (InputStream in = PageRenderer.class.getResourceAsStream(name)) {
                if (in != null) {
                    sum.update(in.readAllBytes());
                }
            } catch (IOException e) {
                return VERSION + " unknown " + System.nanoTime(); // matches no copy: the page is rendered
            }
        }
        return VERSION + " " + Long.toHexString(sum.getValue());
    }

    private static ExecutorService serial(LecternThreads threads, String name) {
        return Executors.newSingleThreadExecutor(threads.named(name));
    }

    /** Another window or a sync tool may have changed the annotation file: merge it in. */
    private static void checkForExternalChange(AnnotationsViewModel annotations) {
        AnnotationStore store = annotations.store();
        if (store != null) {
            try {
                store.checkForExternalChange();
            } catch (Exception e) {
                System.getLogger(Main.class.getName()).log(System.Logger.Level.WARNING, "could not check " + store.file(), e);
            }
        }
    }

    /** ./content when it exists (the bundled sample library), otherwise no folder yet. */
    private static Path defaultLibrary() {
        Path content = Path.of("content");
        return Files.isDirectory(content) ? content : null;
    }
}
