package dev.lectern.library;

import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Loads a library through its metadata cache: hands the cache's list to the listener as it stands
 * (a list to show before the walk ends), walks the folder (sizes and times in the same pass),
 * then hands every unchanged article to the listener, reads only new and changed files in
 * parallel, and saves the cache when anything differed: at once by {@link #load}, after the list
 * is shown when {@link #read} is used. Deleted files simply drop out. Without a usable cache,
 * every file is read as soon as the walk finds it.
 */
public final class CachedLibraryLoader {

    private static final System.Logger LOG = System.getLogger(CachedLibraryLoader.class.getName());

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
        LoadedLibrary loaded = read(root, listener, cancelled);
        loaded.afterShown().run();
        return loaded.result();
    }

    /** As {@link #load}, but returns before the cache is saved: its {@link LoadedLibrary#afterShown} saves it. */
    public LoadedLibrary read(Path root, ScanListener listener, BooleanSupplier cancelled) throws IOException {
        LibraryScanner.requireFolder(root);
        // the cached list first, alone on the cores: it is what the reader sees; the walk then checks it
        long start = System.nanoTime();
        List<Article> known = cached(root);
        if (known.isEmpty()) {
            return readEverything(root, listener, cancelled);
        }
        LibraryScanner.notify(() -> listener.cached(known));
        long loaded = System.nanoTime();
        Map<String, FoundFile> files = byId(walker.walkWithAttributes(root, cancelled));
        long walked = System.nanoTime();
        LibraryScanner.notify(() -> listener.discovered(files.size()));

        // the cache holds the articles in display order: keeping it spares the sort when nothing was read
        List<Article> articles = new ArrayList<>(files.size());
        for (Article article : known) {
            FoundFile found = files.get(article.id().path());
            if (found != null && article.size() == found.size() && article.modified() == found.modified()) {
                files.remove(article.id().path());
                articles.add(article);
                LibraryScanner.notify(() -> listener.loaded(article));
            }
        }
        List<FoundFile> toRead = List.copyOf(files.values());
        int reused = articles.size();
        LibraryScanner.Batch batch = scanner.readAll(toRead, listener, cancelled, new Interner());
        if (!batch.articles().isEmpty()) {
            articles.addAll(batch.articles());
            articles.sort(LibraryScanner.ORDER);
        }
        LOG.log(System.Logger.Level.DEBUG, () -> String.format("%s: walk %d ms, cache %d ms (%d entries), %d reused, %d read",
                root, (walked - start) / 1_000_000, (loaded - start) / 1_000_000, known.size(), reused, toRead.size()));
        ScanResult result = new ScanResult(root, articles, batch.skipped());
        if (!cancelled.getAsBoolean() && (!batch.articles().isEmpty() || reused != known.size())) {
            return new LoadedLibrary(result, () -> cache.save(root, articles));
        }
        return LoadedLibrary.of(result);
    }

    /** Without a cache every file is read, each as soon as the walk finds it. */
    private LoadedLibrary readEverything(Path root, ScanListener listener, BooleanSupplier cancelled) throws IOException {
        ScanResult result = scanner.scan(root, listener, cancelled);
        return cancelled.getAsBoolean() ? LoadedLibrary.of(result) : new LoadedLibrary(result, () -> cache.save(root, result.articles()));
    }

    private static Map<String, FoundFile> byId(List<FoundFile> files) {
        Map<String, FoundFile> map = new HashMap<>(files.size() * 4 / 3 + 1);
        for (FoundFile file : files) {
            map.put(file.id(), file);
        }
        return map;
    }

    /** The cache's articles; none when it cannot be used, whatever went wrong (it only saves time). */
    private List<Article> cached(Path root) {
        try {
            return cache.load(root);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.WARNING, "Not using the metadata cache of " + root, e);
            return List.of();
        }
    }
}
