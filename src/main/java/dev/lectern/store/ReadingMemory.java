package dev.lectern.store;

import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadProgress;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * What the reader did and chose per article: reading position, read state and progress, forced line-break mode,
 * remote images allowed, the script a Chinese article is shown in, vertical writing. Kept by the article's absolute path, and saved to a file (when given) so it survives a
 * restart.
 */
public final class ReadingMemory {

    private static final System.Logger LOG = System.getLogger(ReadingMemory.class.getName());

    private final ReadingStateFile file;
    private final Map<String, ReadingStateFile.Entry> entries = new HashMap<>();
    /** Articles renamed while the window ran: the old path's key to the new one's. */
    private final Map<String, String> renamed = new HashMap<>();
    private String prefix = prefixOf(Path.of("."));
    /** The article open last in each library: the library's folder to the article's path in it ('/'-separated). */
    private final Map<String, String> lastIn = new HashMap<>();
    /** Paths whose state moved to another path since the last save: they leave the file. */
    private final java.util.Set<String> removed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<BiConsumer<ArticleId, ArticleId>> moveListeners = new CopyOnWriteArrayList<>();
    /** Where the file is written: the caller's thread, or one of the app's so that the window never waits on it. */
    private final Executor writer;
    /** The newest state asked to be saved and not yet taken by the writer, or null. */
    private final AtomicReference<Snapshot> pending = new AtomicReference<>();
    /** Numbers each state asked to be saved, so that an older one is never written over a newer one. */
    private long saves;
    private final Object writing = new Object();
    /** The number of the state written last (guarded by {@link #writing}). */
    private long written;

    /** What one save writes: copies, so that the page can go on changing the state while the file is written. */
    private record Snapshot(long number, Map<String, ReadingStateFile.Entry> entries, Set<String> removed,
                            Map<String, String> last) {
    }

    /** Only in memory (tests). */
    public ReadingMemory() {
        this.file = null;
        this.writer = Runnable::run;
    }

    /** Loads the state kept in the file, and saves back to it on the caller's thread. */
    public ReadingMemory(ReadingStateFile file) {
        this(file, Runnable::run);
    }

    /**
     * Loads the state kept in the file, and saves back to it on {@code writer}: a save waits on the other processes'
     * lock and on the disk (135-750 ms for 3,000 articles' state on a loaded machine), which the window must not.
     */
    public ReadingMemory(ReadingStateFile file, Executor writer) {
        this.file = file;
        this.writer = writer;
        entries.putAll(file.load());
        lastIn.putAll(file.lastArticles());
    }

    /** The library the article ids are relative to. */
    public void setLibrary(Path libraryRoot) {
        prefix = prefixOf(libraryRoot);
    }

    private static String prefixOf(Path root) {
        String folder = root.toAbsolutePath().normalize().toString();
        return folder.endsWith(File.separator) ? folder : folder + File.separator;
    }

    /** The absolute path of the article as text, as {@code root.resolve(id.path())} gives it, without the Path work. */
    private String key(ArticleId id) {
        return prefix + (File.separatorChar == '/' ? id.path() : id.path().replace('/', File.separatorChar));
    }

    private ReadingStateFile.Entry entry(ArticleId id) {
        return entries.getOrDefault(current(id), ReadingStateFile.Entry.NONE);
    }

    private void change(ArticleId id, UnaryOperator<ReadingStateFile.Entry> edit) {
        entries.put(current(id), edit.apply(entry(id)));
    }

    /** The key an article's state is under now, following renames made in this session. */
    private String current(ArticleId id) {
        String key = key(id);
        for (int hops = 0; hops < 16 && renamed.containsKey(key); hops++) {
            key = renamed.get(key);
        }
        return key;
    }

    /**
     * An article renamed or moved: its state goes to the new path and is saved; what is still recorded under the old
     * path afterwards (the place the page had as it was replaced) goes to the new one too.
     */
    public void move(ArticleId from, ArticleId to) {
        ReadingStateFile.Entry moved = entries.remove(key(from));
        renamed.put(key(from), key(to));
        removed.add(key(from));
        removed.remove(key(to));
        if (moved != null) {
            entries.put(key(to), moved);
            save();
        }
        moveListeners.forEach(listener -> listener.accept(from, to));
    }

