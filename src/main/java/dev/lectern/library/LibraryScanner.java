package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Scans a folder for articles in parallel; a file that fails is reported, never stops the scan. */
public final class LibraryScanner {

    private static final System.Logger LOG = System.getLogger(LibraryScanner.class.getName());
    /**
     * Newest first, undated last, then by title and path. One method rather than a chain of comparators: the first
     * scan of a library sorts while its code is still interpreted, where each call of a chain costs.
     */
    public static final Comparator<Article> ORDER = LibraryScanner::compare;

    /** Hands each article file under a root to found as its folder is listed (tests slow it down). */
    @FunctionalInterface
    interface Walk {
        void walk(Path root, BooleanSupplier cancelled, Consumer<FoundFile> found);
    }

    private static final FoundFile END = new FoundFile(Path.of(""), "", 0, 0);

    private final ArticleReader reader;
    private final int parallelism;
    private final Walk walk;

    public LibraryScanner(ArticleReader reader, int parallelism) {
        this(reader, parallelism, new ArticleFileWalker()::walk);
    }

    LibraryScanner(ArticleReader reader, int parallelism, Walk walk) {
        this.reader = Objects.requireNonNull(reader, "reader");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
        this.walk = walk;
    }

    /**
     * Reads every article under root with its own pool of threads, telling the listener as it goes: files are read
     * while the folder is still walked, so the listener may hear of articles before it hears how many files there are.
     * Stops early, returning what it has, when cancelled answers true.
     *
     * @throws IOException only when root is not a readable folder
     */
    public ScanResult scan(Path root, ScanListener listener, BooleanSupplier cancelled) throws IOException {
        requireFolder(root);
        Batch batch = walkAndRead(root, listener, cancelled, new Interner());
        List<Article> loaded = new ArrayList<>(batch.articles());
        loaded.sort(ORDER);
        return new ScanResult(root, loaded, batch.skipped());
    }

    private static int compare(Article a, Article b) {
        LocalDate one = a.date();
        LocalDate other = b.date();
        if (one != other) {
            if (one == null || other == null) {
                return one == null ? 1 : -1;
            }
            int byDate = other.compareTo(one);
            if (byDate != 0) {
                return byDate;
            }
        }
        int byTitle = String.CASE_INSENSITIVE_ORDER.compare(a.title(), b.title());
        return byTitle != 0 ? byTitle : a.id().compareTo(b.id());
    }

    static void requireFolder(Path root) throws IOException {
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            throw new IOException("not a readable folder: " + root);
        }
    }

    /** Articles (in no particular order) and skipped files (by path) of a batch. */
    record Batch(List<Article> articles, List<SkippedFile> skipped) {
    }

    /** Reads the given files (as a walk found them) in parallel, telling the listener of each as soon as it is read. */
    Batch readAll(List<FoundFile> files, ScanListener listener, BooleanSupplier cancelled, Interner interner) {
        if (files.isEmpty()) {
            return new Batch(List.of(), List.of());
        }
        return read(Math.min(parallelism, files.size()), listener, cancelled, interner, queue -> queue.addAll(files));
    }

    /**
     * Walks root and reads each article file as soon as its folder is listed: the reading does not wait for the end of
     * a walk that, on a cold disk, takes seconds at 100,000 articles. Tells the listener the count when the walk ends.
     */
    private Batch walkAndRead(Path root, ScanListener listener, BooleanSupplier cancelled, Interner interner) {
        return read(parallelism, listener, cancelled, interner, queue -> {
            AtomicInteger count = new AtomicInteger();
            walk.walk(root, cancelled, found -> {
                count.incrementAndGet();
                queue.add(found);
            });
            notify(() -> listener.discovered(count.get()));
        });
    }

    /** Reads with threads the files that fill puts in the queue (on the calling thread), until fill returns. */
    private Batch read(int threads, ScanListener listener, BooleanSupplier cancelled, Interner interner,
                       Consumer<BlockingQueue<FoundFile>> fill) {
        BlockingQueue<FoundFile> queue = new LinkedBlockingQueue<>();
        Queue<Article> articles = new ConcurrentLinkedQueue<>();
        Queue<SkippedFile> skipped = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lectern-scan");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (FoundFile file = queue.take(); file != END; file = queue.take()) {
                        if (!cancelled.getAsBoolean()) {
                            readOne(file, listener, articles, skipped, interner);
                        }
                    }
                    return null;
                }));
            }
            try {
                fill.accept(queue);
            } finally {
                workers.forEach(worker -> queue.add(END));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Scan worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<SkippedFile> skippedByPath = new ArrayList<>(skipped);
        skippedByPath.sort(Comparator.comparing(SkippedFile::path));
        return new Batch(List.copyOf(articles), skippedByPath);
    }

    private void readOne(FoundFile found, ScanListener listener, Queue<Article> articles, Queue<SkippedFile> skipped,
                         Interner interner) {
        Article article = null;
        SkippedFile skip = null;
        try {
            if (found.refused() != null) {
                skip = new SkippedFile(found.id(), found.refused());
            } else {
                article = interner.intern(reader.read(found.file(), new ArticleId(found.id()), found.size(), found.modified()));
            }
        } catch (NotTextException e) {
            skip = new SkippedFile(found.id(), Problem.of(Problem.Kind.FILE_NOT_TEXT));
        } catch (IOException e) {
            skip = new SkippedFile(found.id(), Problem.of(Problem.Kind.FILE_UNREADABLE, FileReasons.of(e)));
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.WARNING, "Failed to read " + found.file(), e);
            article = ArticleReader.fallback(new ArticleId(found.id()), Problem.of(Problem.Kind.FILE_READ_FAILED, e), 0, 0);
        }
        if (article != null) {
            articles.add(article);
            Article read = article;
            notify(() -> listener.loaded(read));
        } else {
            skipped.add(skip);
            SkippedFile refused = skip;
            notify(() -> listener.skipped(refused));
        }
    }

    static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Scan listener failed: " + e);
        }
    }
}
