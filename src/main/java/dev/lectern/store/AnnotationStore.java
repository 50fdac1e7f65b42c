package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.model.ReviewState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;

/**
 * The highlights and bookmarks of one library, kept in memory and in one annotation file that never loses a word.
 * <p>
 * Use: {@link #open} at start (off the FX thread) and show {@link #problems()} if any; call the add, edit, delete,
 * restore methods as the reader acts (each change is saved about a second later on the injected executor); read with
 * {@link #highlights}, {@link #bookmarks}, {@link #annotations()}; call {@link #checkForExternalChange()} when a file
 * watcher or a timer sees the file change (another window, a sync tool) and before showing an article; {@link #close()}
 * on exit. Every save first merges what another window wrote (per id, the newer change wins; deletes are tombstones so
 * they win over older edits and lose to newer ones). All methods are thread-safe.
 */
public final class AnnotationStore implements AutoCloseable {

    /** How long changes must pause before an automatic save. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(800);

    private static final System.Logger LOG = System.getLogger(AnnotationStore.class.getName());

    private final StoreFile file;
    /** Opened by {@link #read}: nothing is written to disk. */
    private final boolean readOnly;
    private final String library;
    private final Clock clock;
    private final AnnotationFile format = new AnnotationFile();
    private final AutoSaver autoSaver;
    private final List<AnnotationListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Problem> problems = new CopyOnWriteArrayList<>();
    private final AnnotationSet set = new AnnotationSet();
    /** The annotations as the file held them when last read or written here: what an outside change is told by. */
    private AnnotationSet onDisk = new AnnotationSet();
    private final List<Problem> unannounced = new ArrayList<>();
    /** Why the automatic saves fail ({@link FileErrors#reason}), or null while saving works: a failure is told once. */
    private String failing;
    private final SyncConflicts conflicts;
    /** Sync conflict copies merged whole, deleted once a save has put what they held in the file. */
    private final MergedCopies conflictsToDelete = new MergedCopies();
    /** Notes being typed, by highlight: stored as edits by the next save (see {@link #typeNote}). */
    private final Map<UUID, String> typing = new java.util.LinkedHashMap<>();

    private AnnotationStore(Path file, Path libraryRoot, ScheduledExecutorService autosave, Clock clock, boolean readOnly,
            SyncConflicts conflicts) {
        this.readOnly = readOnly;
        this.library = libraryRoot.toAbsolutePath().normalize().toString();
        this.file = new StoreFile(file, clock, readOnly, library);
        this.clock = clock;
        this.autoSaver = new AutoSaver(autosave, AUTOSAVE_DELAY, this::saveQuietly);
        this.conflicts = conflicts;
    }

    /**
     * Loads the annotation file of a library (a missing file is an empty store). A file that cannot be read completely
     * is copied aside as {@code <name>.damaged-<time>} and at once replaced with what could be read, with a problem in
     * problems().
     *
     * @param autosave runs the debounced saves; null saves only on {@link #save()} and {@link #close()}
     */
    public static AnnotationStore open(Path file, Path libraryRoot, ScheduledExecutorService autosave, Clock clock)
            throws IOException {
        return open(file, libraryRoot, autosave, clock, new SyncConflicts(file));
    }

    /** As {@link #open(Path, Path, ScheduledExecutorService, Clock)}, looking for conflict copies through conflicts. */
    static AnnotationStore open(Path file, Path libraryRoot, ScheduledExecutorService autosave, Clock clock,
            SyncConflicts conflicts) throws IOException {
        removeLeftovers(file);
        return new AnnotationStore(file, libraryRoot, autosave, clock, false, conflicts).load();
    }

    /**
     * Reads the annotation file of a library to list or export it, changing nothing on disk: a damaged file stays where
     * it is (what could be read is kept, with a problem), copies a failed save left are taken in without being
     * removed, and the store never saves (changes made to it, such as annotations following a renamed article, stay in
     * memory).
     */
    public static AnnotationStore read(Path file, Path libraryRoot, Clock clock) throws IOException {
        return new AnnotationStore(file, libraryRoot, null, clock, true, new SyncConflicts(file)).load();
    }

    /** Takes in the file, and what a failed save at exit kept beside it. */
    private AnnotationStore load() throws IOException {
        StoreFile.Read loaded = file.readIfChanged();
        if (loaded != null) {
            set.mergeFrom(loaded.set());
            onDisk = loaded.set().copy();
            problems.addAll(loaded.problems());
        } else if (!Files.exists(file.path())) {
            tellOfDamagedCopy();
            if (set.size() == 0) {
                bringFromMovedLibrary();
            }
        }
        recoverUnsaved();
        mergeConflictsAtStart();
        return this;
    }

