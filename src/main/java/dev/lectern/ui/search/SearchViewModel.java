package dev.lectern.ui.search;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.LibraryChanges;
import dev.lectern.library.ScanResult;
import dev.lectern.library.TagIndex;
import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchHit;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchResults;
import dev.lectern.search.TextMatches;
import dev.lectern.ui.common.ShownArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Full-text search over the open library. The index is built in the background once a library has loaded
 * (only changed articles are read again), then follows the folder watcher and the reader's highlights. The
 * query typed in the search field runs on its own thread, limited to the articles the checked tags allow.
 */
public final class SearchViewModel {

    /**
     * Results fetched at a time: the first page, then one more each time the list is scrolled near its end. Each
     * result's snippet is cut from its file, so a page of 50 (four screens of results) shows four times sooner than
     * one of 200 would.
     */
    static final int PAGE = 50;
    private static final System.Logger LOG = System.getLogger(SearchViewModel.class.getName());

    private final SearchIndexes indexes;
    private final IndexBuilder builder;
    private final Executor indexing;
    private final Executor querying;
    private final Executor fx;
    private final ShownArticles filter;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ObservableList<SearchResult> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper totalExact = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper answering = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger queryGeneration = new AtomicInteger();
    private final AnnotationTexts fedNotes = new AnnotationTexts();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private volatile List<Annotation> annotations = List.of();
    /** Used on the indexing thread, and read by the query thread. */
    private volatile SearchIndex index;
    private Path indexedRoot;
    private String lastQuery;
    /** The page being fetched beyond those shown (its offset), or -1: one at a time. */
    private int loadingFrom = -1;
    /** The articles the checked tags allow (null: all), worked out when the filter changes, not on every key typed. */
    private Set<ArticleId> allowed;

    /**
     * @param indexing runs opening, building and updating the index, one task at a time in order
     * @param querying runs searches, one at a time
     */
    public SearchViewModel(SearchIndexes indexes, IndexBuilder builder, ShownArticles filter,
                           Executor indexing, Executor querying, Executor fx) {
        this.indexes = indexes;
        this.builder = builder;
        this.filter = filter;
        this.indexing = indexing;
        this.querying = querying;
        this.fx = fx;
        query.addListener((obs, was, now) -> search());
        answering.bind(ready.and(Bindings.createBooleanBinding(() -> !query.get().isBlank(), query)));
        filter.revisionProperty().addListener((obs, was, now) -> allowedChanged());
    }

    /** A library has (re)loaded: brings its index up to date in the background, then searches are answered. */
    public void libraryLoaded(Path root, List<Article> articles) {
        int gen = generation.incrementAndGet();
        cancelled.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        ready.set(false);
        progress.set(0);
        status.set(t("search.building"));
        search();
        indexing.execute(() -> build(gen, root, articles, stop));
    }

    private void build(int gen, Path root, List<Article> articles, AtomicBoolean stop) {
        try {
            if (!root.equals(indexedRoot)) {
                closeIndex();
                index = indexes.openFor(root);
                indexedRoot = root;
                fedNotes.reset();
            } else if (index.isShared()) {
                takeOverIfFree(root);
            }
            if (index.isShared()) {
                // a second window on this library: the first one's index is searched here, and kept by that window
                index.warmUp();
                fx.execute(() -> {
                    finished(gen, null);
                    if (gen == generation.get()) {
                        status.set(t("search.shared"));
                    }
                });
                return;
            }
            AtomicInteger shown = new AtomicInteger(-1);
            List<ArticleId> textless = new java.util.concurrent.CopyOnWriteArrayList<>();
            builder.build(new ScanResult(root, articles, List.of()), index, new IndexBuilder.Progress() {
                @Override
                public void indexed(int done, int total) {
                    int percent = total == 0 ? 100 : done * 100 / total;
                    if (shown.getAndSet(percent) != percent) {
                        fx.execute(() -> showProgress(gen, percent));
                    }
                }

                @Override
                public void notIndexed(ArticleId id, String why) {
                    textless.add(id);
                }
            }, () -> stop.get() || gen != generation.get());
            feedNotes();
            fx.execute(() -> finished(gen, null));
            if (!textless.isEmpty()) {
                fx.execute(() -> notIndexed(gen, textless));
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "search index of " + root + " not built", e);
            String why = t("search.unavailable", e.getMessage());
            fx.execute(() -> finished(gen, why));
        }
    }

    private void showProgress(int gen, int percent) {
        if (gen == generation.get() && !ready.get()) {
            progress.set(percent / 100.0);
            status.set(t("search.progress", percent));
        }
    }

    private void finished(int gen, String failure) {
        if (gen != generation.get()) {
            return;
        }
        ready.set(failure == null);
        progress.set(1);
        status.set(failure == null ? "" : failure);
        allowed = filter.tagSelectionIds();
        searchAgain();
    }