    /**
     * Runs the listener after each {@link #move}, with the old and the new id: what counts articles by their state
     * (the read filter's counts) looked the new path up before its state was moved there, and found it unread.
     */
    public void onMove(BiConsumer<ArticleId, ArticleId> listener) {
        moveListeners.add(listener);
    }

    /**
     * The article is open now, in the library set last ({@link #setLibrary}): going back to that library later (from
     * another, or starting on it) reopens it. Saved with the next {@link #save()}.
     */
    public void opened(ArticleId id) {
        lastIn.put(folderOf(prefix), id.path());
    }

    /** The article open last in the library at this folder, or null when none was. */
    public ArticleId lastOpenedIn(Path libraryRoot) {
        String path = lastIn.get(folderOf(prefixOf(libraryRoot)));
        return path == null ? null : new ArticleId(path);
    }

    /** A library's folder as the file names it: its absolute path, without the trailing separator. */
    private static String folderOf(String prefix) {
        return prefix.length() > 1 ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /** Scroll position from 0 (top) to 1 (end), or 0 when the article was never read. */
    public double position(ArticleId id) {
        return entry(id).position();
    }

    public void setPosition(ArticleId id, double fraction) {
        change(id, e -> e.withPosition(fraction));
    }

    /** Unread, in progress (with how far), or read; {@link ReadProgress#UNREAD} for an article never opened. */
    public ReadProgress progress(ArticleId id) {
        return entry(id).progress();
    }

    /** Records the article's new progress; call {@link #save()} to keep it. */
    public void setProgress(ArticleId id, ReadProgress progress) {
        change(id, e -> e.withProgress(progress));
    }

    /** True or false when the reader forced line breaks on or off for this article; null for automatic. */
    public Boolean lineBreaks(ArticleId id) {
        return entry(id).lineBreaks();
    }

    public void setLineBreaks(ArticleId id, Boolean keep) {
        change(id, e -> e.withLineBreaks(keep));
        save();
    }

    public boolean remoteImagesAllowed(ArticleId id) {
        return entry(id).remoteImages();
    }

    public void allowRemoteImages(ArticleId id) {
        change(id, e -> e.withRemoteImages(true));
        save();
    }

    /** The script key chosen for this article ("taiwan", "as-written", …), or null to follow the default. */
    public String script(ArticleId id) {
        return entry(id).script();
    }

    public void setScript(ArticleId id, String key) {
        change(id, e -> e.withScript(key));
        save();
    }

    /** Whether the reader chose vertical writing for this (Chinese or Japanese) article. */
    public boolean vertical(ArticleId id) {
        return entry(id).vertical();
    }

    public void setVertical(ArticleId id, boolean on) {
        change(id, e -> e.withVertical(on));
        save();
    }

    /**
     * Saves the state to its file (after a change of article, on each rest of the page, on exit) on the writer given;
     * saves asked for while one is written are written once, as the newest of them. Failures are logged, never shown.
     */
    public void save() {
        if (file != null && pending.getAndSet(snapshot()) == null) {
            writer.execute(() -> write(pending.getAndSet(null)));
        }
    }

    /** Saves the state on the caller's thread and returns once it is written: for the window's close. */
    public void saveNow() {
        if (file != null) {
            pending.set(null);
            write(snapshot());
        }
    }

    /** The state to write; the paths moved away stay in {@link #removed} until a write that holds them succeeds. */
    private Snapshot snapshot() {
        return new Snapshot(++saves, Map.copyOf(entries), Set.copyOf(removed), Map.copyOf(lastIn));
    }

    private void write(Snapshot state) {
        synchronized (writing) {
            if (state == null || state.number() <= written) {
                return; // a newer state was written already (the window's close, on its own thread)
            }
            written = state.number();
            try {
                file.save(state.entries(), state.removed(), state.last());
                removed.removeAll(state.removed());
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not save the reading state", e);
            }
        }
    }
}
