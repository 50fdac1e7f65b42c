package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.LibraryChangeListener;
import dev.lectern.library.LibraryChanges;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LibraryWatcher;
import dev.lectern.library.LoadedLibrary;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.library.SkippedFile;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open library: loads a folder in the background, streams articles in as they are read,
 * and owns the filter (checked tags, all-of/any-of, text) that decides which articles are shown.
 */
public final class LibraryViewModel {

    private static final System.Logger LOG = System.getLogger(LibraryViewModel.class.getName());

    private final LibraryLoader loader;
    private final Function<LibraryChangeListener, LibraryWatcher> watchers;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<Path> root = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper fromCache = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ArticleFilter filter;
    private final AtomicInteger generation = new AtomicInteger();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private LibraryWatcher watcher;
    private Consumer<LibraryChanges> changeListener = changes -> { };
    private Executor watchStart = Runnable::run;

    /**
     * @param watchers makes a folder watcher for a library once it is loaded (articles added, changed or removed
     *                 outside the app then show up); null for no watching
     */
    public LibraryViewModel(LibraryLoader loader, Function<LibraryChangeListener, LibraryWatcher> watchers,
                            Executor background, Executor fx) {
        this.loader = loader;
        this.watchers = watchers;
        this.background = background;
        this.fx = fx;
        this.filter = new ArticleFilter();
    }

