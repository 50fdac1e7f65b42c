package dev.lectern.search;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.ArticleSource;
import dev.lectern.library.LibraryChanges;
import dev.lectern.library.ScanResult;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Indexes the articles of a scan in parallel, reporting progress, then commits. Call it off the UI thread. */
public final class IndexBuilder {

    /** Told how far indexing has come; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void indexed(int done, int total);

        /** The article's text could not be indexed (it is findable by title and tags only); why is for the reader. */
        default void notIndexed(ArticleId id, String why) {
        }
    }

    /** Reads an article's front matter and body for indexing. */
    @FunctionalInterface
    public interface SourceReader {
        ArticleSource read(Path root, ArticleId id) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(IndexBuilder.class.getName());
    private static final ArticleSource NO_TEXT = new ArticleSource("", "");

    private final SourceReader reader;
    private final int parallelism;

    public IndexBuilder(ArticleReader reader, int parallelism) {
        this(reader::readSource, parallelism);
    }

    /** A builder reading articles through reader (tests inject failures here). */
    public IndexBuilder(SourceReader reader, int parallelism) {
        this.reader = reader;
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Brings the index in line with a scan: reads and indexes every article whose file changed since it was
     * indexed (or that is new), removes articles no longer in the scan, then commits. An article that can no
     * longer be read is logged and left out. Any Throwable from one article (a StackOverflowError or OutOfMemoryError
     * from a hostile file, a failing tokenizer) is that article's problem: it is logged once, indexed by title and
     * tags only, told to progress, and indexing goes on. Stops early (without commit) when cancelled. A shared index
     * ({@link SearchIndex#isShared}) is left to the process that writes it.
     *
     * @return the number of articles (re)indexed; unchanged ones are skipped but counted in the progress
     */
    public int build(ScanResult scan, SearchIndex index, Progress progress, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        if (index.isShared()) {
            return 0; // another Lectern process holds the index's writer and keeps it up to date
        }
        List<Article> articles = scan.articles();
        Map<ArticleId, String> versions = index.versions();
        if (articles.stream().anyMatch(article -> !ArticleDocument.version(article).equals(versions.get(article.id())))) {
            // the dictionaries take seconds to load: `lectern search` on an index already up to date spent 3-5 s here
            index.warmUp();
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger indexed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "search-index");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int worker = 0; worker < parallelism; worker++) {
                int first = worker;
                tasks.add(pool.submit(() -> {
                    for (int i = first; i < articles.size() && !cancelled.getAsBoolean(); i += parallelism) {
                        Article article = articles.get(i);
                        if (!ArticleDocument.version(article).equals(versions.get(article.id()))
                                && indexOne(scan.root(), article, index, progress)) {
                            indexed.incrementAndGet();
                        }
                        progress.indexed(done.incrementAndGet(), articles.size());
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (!cancelled.getAsBoolean()) {
            Set<ArticleId> kept = new HashSet<>();
            articles.forEach(article -> kept.add(article.id()));
            for (ArticleId gone : versions.keySet()) {
                if (!kept.contains(gone)) {
                    index.remove(gone);
                }
            }
            index.commit();
        }
        return indexed.get();
    }

    /**
     * Follows one batch of changes seen by the folder watcher: re-reads and indexes added or changed articles,
     * removes deleted ones, then commits.
     */
    public void apply(Path root, LibraryChanges changes, SearchIndex index) throws IOException {
        apply(root, changes, index, (done, total) -> { });
    }

    /** As {@link #apply(Path, LibraryChanges, SearchIndex)}, telling progress of articles whose text was not indexed. */
    public void apply(Path root, LibraryChanges changes, SearchIndex index, Progress progress) throws IOException {
        for (ArticleId gone : changes.removed()) {
            index.remove(gone);
        }
        for (Article article : changes.addedOrChanged()) {
            indexOne(root, article, index, progress);
        }
        index.commit();
    }

    private boolean indexOne(Path root, Article article, SearchIndex index, Progress progress) throws IOException {
        ArticleSource source;
        try {
            source = reader.read(root, article.id());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Not indexed, cannot read " + article.id() + ": " + e);
            return false;
        } catch (Throwable e) { // NOPMD: a hostile file's Error or exception stays that file's problem
            return titleOnly(article, index, progress, e);
        }
        try {
            index.index(article, source);
            return true;
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) { // NOPMD: as above, for the tokenizer and document building
            return titleOnly(article, index, progress, e);
        }
    }

    private static boolean titleOnly(Article article, SearchIndex index, Progress progress, Throwable e)
            throws IOException {
        LOG.log(System.Logger.Level.WARNING, "Text of " + article.id() + " not indexed (title and tags only): " + e);
        progress.notIndexed(article.id(), e.toString());
        index.index(article, NO_TEXT);
        return true;
    }
}
