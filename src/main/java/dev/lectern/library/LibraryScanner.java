package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
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
    public static final Comparator<Article> ORDER = Comparator
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
        requireFolder(root);
        List<FoundFile> files = walker.walkWithAttributes(root, cancelled);
        notify(() -> listener.discovered(files.size()));
        Batch batch = readAll(files, listener, cancelled, new Interner());
        List<Article> loaded = new ArrayList<>(batch.articles());
        loaded.sort(ORDER);
        return new ScanResult(root, loaded, batch.skipped());
    }

    static void requireFolder(Path root) throws IOException {
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            throw new IOException("not a readable folder: " + root);
        }
    }

    /** Articles and skipped files of a batch, in the order of the files given. */
    record Batch(List<Article> articles, List<SkippedFile> skipped) {
    }

    /** Reads the given files (as a walk found them) in parallel, telling the listener of each as soon as it is read. */
    Batch readAll(List<FoundFile> files, ScanListener listener, BooleanSupplier cancelled, Interner interner) {
        Article[] articles = new Article[files.size()];
        SkippedFile[] skipped = new SkippedFile[files.size()];
        if (files.isEmpty()) {
            return new Batch(List.of(), List.of());
        }
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < files.size() && !cancelled.getAsBoolean(); i = next.getAndIncrement()) {
                readOne(files.get(i), listener, articles, skipped, i, interner);
            }
            return null;
        };
        int threads = Math.min(parallelism, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lectern-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Future<Void> done : pool.invokeAll(Collections.nCopies(threads, worker))) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Scan worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Batch(Arrays.stream(articles).filter(Objects::nonNull).toList(),
                Arrays.stream(skipped).filter(Objects::nonNull).toList());
    }

    private void readOne(FoundFile found, ScanListener listener, Article[] articles, SkippedFile[] skipped, int i,
                         Interner interner) {
        try {
            articles[i] = interner.intern(reader.read(found.file(), new ArticleId(found.id()), found.size(), found.modified()));
        } catch (NotTextException e) {
            skipped[i] = new SkippedFile(found.id(), Problem.of(Problem.Kind.FILE_NOT_TEXT));
        } catch (IOException e) {
            skipped[i] = new SkippedFile(found.id(), Problem.of(Problem.Kind.FILE_UNREADABLE, e));
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.WARNING, "Failed to read " + found.file(), e);
            articles[i] = ArticleReader.fallback(new ArticleId(found.id()), Problem.of(Problem.Kind.FILE_READ_FAILED, e), 0, 0);
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

    static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Scan listener failed: " + e);
        }
    }
}