    /** Loads the folder in the background, replacing the current library. */
    public void open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        cancelLoad();
        stopWatching();
        int gen = generation.incrementAndGet();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        filter.clearTags();
        filter.setLibrary(List.of(), TagIndex.build(List.of()));
        fromCache.set(false);
        root.set(dir);
        error.set(null);
        problems.clear();
        if (!Files.isDirectory(dir)) {
            error.set(Files.exists(dir) ? t("library.notFolder", dir) : t("library.noSuchFolder", dir));
            return;
        }
        loading.set(true);
        filter.startStreaming();
        progress.set(-1);
        StreamingListener listener = new StreamingListener(gen);
        background.execute(() -> {
            LoadedLibrary loaded;
            try {
                loaded = loader.load(dir, listener, stop::get);
                TagIndex index = TagIndex.build(loaded.result().articles());
                fx.execute(() -> finish(gen, loaded.result(), index));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "could not load " + dir, e);
                fx.execute(() -> fail(gen, e));
                return;
            }
            // the metadata cache is saved once the list is handed over: the reader does not wait for it
            loaded.afterShown().run();
        });
    }

    /** Stops a running load; what was read so far stays listed. */
    public void cancelLoad() {
        cancelled.set(true);
    }

    private void finish(int gen, ScanResult result, TagIndex index) {
        if (gen != generation.get()) {
            return;
        }
        filter.setLibrary(result.articles(), index);
        List<String> titles = result.articles().stream().map(Article::title).toList();
        background.execute(() -> {
            filter.names().prepare(titles);
            filter.prepareTagNames(index);
        });
        fromCache.set(false);
        List<Problem> found = new ArrayList<>();
        for (Article article : result.articles()) {
            addProblems(article, found);
        }
        for (SkippedFile skipped : result.skipped()) {
            found.add(new Problem(skipped.path(), t("library.skipped", Messages.describe(skipped.problem()))));
        }
        problems.setAll(found);
        progress.set(1);
        loading.set(false);
        watchStart.execute(() -> startWatching(gen, result));
    }

    /** Starts watching a loaded library through this executor (the window holds it back until the first paint). */
    public void deferWatching(Executor when) {
        watchStart = when;
    }

    private void startWatching(int gen, ScanResult result) {
        if (watchers == null || gen != generation.get()) {
            return;
        }
        watcher = watchers.apply(changes -> fx.execute(() -> {
            if (gen == generation.get() && !changes.isEmpty()) {
                applyChanges(gen, changes);
            }
        }));
        try {
            watcher.start(result.root(), result.articles());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + result.root(), e);
        }
    }

    /** Stops following the folder: changes already reported and not yet applied are dropped (the window is closing). */
    public void close() {
        generation.incrementAndGet();
        stopWatching();
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Articles added, changed, renamed or removed outside the app: the list, tags and counts follow. */
    private void applyChanges(int gen, LibraryChanges changes) {
        Map<ArticleId, Article> byId = new LinkedHashMap<>();
        filter.articles().forEach(a -> byId.put(a.id(), a));
        changes.removed().forEach(byId::remove);
        changes.addedOrChanged().forEach(a -> byId.put(a.id(), a));
        List<Article> updated = new ArrayList<>(byId.values());
        background.execute(() -> {
            updated.sort(LibraryScanner.ORDER);
            TagIndex index = TagIndex.build(updated);
            fx.execute(() -> {
                if (gen == generation.get()) {
                    filter.setLibrary(updated, index);
                    updateProblems(changes);
                    changeListener.accept(changes);
                }
            });
        });
    }

    /** The problems of changed files are told anew, those of removed ones go: the warnings link follows the folder. */
    private void updateProblems(LibraryChanges changes) {
        Set<String> touched = new HashSet<>();
        changes.removed().forEach(id -> touched.add(id.path()));
        changes.addedOrChanged().forEach(article -> touched.add(article.id().path()));
        List<Problem> now = new ArrayList<>();
        for (Problem problem : problems) {
            if (!touched.contains(problem.path())) {
                now.add(problem);
            }
        }
        changes.addedOrChanged().forEach(article -> addProblems(article, now));
        if (!now.equals(problems)) {
            problems.setAll(now);
        }
    }

    private static void addProblems(Article article, List<Problem> to) {
        article.warnings().forEach(w -> to.add(new Problem(article.id().path(), Messages.describe(w))));
    }

    /** Told (on the FX thread) after changes from the folder watcher were applied. */
    public void setOnLibraryChanged(Consumer<LibraryChanges> listener) {
        changeListener = listener;
    }

    private void fail(int gen, Exception e) {
        if (gen == generation.get()) {
            fromCache.set(false);
            filter.keepStreamed();
            error.set(t("library.openFailed", root.get(), e.getMessage()));
            progress.set(1);
            loading.set(false);
        }
    }

    /** Collects articles on scanner threads and hands them to the FX thread in batches. */
    private final class StreamingListener implements ScanListener {
        private final int gen;
        private final ConcurrentLinkedQueue<Article> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean flushScheduled = new AtomicBoolean();
        private final AtomicInteger loaded = new AtomicInteger();
        private volatile int expected;

        StreamingListener(int gen) {
            this.gen = gen;
        }

        @Override
        public void discovered(int fileCount) {
            expected = fileCount;
        }

        @Override
        public void cached(List<Article> articles) {
            TagIndex index = TagIndex.build(articles);
            fx.execute(() -> {
                if (gen == generation.get() && loading.get()) {
                    filter.setLibrary(articles, index);
                    fromCache.set(true);
                }
            });
        }

        @Override
        public void loaded(Article article) {
            pending.add(article);
            loaded.incrementAndGet();
            if (flushScheduled.compareAndSet(false, true)) {
                fx.execute(this::flush);
            }
        }

        private void flush() {
            flushScheduled.set(false);
            List<Article> batch = new ArrayList<>();
            for (Article a = pending.poll(); a != null; a = pending.poll()) {
                batch.add(a);
            }
            if (gen == generation.get() && loading.get()) {
                if (!fromCache.get()) {
                    filter.stream(batch);
                }
                progress.set(expected == 0 ? -1 : Math.min(1.0, loaded.get() / (double) expected));
            }
        }
    }

    public ArticleFilter filter() {
        return filter;
    }

    public ReadOnlyObjectProperty<Path> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public Path getRoot() {
        return root.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * True while the list shows the library as the metadata cache remembers it, before the folder walk has
     * confirmed it (articles changed since then follow when the load finishes).
     */
    public ReadOnlyBooleanProperty fromCacheProperty() {
        return fromCache.getReadOnlyProperty();
    }

    /** Fraction of files read, or -1 while the folder is still being walked. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** A message for the user when the folder cannot be opened, else null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Files with warnings or skipped, one entry per problem. */
    public ObservableList<Problem> problems() {
        return readOnlyProblems;
    }

    /** Convenience for the tag tree and tag chips. */
    public void showOnlyTag(TagRef ref) {
        filter.showOnly(ref);
    }

    /** A problem met while loading one file. */
    public record Problem(String path, String message) {
    }
}
