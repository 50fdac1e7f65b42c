package dev.lectern.library;

import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;

/**
 * Loads a library through its metadata cache: walks the folder (sizes and times in the same
 * pass) while the cache file is read on another thread, hands every unchanged article to the
 * listener at once, reads only new and changed files in parallel, and saves the cache when
 * anything differed. Deleted files simply drop out.
 */
public final class CachedLibraryLoader {

    private final LibraryScanner scanner;
    private final MetadataCache cache;
    private final ArticleFileWalker walker = new ArticleFileWalker();

    public CachedLibraryLoader(ArticleReader reader, int parallelism, MetadataCache cache) {
        this.scanner = new LibraryScanner(reader, parallelism);
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * Same contract as {@link LibraryScanner#scan}: the listener hears each article once (cached ones
     * first, from the calling thread; read ones from worker threads); the result is sorted the same way.
     * Returns after the cache was saved. A cancelled load returns what it has and saves nothing.
     */
    public ScanResult load(Path root, ScanListener listener, BooleanSupplier cancelled) throws IOException {
        LibraryScanner.requireFolder(root);
        FutureTask<List<Article>> cached = new FutureTask<>(() -> cache.load(root));
        Thread cacheReader = new Thread(cached, "lectern-cache-load");
        cacheReader.setDaemon(true);
        cacheReader.start();
        List<FoundFile> files = walker.walkWithAttributes(root, cancelled);
        Map<String, Article> known = byPath(await(cached));
        LibraryScanner.notify(() -> listener.discovered(files.size()));

        List<Article> articles = new ArrayList<>(files.size());
        List<Path> toRead = new ArrayList<>();
        for (FoundFile found : files) {
            Article article = known.get(found.id());
            if (article != null && article.size() == found.size() && article.modified() == found.modified()) {
                articles.add(article);
                LibraryScanner.notify(() -> listener.loaded(article));
            } else {
                toRead.add(found.file());
            }
        }
        int reused = articles.size();
        LibraryScanner.Batch batch = scanner.readAll(root, toRead, listener, cancelled, new Interner());
        articles.addAll(batch.articles());
        articles.sort(LibraryScanner.ORDER);
        if (!cancelled.getAsBoolean() && (!batch.articles().isEmpty() || reused != known.size())) {
            cache.save(root, articles);
        }
        return new ScanResult(root, articles, batch.skipped());
    }

    private static Map<String, Article> byPath(List<Article> articles) {
        Map<String, Article> map = new HashMap<>(articles.size() * 4 / 3 + 1);
        for (Article article : articles) {
            map.put(article.id().path(), article);
        }
        return map;
    }

    private static List<Article> await(FutureTask<List<Article>> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading the metadata cache", e);
        } catch (ExecutionException e) {
            return List.of();
        }
    }
}