    /** Tells the reader which articles are findable by title and tags only (their text made the indexer fail). */
    private void notIndexed(int gen, List<ArticleId> textless) {
        if (gen == generation.get()) {
            status.set(t("search.notIndexed", textless.size(), textless.get(0).path()));
        }
    }

    /**
     * Follows articles added, changed or removed outside the app. With an index another window kept, and that window
     * since closed, this one takes the index over and brings it up to date.
     */
    public void apply(Path root, LibraryChanges changes) {
        indexing.execute(() -> {
            if (index == null || !root.equals(indexedRoot)) {
                return;
            }
            if (index.isShared()) {
                if (takeOverIfFree(root)) {
                    fx.execute(() -> libraryLoaded(root, filter.articles()));
                }
                return;
            }
            try {
                List<ArticleId> textless = new java.util.ArrayList<>();
                int gen = generation.get();
                builder.apply(root, changes, index, new IndexBuilder.Progress() {
                    @Override
                    public void indexed(int done, int total) {
                    }

                    @Override
                    public void notIndexed(ArticleId id, String why) {
                        textless.add(id);
                    }
                });
                fx.execute(this::searchAgain);
                if (!textless.isEmpty()) {
                    fx.execute(() -> notIndexed(gen, textless));
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "search index not updated", e);
            }
        });
    }

    /** The reader's highlights and notes changed: their words become searchable with their articles. */
    public void setAnnotations(List<Annotation> live) {
        annotations = List.copyOf(live);
        indexing.execute(() -> {
            if (feedNotes()) {
                fx.execute(this::searchAgain);
            }
        });
    }

    private boolean feedNotes() {
        SearchIndex target = index;
        if (target == null || target.isShared()) {
            return false;
        }
        Map<ArticleId, List<String>> changed = fedNotes.changes(annotations);
        try {
            for (Map.Entry<ArticleId, List<String>> entry : changed.entrySet()) {
                target.setAnnotations(entry.getKey(), entry.getValue());
            }
            if (!changed.isEmpty()) {
                target.commit();
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "highlight notes not indexed", e);
        }
        return !changed.isEmpty();
    }

    private void searchAgain() {
        lastQuery = null;
        search();
    }