    public Path file() {
        return file.path();
    }

    /** Files that could not be read or saved, for the interface to word; empty when all is well. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public void addListener(AnnotationListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AnnotationListener listener) {
        listeners.remove(listener);
    }

    /** Highlights a passage; the key (title, date, text hash) lets the annotation follow the article if it is renamed. */
    public Highlight addHighlight(ArticleId article, ArticleKey key, Anchor anchor, HighlightColor color, String note) {
        return (Highlight) put(Highlight.create(article, anchor, color, note, clock.instant()), key);
    }

    /** Bookmarks a passage, or the whole article when anchor is null. */
    public Bookmark addBookmark(ArticleId article, ArticleKey key, Anchor anchor, String label) {
        return (Bookmark) put(Bookmark.create(article, anchor, label, clock.instant()), key);
    }

    /** Changes a highlight's colour and note. */
    public Highlight editHighlight(UUID id, HighlightColor color, String note) {
        synchronized (this) {
            typing.remove(id); // the note as it stands now
        }
        return (Highlight) change(id, a -> ((Highlight) a).edited(color, note, clock.instant()));
    }

    public Bookmark relabelBookmark(UUID id, String label) {
        return (Bookmark) change(id, a -> ((Bookmark) a).relabelled(label, clock.instant()));
    }

    /** Deletes an annotation, keeping a tombstone so that {@link #restore} (undo) and merges work. */
    public Annotation delete(UUID id) {
        return change(id, a -> a.deletedAt(clock.instant()));
    }

    /** Brings a deleted annotation back (undo of delete). */
    public Annotation restore(UUID id) {
        return change(id, a -> a.restoredAt(clock.instant()));
    }

    /** Stores the place the reader gave an annotation (Re-attach to the selected text): an edit, dated now. */
    public Annotation reanchor(UUID id, Anchor anchor) {
        return change(id, a -> a.anchoredAt(anchor, clock.instant()));
    }

    /**
     * Stores the place where an annotation was found again in its changed article, by itself. No one edited it, so it
     * keeps its {@code updated}: dated now, it won the merge over a note edited meanwhile in another window or on
     * another machine (the newer change wins), and that note was lost. A merge with such an edit now keeps the edit,
     * and the place is found again the next time the article is shown.
     */
    public Annotation follow(UUID id, Anchor anchor) {
        return change(id, a -> a.anchoredAt(anchor, a.updated()));
    }

    /** Replaces a highlight's tags. */
    public Highlight tagHighlight(UUID id, List<String> tags) {
        return (Highlight) change(id, a -> ((Highlight) a).tagged(tags, clock.instant()));
    }

    /**
     * Stores a highlight's new place in the daily review. The highlight keeps its {@code updated}: the review state
     * carries its own time, and a merge takes the one marked last apart from the rest, so a review on one machine does
     * not win over a note edited meanwhile on another.
     */
    public Highlight review(UUID id, ReviewState review) {
        return (Highlight) change(id, a -> ((Highlight) a).reviewed(review, a.updated()));
    }

    /** What the colours mean, library-wide. */
    public synchronized ColorNames colorNames() {
        return set.colorNames();
    }

    /** Names the colours (an absent colour loses its name). */
    public void nameColors(Map<HighlightColor, String> names) {
        Set<ArticleId> all;
        synchronized (this) {
            set.setColorNames(new ColorNames(names, clock.instant()));
            all = Set.copyOf(set.articles());
        }
        notifyChanged(all);
        autoSaver.schedule();
    }

    /** Takes in imported annotations as they are (ids kept); the caller has settled duplicates first. */
    public void importAll(List<? extends Annotation> imported) {
        Set<ArticleId> changed = new TreeSet<>();
        synchronized (this) {
            for (Annotation annotation : imported) {
                set.put(annotation);
                changed.add(annotation.article());
            }
        }
        notifyChanged(changed);
        autoSaver.schedule();
    }

    /** Any annotation by id, deleted or not. */
    public synchronized Optional<Annotation> find(UUID id) {
        return set.get(id);
    }

