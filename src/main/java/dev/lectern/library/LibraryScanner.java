package dev.lectern.library;

import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Scans a folder for articles in parallel; a file that fails is reported, never stops the scan. */
public final class LibraryScanner {

    private static final System.Logger LOG = System.getLogger(LibraryScanner.class.getName());
    /** Newest first, undated last, then by title and path. */
    static final Comparator<Article> ORDER = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Article::id);

    private final ArticleReader reader;
    private final int parallelism;
    private final ArticleFileWalker walker = new ArticleFileWalker();

    public LibraryScanner(ArticleReader reader, int parallelism) {
        this.reader = Objects.requireNonNull(reader, "reader");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /**
     * Reads every article under root with its own pool of threads, telling the listener as it goes.
     * Stops early, returning what it has, when cancelled answers true.
     *
     * @throws IOException only when root is not a readable folder
     */
    public ScanResult scan(Path root, ScanListener listener, BooleanSupplier cancelled) throws IOException {
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            throw new IOException("not a readable folder: " + root);
        }
        List<Path> files = walker.walk(root, cancelled);
        notify(() -> listener.discovered(files.size()));
        Article[] articles = new Article[files.size()];
        SkippedFile[] skipped = new SkippedFile[files.size()];
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < files.size() && !cancelled.getAsBoolean(); i = next.getAndIncrement()) {
                readOne(root, files.get(i), listener, articles, skipped, i);
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, files.size())), runnable -> {
            Thread thread = new Thread(runnable, "lectern-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Future<Void> done : pool.invokeAll(Collections.nCopies(parallelism, worker))) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Scan worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Article> loaded = new ArrayList<>(Arrays.stream(articles).filter(Objects::nonNull).toList());
        loaded.sort(ORDER);
        return new ScanResult(root, loaded, Arrays.stream(skipped).filter(Objects::nonNull).toList());
    }

    private void readOne(Path root, Path file, ScanListener listener, Article[] articles, SkippedFile[] skipped, int i) {
        try {
            articles[i] = reader.read(root, file);
        } catch (NotTextException e) {
            skipped[i] = new SkippedFile(ArticleReader.idOf(root, file).path(), e.getMessage());
        } catch (IOException e) {
            skipped[i] = new SkippedFile(ArticleReader.idOf(root, file).path(), "cannot be read: " + e);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "Failed to read " + file, e);
            articles[i] = ArticleReader.fallback(ArticleReader.idOf(root, file), "could not be read fully (" + e + ")", 0, 0);
        }
        Article article = articles[i];
        SkippedFile skip = skipped[i];
        notify(() -> {
            if (article != null) {
                listener.loaded(article);
            } else {
                listener.skipped(skip);
            }
        });
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Scan listener failed: " + e);
        }
    }
}