    /** Runs the query (when it or the tag selection changed) on the query thread; its first page replaces the list. */
    private void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty() || !ready.get()) {
            lastQuery = null;
            queryGeneration.incrementAndGet();
            loadingFrom = -1;
            results.clear();
            total.set(0);
            totalExact.set(true);
            return;
        }
        if (text.equals(lastQuery)) {
            return;
        }
        lastQuery = text;
        fetch(queryGeneration.incrementAndGet(), text, 0);
    }

    /**
     * Articles whose titles (or their pinyin) match a text, for the go-to box; null until the index is open, or while
     * it is built and holds none of them yet (the box then looks through the titles itself). Query thread.
     */
    private List<ArticleId> findTitles(String text, int limit) {
        SearchIndex target = index;
        if (target == null) {
            return null;
        }
        try {
            List<ArticleId> found = target.findTitles(text, limit);
            // an index being built (the first minute of a large library) holds some titles only: none found yet is
            // no answer, and the titles on screen are looked through instead
            return found.isEmpty() && !ready.get() ? null : found;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "go to " + text + " failed", e);
            return List.of();
        }
    }

    /**
     * Looks on the query thread for the articles whose text holds a phrase (a search query: best first, at most limit),
     * gives each one's markdown body to keep there, off the FX thread, and hands the kept ones to the FX thread; none
     * while the index is not open. An article that cannot be read is not kept. Once wanted turns false, the files left
     * are not read and then is not called.
     */
    public void articlesHolding(Supplier<List<String>> phrases, int limit, BooleanSupplier wanted,
                                BiPredicate<ArticleId, String> keep, Consumer<List<ArticleId>> then) {
        querying.execute(() -> {
            List<ArticleId> kept = new ArrayList<>();
            Set<ArticleId> read = new HashSet<>();
            SearchIndex target = index;
            try {
                for (String phrase : target == null || !wanted.getAsBoolean() ? List.<String>of() : phrases.get()) {
                    for (ArticleId id : target.ids(phrase, limit)) {
                        if (!wanted.getAsBoolean()) {
                            return; // another article's links are wanted now: the searches typed meanwhile wait no longer
                        }
                        if (read.add(id)) {
                            keepIf(keep, target, id, kept);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "looking for the articles linking to one failed", e);
            }
            fx.execute(() -> then.accept(kept));
        });
    }

    private static void keepIf(BiPredicate<ArticleId, String> keep, SearchIndex target, ArticleId id, List<ArticleId> kept) {
        try {
            if (keep.test(id, target.source(id).body())) {
                kept.add(id);
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.DEBUG, "not read for links: " + id + ": " + e);
        }
    }

    /**
     * A model for a go-to box, answered from this library's index on the query thread; tags gives the library's tags,
     * root its folder (whose notes' aliases it finds when the library is a vault).
     */
    public QuickOpenViewModel newQuickOpen(Supplier<TagIndex> tags, Supplier<Path> root) {
        QuickOpenViewModel box = new QuickOpenViewModel(this::findTitles, filter, tags, root, querying, indexing, fx);
        // what was typed before the index was open is looked up again in it (pinyin, initials, both scripts)
        ready.addListener((obs, was, now) -> {
            if (now) {
                box.findAgain();
            }
        });
        return box;
    }

    /** Fetches the next page of the current search when more were found than are listed; nothing while one is coming. */
    public void loadMore() {
        int from = results.size();
        if (lastQuery == null || loadingFrom >= 0 || from >= total.get()) {
            return;
        }
        fetch(queryGeneration.get(), lastQuery, from);
    }

    private void fetch(int gen, String text, int from) {
        loadingFrom = from;
        Set<ArticleId> within = allowed;
        SearchIndex target = index;
        querying.execute(() -> {
            if (gen != queryGeneration.get()) {
                return;
            }
            try {
                SearchResults page = target.search(text, from, PAGE, within);
                fx.execute(() -> show(gen, from, page));
                if (from == 0 && !page.exact()) {
                    querying.execute(() -> count(gen, text, within, target));
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "search for " + text + " failed", e);
                fx.execute(() -> loadingFrom = gen == queryGeneration.get() ? -1 : loadingFrom);
            }
        });
    }

    /** Counts what a search found exactly, after its first page was shown with an estimated total; stops when a newer search starts. */
    private void count(int gen, String text, Set<ArticleId> within, SearchIndex target) {
        try {
            int counted = target.count(text, within, () -> gen != queryGeneration.get());
            if (counted >= 0) {
                fx.execute(() -> {
                    if (gen == queryGeneration.get()) {
                        total.set(counted);
                        totalExact.set(true);
                    }
                });
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "counting the results of " + text + " failed", e);
        }
    }

    /** The checked tags or the library changed: searches again when that changes which articles may be found. */
    private void allowedChanged() {
        if (!ready.get()) {
            return;
        }
        Set<ArticleId> now = filter.tagSelectionIds();
        if (!Objects.equals(now, allowed)) {
            allowed = now;
            searchAgain();
        }
    }

    private void show(int gen, int from, SearchResults page) {
        if (gen != queryGeneration.get() || from != loadingFrom) {
            return;
        }
        loadingFrom = -1;
        List<SearchResult> found = new ArrayList<>(page.hits().size());
        for (SearchHit hit : page.hits()) {
            Article article = filter.find(hit.id());
            if (article != null) {
                found.add(new SearchResult(article, hit.snippet(), hit.matches(),
                        TextMatches.ofQuery(lastQuery, article.title())));
            }
        }
        if (from == 0) {
            results.setAll(found);
        } else {
            results.addAll(found);
        }
        if (from == 0 || page.exact() || !totalExact.get()) {
            total.set(page.total());
            totalExact.set(page.exact());
        }
    }

    /**
     * On the indexing thread, with a shared index: opens it again and keeps the new one when no other window holds it
     * now (that window has closed). Whether this window writes the index from now on.
     */
    private boolean takeOverIfFree(Path root) {
        try {
            SearchIndex again = indexes.openFor(root);
            if (again.isShared()) {
                again.close();
                return false;
            }
            closeIndex();
            index = again;
            indexedRoot = root;
            fedNotes.reset();
            return true;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "search index still kept by another window", e);
            return false;
        }
    }

    private void closeIndex() {
        if (index != null) {
            try {
                index.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "search index not closed cleanly", e);
            }
            index = null;
            indexedRoot = null;
        }
    }

    /** Closes the index (waits for nothing: queued work finds it closed). */
    public void close() {
        generation.incrementAndGet();
        cancelled.set(true);
        indexing.execute(this::closeIndex);
    }

    /** The search text; blank for none. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The articles found for the query, best first; empty while the query is blank or the index not ready. */
    public ObservableList<SearchResult> results() {
        return readOnlyResults;
    }

    /** How many articles the search found in all; {@link #results()} lists the best of them, more on {@link #loadMore()}. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** False while {@link #totalProperty()} is an estimate, the exact count still coming (found only inside words, checked against the files). */
    public ReadOnlyBooleanProperty totalExactProperty() {
        return totalExact.getReadOnlyProperty();
    }

    /** True once the open library's index is built and answers searches. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while the index answers a query: its results are what the list shows. */
    public ReadOnlyBooleanProperty answeringProperty() {
        return answering.getReadOnlyProperty();
    }

    /** How far the index build has come, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What to tell the user about the index (building, unavailable), or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