    /** The live highlights of an article, oldest first. */
    public synchronized List<Highlight> highlights(ArticleId article) {
        return live(set.of(article)).stream().filter(Highlight.class::isInstance).map(Highlight.class::cast).toList();
    }

    /** The live bookmarks of an article, oldest first. */
    public synchronized List<Bookmark> bookmarks(ArticleId article) {
        return live(set.of(article)).stream().filter(Bookmark.class::isInstance).map(Bookmark.class::cast).toList();
    }

    /** Every live annotation of the library, oldest first. */
    public synchronized List<Annotation> annotations() {
        return live(set.all());
    }

    /** A copy of everything, tombstones included, for export and re-keying decisions. */
    public synchronized AnnotationSet snapshot() {
        return set.copy();
    }

    /** Merges the file if another window or program changed it. Returns whether any annotation changed here. */
    public boolean checkForExternalChange() throws IOException {
        // listed and read before the store is held: each save changes the folder, and readers waited for the disk
        List<ConflictCopy> copies = ConflictCopy.readAll(conflicts.findIfFolderChanged(), format);
        Set<ArticleId> changed;
        synchronized (this) {
            changed = new TreeSet<>(mergeExternal());
            List<Problem> told = new ArrayList<>();
            changed.addAll(mergeConflicts(copies, told));
            problems.addAll(told);
            unannounced.addAll(told);
            if (!file.holds(format.dump(set, file.libraryLine()))) {
                autoSaver.schedule();
            }
        }
        notifyChanged(changed);
        return !changed.isEmpty();
    }

    /**
     * Takes the words of a note while it is being typed. They are stored as an edit of the highlight by the next save,
     * which comes once typing has paused for {@link #AUTOSAVE_DELAY}, and by {@link #close()}: a note held only in its
     * editor until the editor closed was lost when Lectern was quit with the editor open, or ended by a logout.
     */
    public void typeNote(UUID id, String note) {
        synchronized (this) {
            typing.put(id, note);
        }
        autoSaver.schedule();
    }

    /** Stores the notes typed since the last save, each as an edit of its highlight (one deleted meanwhile is left). */
    private void storeTypedNotes() {
        Map<UUID, String> typed;
        synchronized (this) {
            typed = new java.util.LinkedHashMap<>(typing);
            typing.clear();
        }
        typed.forEach((id, note) -> {
            if (find(id).orElse(null) instanceof Highlight h && !h.isDeleted() && !h.note().equals(note)) {
                editHighlight(id, h.color(), note);
            }
        });
    }

    /** Merges outside changes, then writes everything atomically (nothing is written when nothing changed). */
    public void save() throws IOException {
        if (readOnly) {
            return; // read to be listed or exported: the file is the user's as it was
        }
        storeTypedNotes();
        Set<ArticleId> changed;
        synchronized (this) {
            changed = FileGuard.locked(file.path(), () -> {
                Set<ArticleId> merged = mergeExternal();
                file.write(format.dump(set, file.libraryLine()));
                onDisk = set.copy();
                conflictsToDelete.deleteUnchanged().forEach(conflicts::forget); // changed since: merged again
                return merged;
            });
        }
        notifyChanged(changed);
        savedAfterFailing();
    }

    /** Asks for a save about {@link #AUTOSAVE_DELAY} after the last change; changes call it themselves. */
    public void scheduleSave() {
        autoSaver.schedule();
    }

