package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.NoteVault;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a library folder and its subfolders (new ones as they appear; hidden ones, node_modules and a site's
 * {@code _includes} or {@code _partials} never, as {@link NoteVault#skippedFolder} says) and reports changes in batches: events are collected until the folder has
 * been quiet for a moment (250 ms by default, at most four times that after the first event), then
 * the touched files are read again. When the system drops events (overflow) the whole tree is
 * compared with the known files. The listener is called on the watcher's daemon thread.
 */
public final class LibraryWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LibraryWatcher.class.getName());

    private final ArticleReader reader;
    private final LibraryChangeListener listener;
    private final long quietNanos;
    private WatchService service;
    private WatchedFolders folders;
    private Thread thread;
    private volatile boolean closed;

    public LibraryWatcher(ArticleReader reader, LibraryChangeListener listener) {
        this(reader, listener, Duration.ofMillis(250));
    }

    LibraryWatcher(ArticleReader reader, LibraryChangeListener listener, Duration quiet) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.quietNanos = quiet.toNanos();
    }

    /**
     * Starts watching root, whose articles are known to be the given ones (for example a scan's result).
     * Returns at once: the folders are registered on the watcher's thread, which then compares the tree
     * with the known articles once, so changes made since they were read are reported too.
     */
    public synchronized void start(Path root, Collection<Article> known) throws IOException {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        service = FileSystems.getDefault().newWatchService();
        folders = new WatchedFolders(service);
        ChangeResolver resolver = new ChangeResolver(root, reader, known);
        thread = new Thread(() -> run(root, resolver), "lectern-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching; no listener call starts after this returns (one under way may finish). */
    @Override
    public synchronized void close() {
        if (service == null || closed) {
            return;
        }
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the watch service: " + e);
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(Path root, ChangeResolver resolver) {
        Set<Path> touched = new LinkedHashSet<>();
        boolean overflow = false;
        long first = 0;
        long last = 0;
        try {
            Path real = realPath(root);
            folders.registerTree(root);
            report(() -> resolver.rescan());
            while (!closed) {
                boolean pending = overflow || !touched.isEmpty();
                long now = System.nanoTime();
                long wait = Math.min(last + quietNanos, first + 4 * quietNanos) - now;
                if (pending && wait <= 0) {
                    Set<Path> paths = Set.copyOf(touched);
                    report(overflow ? resolver::rescan : () -> resolver.resolve(paths));
                    touched.clear();
                    overflow = false;
                    continue;
                }
                WatchKey key = pending ? service.poll(wait, TimeUnit.NANOSECONDS) : service.take();
                if (key == null) {
                    continue;
                }
                last = System.nanoTime();
                first = pending ? first : last;
                overflow |= collect(key, touched, real);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.log(System.Logger.Level.DEBUG, "Library watcher stopped");
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "The library watcher stopped on an error; reload the library to watch again", e);
        }
    }

    /**
     * Adds the key's events to touched; true on overflow. A link made to a folder of the library itself (ln -s . loop)
     * is left out: the scan enters each folder once, but the link's walk listed every article a second time.
     */
    private boolean collect(WatchKey key, Set<Path> touched, Path libraryReal) {
        boolean overflow = false;
        Path folder = folders.folder(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                overflow = true;
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            if (NoteVault.skippedFolder(child) || linkIntoLibrary(child, libraryReal)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                folders.registerTree(child);
            }
            touched.add(child);
        }
        if (!key.reset()) {
            folders.forget(key);
        }
        return overflow;
    }

    private static boolean linkIntoLibrary(Path child, Path libraryReal) {
        return Files.isSymbolicLink(child) && Files.isDirectory(child) && realPath(child).startsWith(libraryReal);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Works out the changes and tells the listener; whatever fails (any Throwable) is logged and the watcher goes on. */
    private void report(java.util.function.Supplier<LibraryChanges> work) {
        try {
            LibraryChanges changes = work.get();
            if (!changes.isEmpty() && !closed) {
                listener.changed(changes);
            }
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "The library watcher could not handle a change; it keeps watching", e);
        }
    }
}