    /**
     * Cancels a pending autosave and saves now. When that save fails (a full disk, a folder gone read-only), everything
     * is written beside the file as {@code <name>.unsaved-<time>} instead, and the next {@link #open} merges it back
     * and says so: nothing is dropped because the window closed.
     */
    @Override
    public void close() throws IOException {
        autoSaver.cancel();
        try {
            save();
        } catch (IOException | RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "Could not save " + file.path() + " at exit", e);
            Path kept = UnsavedFiles.keep(file.path(), dumpNow(), clock);
            throw new KeptAside(kept, e);
        }
    }

    private synchronized String dumpNow() {
        return format.dump(set, file.libraryLine());
    }

    /**
     * Files the annotations of one article path under another (renamed or moved article), remembering the old path.
     * {@link ArticleMatcher#relocate} finds these moves after a library scan.
     */
    public void moveArticle(ArticleId from, ArticleId to) {
        synchronized (this) {
            for (Annotation annotation : set.of(from)) {
                // found by itself, as a place is (see follow): not an edit to win over one made elsewhere
                set.put(annotation.movedTo(to, annotation.updated()));
            }
            set.moveEntry(from, to);
        }
        notifyChanged(Set.of(from, to));
        autoSaver.schedule();
    }

    /**
     * Records an annotated article's current title, date and text hash (after it changed on disk), so that a rename
     * later is still recognised by its text; the annotations themselves are not touched. Does nothing for an article
     * without an entry or whose key is the same.
     */
    public void describe(ArticleId article, ArticleKey key) {
        synchronized (this) {
            ArticleEntry entry = set.entry(article);
            if (set.of(article).isEmpty() || key.equals(entry.key())) {
                return;
            }
            set.putEntry(new ArticleEntry(article, key, entry.formerPaths()));
        }
        autoSaver.schedule();
    }

    /** Articles with live annotations that are not in the library (kept, listed to the reader as orphans). */
    public synchronized List<ArticleId> missingArticles(Set<ArticleId> present) {
        return live(set.all()).stream().map(Annotation::article).filter(a -> !present.contains(a)).distinct().sorted()
                .toList();
    }

    private Annotation put(Annotation annotation, ArticleKey key) {
        synchronized (this) {
            set.put(annotation);
            if (key != null) {
                set.putEntry(new ArticleEntry(annotation.article(), key, set.entry(annotation.article()).formerPaths()));
            }
        }
        notifyChanged(Set.of(annotation.article()));
        autoSaver.schedule();
        return annotation;
    }

    private Annotation change(UUID id, UnaryOperator<Annotation> edit) {
        Annotation changed;
        synchronized (this) {
            changed = edit.apply(set.get(id).orElseThrow(() -> new NoSuchElementException("no annotation " + id)));
        }
        return put(changed, null);
    }

    /**
     * Merges what a failed save at exit kept beside the file or in the temporary folder, saves, and then deletes the
     * copies that were read whole. A copy that could not be (too large, not UTF-8, damaged) is merged as far as it could
     * be read and kept, with a problem. A copy in the temporary folder written for another library (an annotation file
     * of the same name elsewhere) is left alone.
     */
    private void recoverUnsaved() {
        MergedCopies merged = new MergedCopies();
        List<Path> read = new ArrayList<>();
        int before = set.size();
        AnnotationSet was = set.copy();
        for (Path copy : UnsavedFiles.find(file.path())) {
            try {
                MergedCopies.Stamp stamp = MergedCopies.Stamp.of(copy);
                LoadResult kept = format.load(CappedRead.utf8(copy, CappedRead.ANNOTATIONS));
                if (UnsavedFiles.isTemporary(copy, file.path()) && kept.library() != null && !kept.library().equals(library)
                        && !kept.library().equals(file.libraryLine())) {
                    continue;
                }
                set.mergeFrom(kept.set());
                read.add(copy);
                if (kept.clean()) {
                    merged.add(copy, stamp);
                } else {
                    problems.add(Problem.of(Problem.Kind.ANNOTATIONS_UNSAVED_KEPT, copy, kept.problems().size())
                            .with(kept.problems().subList(0, Math.min(StoreFile.PROBLEMS_SHOWN, kept.problems().size()))));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read " + copy, e);
                problems.add(Problem.because(Problem.Kind.ANNOTATIONS_UNSAVED_KEPT,
                        Problem.of(Problem.Kind.FILE_UNREADABLE, e.getMessage()), copy));
            }
        }
        if (merged.isEmpty() && set.size() == before || readOnly) {
            return;
        }
        try {
            save();
            merged.deleteUnchanged(); // one changed since it was read is merged at the next start
            // new ones and changed ones (a note, a colour, a delete): counting the new alone said "0 recovered" of a
            // rescued note, which read as "your work is gone"
            long brought = set.all().stream().filter(a -> !was.get(a.id()).map(a::equals).orElse(false)).count();
            problems.add(Problem.of(Problem.Kind.ANNOTATIONS_RECOVERED, file.path(), brought,
                    String.join(", ", read.stream().map(Path::toString).toList())));
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(Problem.Kind.ANNOTATIONS_STILL_UNSAVED, merged.paths(), e.getMessage()));
        }
    }

    /**
     * No annotation file, but a damaged copy beside it (from the last week): the reader is told, and starts without
     * them. The newest copy used to be restored as the file; the user who had moved the file away got back an old broken
     * version (with a line too long to read, copied aside again at every start).
     */
    private void tellOfDamagedCopy() {
        Path copy = DamagedFiles.newest(file.path());
        if (copy == null || !recent(copy)) {
            return;
        }
        // a copy kept aside is a version Lectern could not read (a broken hand edit): the file, once recovered, was
        // written beside it, and is missing now because it was moved or deleted. Restoring the copy brought back the
        // broken edit, not the state the reader had last; nothing is restored, and the reader is told where the copies are
        problems.add(Problem.of(Problem.Kind.ANNOTATIONS_NOT_RESTORED, file.path(), copy));
    }

    /**
     * A library opened for the first time at this place whose folder was renamed or moved: takes in the annotation file
     * it had at its old place ({@link MovedLibraries}), which is left as it was, saves them here and says so.
     */
    private void bringFromMovedLibrary() {
        MovedLibraries.Found found = MovedLibraries.find(file.path(), Path.of(library), format);
        if (found == null) {
            MovedLibraries.Parent parent = MovedLibraries.findParent(file.path(), Path.of(library), format);
            if (parent != null) {
                problems.add(Problem.of(Problem.Kind.ANNOTATIONS_IN_LIBRARY_ABOVE, parent.library(), parent.count(),
                        parent.file(), file.path()));
            }
            return;
        }
        set.mergeFrom(found.loaded().set());
        problems.add(Problem.of(Problem.Kind.ANNOTATIONS_FROM_MOVED_LIBRARY, file.path(), found.file(), found.library(),
                live(set.all()).size()));
        if (!readOnly) {
            try {
                save();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not save " + file.path() + " taken from " + found.file(), e);
            }
        }
    }

    /** Merges the sync tool's conflict copies found at start and saves, which deletes those merged whole. */
    private void mergeConflictsAtStart() {
        List<Problem> told = new ArrayList<>();
        List<ConflictCopy> copies = ConflictCopy.readAll(conflicts.findIfFolderChanged(), format);
        synchronized (this) {
            if (mergeConflicts(copies, told).isEmpty() && conflictsToDelete.isEmpty()) {
                problems.addAll(told);
                return;
            }
        }
        try {
            save();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save " + file.path() + " with its conflict copies merged", e);
            told.replaceAll(p -> p.kind() == Problem.Kind.ANNOTATIONS_CONFLICT_MERGED
                    ? Problem.of(Problem.Kind.ANNOTATIONS_CONFLICT_READ, p.value(0), p.value(1), p.value(2)) : p);
            synchronized (this) {
                conflictsToDelete.clear();
            }
        }
        problems.addAll(told);
    }

    /**
     * Merges conflict copies a sync tool made of the file (per id, the newer change wins, as with another window's
     * save): what a reader saved on another machine is not lost. An annotation changed differently on both machines is
     * kept in both versions, side by side. A copy read whole is deleted after the next save (never when only reading);
     * one that is not is merged as far as it goes and kept, and said so.
     *
     * @param told receives what to tell the reader
     * @return the articles whose annotations changed
     */
    private Set<ArticleId> mergeConflicts(List<ConflictCopy> copies, List<Problem> told) {
        Set<ArticleId> changed = new TreeSet<>();
        for (ConflictCopy read : copies) {
            Path copy = read.path();
            if (conflictsToDelete.contains(copy)) {
                continue;
            }
            try {
                if (read.failure() != null) {
                    throw read.failure();
                }
                LoadResult kept = read.loaded();
                AnnotationSet before = set.copy();
                changed.addAll(set.mergeFrom(kept.set()));
                // changed differently on both machines: the version that lost stays beside the one that won
                long both = keepLosersBeside(before, kept.set(), changed);
                long taken = set.all().stream().filter(a -> !before.get(a.id()).equals(Optional.of(a))).count();
                if (!kept.clean()) {
                    told.add(Problem.of(Problem.Kind.ANNOTATIONS_CONFLICT_KEPT, copy, kept.problems().size(), file.path(),
                            taken).with(kept.problems().subList(0, Math.min(StoreFile.PROBLEMS_SHOWN, kept.problems().size()))));
                } else if (readOnly) {
                    told.add(Problem.of(Problem.Kind.ANNOTATIONS_CONFLICT_READ, file.path(), taken, copy));
                } else {
                    conflictsToDelete.add(copy, read.stamp());
                    told.add(both > 0
                            ? Problem.of(Problem.Kind.ANNOTATIONS_CONFLICT_BOTH_CHANGED, file.path(), taken, copy, both)
                            : Problem.of(Problem.Kind.ANNOTATIONS_CONFLICT_MERGED, file.path(), taken, copy));
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read the conflict copy " + copy, e);
                told.add(Problem.because(Problem.Kind.ANNOTATIONS_CONFLICT_KEPT,
                        Problem.of(Problem.Kind.FILE_UNREADABLE, FileErrors.reason(e)), copy, file.path(), 0));
            }
        }
        return changed;
    }

    /**
     * After a copy was merged: each annotation that had other words here than in the copy, both live, lost one of them
     * (the newer change won); that one is put back under an id of its own, so that the file holds all the copy did.
     *
     * @return how many were changed differently on both machines
     */
    private long keepLosersBeside(AnnotationSet before, AnnotationSet copy, Set<ArticleId> changed) {
        long both = 0;
        for (Annotation there : copy.all()) {
            Optional<Annotation> here = before.get(there.id());
            Optional<Annotation> won = set.get(there.id());
            if (here.isEmpty() || won.isEmpty() || !Versions.wordsLost(here.get(), there)) {
                continue;
            }
            // the winner may hold the loser's review state (taken apart): the loser is the one whose words it lacks
            Annotation loser = Versions.keptBeside(Versions.sameWords(won.get(), there) ? here.get() : there);
            AnnotationSet beside = new AnnotationSet();
            beside.put(loser);
            changed.addAll(set.mergeFrom(beside)); // a second merge of the same versions finds it there, or a newer edit of it
            both++;
        }
        return both;
    }

    /** A copy restored at most this long after it was made: an older one would bring back what was deleted since. */
    static final Duration RESTORE_WITHIN = Duration.ofDays(7);

    private boolean recent(Path copy) {
        try {
            return Files.getLastModifiedTime(copy).toInstant().isAfter(clock.instant().minus(RESTORE_WITHIN));
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes what a crashed save left (under the lock, so no other window is half-way through a save). */
    private static void removeLeftovers(Path file) {
        try {
            FileGuard.locked(file, () -> FileGuard.removeLeftovers(file, Duration.ZERO));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "Could not lock " + file + " to clean up: " + e);
        }
    }

    private Set<ArticleId> mergeExternal() throws IOException {
        StoreFile.Read external = file.readIfChanged();
        if (external == null) {
            return Set.of();
        }
        problems.addAll(external.problems());
        unannounced.addAll(external.problems());
        Set<ArticleId> changed = set.mergeFrom(external.set(), onDisk);
        onDisk = external.set().copy();
        return changed;
    }

    /**
     * An automatic save. One that fails is told once: the next ones (the file is checked every few seconds, and each
     * check asks for a save while the file lacks a change) retry quietly until one succeeds or fails for another reason.
     * The modal message came back every 2 s after each OK, and the window could not be quit meanwhile.
     */
    private void saveQuietly() {
        try {
            save();
        } catch (IOException | RuntimeException | Error e) {
            String why = FileErrors.reason(e);
            boolean told;
            synchronized (this) {
                told = why.equals(failing);
                failing = why;
            }
            if (told) {
                LOG.log(System.Logger.Level.DEBUG, "Still could not save " + file.path() + ": " + why);
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "Could not save " + file.path(), e);
            report(Problem.of(Problem.Kind.ANNOTATIONS_NOT_SAVED, file.path(), why));
        }
    }

    /** After a save that worked: if saves had been failing, the problem is over, and the listeners are told so. */
    private void savedAfterFailing() {
        synchronized (this) {
            if (failing == null) {
                return;
            }
            failing = null;
        }
        problems.removeIf(p -> p.kind() == Problem.Kind.ANNOTATIONS_NOT_SAVED);
        LOG.log(System.Logger.Level.INFO, "Saved " + file.path() + " again");
        listeners.forEach(AnnotationListener::savedAgain);
    }

    private void report(Problem problem) {
        problems.add(problem);
        listeners.forEach(l -> l.problemReported(problem));
    }

    private void notifyChanged(Set<ArticleId> articles) {
        List<Problem> messages;
        synchronized (this) {
            messages = List.copyOf(unannounced);
            unannounced.clear();
        }
        messages.forEach(m -> listeners.forEach(l -> l.problemReported(m)));
        if (!articles.isEmpty()) {
            listeners.forEach(l -> l.annotationsChanged(articles));
        }
    }

    private static List<Annotation> live(List<Annotation> all) {
        return all.stream().filter(a -> !a.isDeleted()).toList();
    }
}
