package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.store.AnnotationListener;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.FileErrors;
import dev.lectern.store.KeptAside;
import dev.lectern.store.Relocation;
import dev.lectern.store.Versions;
import dev.lectern.ui.common.AnnotationMarks;
import dev.lectern.ui.common.Messages;
import dev.lectern.ui.common.Quoted;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reader's highlights and bookmarks for the UI: adds, edits and deletes (with undo) through the store, and keeps
 * an observable list of every live annotation plus per-article counts for the article list's markers.
 */
public final class AnnotationsViewModel implements AnnotationMarks {

    private final RenameFollower renames;
    private final AnnotationTransfer transfer;
    private final Executor background;
    private final Executor fx;
    private final AnnotationListener listener;
    private volatile AnnotationStore store;
    private java.nio.file.Path requested;
    /** A library read before its annotation file was open, whose renamed articles are still to be matched; or null. */
    private volatile Pending pending;

    private record Pending(java.nio.file.Path root, List<Article> library) {
    }
    /** Edits to store before the store closes: open note editors ({@link #beforeClosing}). */
    private final List<Runnable> closingEdits = new java.util.ArrayList<>();
    private final ObservableList<Annotation> all = FXCollections.observableArrayList();
    private final ObservableList<Annotation> readOnlyAll = FXCollections.unmodifiableObservableList(all);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper unsaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    /**
     * What Ctrl+Z undoes, latest first: a delete (before null) or an edit (before: the annotation as it was; after: as
     * the edit left it, so that an edit saved since in another window or on another machine is not undone).
     */
    private final Deque<Undo> undos = new ArrayDeque<>();
    /** The article and count of annotations last said to be not found in it. */
    private String notFoundSaid = "";

    private record Undo(UUID id, Annotation before, Annotation after) {
    }
    private Map<ArticleId, int[]> counts = Map.of();

    /** Starts without a store; {@link #use} gives it the open library's. Hashes for renames last one load. */
    public AnnotationsViewModel(ArticleTexts texts, Executor background, Executor fx) {
        this(new RenameFollower(texts::of, null), background, fx);
    }

    /** Starts without a store, following renamed articles through renames (which may keep hashes in a cache). */
    public AnnotationsViewModel(RenameFollower renames, Executor background, Executor fx) {
        this.renames = renames;
        this.background = background;
        this.fx = fx;
        this.transfer = new AnnotationTransfer(this, renames.texts(), background, fx);
        this.listener = new AnnotationListener() {
            @Override
            public void annotationsChanged(Set<ArticleId> articles) {
                fx.execute(AnnotationsViewModel.this::refresh);
            }

            @Override
            public void problemReported(Problem problem) {
                fx.execute(() -> {
                    String said = Messages.describe(problem);
                    problems.add(said);
                    if (problem.kind() == Problem.Kind.ANNOTATIONS_NOT_SAVED) {
                        unsaved.set(said);
                    }
                });
            }

            @Override
            public void savedAgain() {
                fx.execute(() -> unsaved.set(""));
            }
        };
    }

    /** Switches to another library's store, closing (and so saving) the previous one. */
    public void use(AnnotationStore next) {
        close();
        store = next;
        undos.clear();
        unsaved.set("");
        note.set("");
        problems.setAll(next.problems().stream().map(Messages::describe).toList());
        next.addListener(listener);
        refresh();
        Pending waiting = pending;
        if (waiting != null && (requested == null || waiting.root().equals(requested))) {
            followRenamedArticles(waiting.root(), waiting.library());
        }
    }

    /** Opens the library's store in the background (it reads, and may set aside, a file), then switches to it. */
    public void open(AnnotationStores stores, java.nio.file.Path root) {
        requested = root;
        background.execute(() -> {
            try {
                AnnotationStore next = stores.openFor(root);
                fx.execute(() -> {
                    if (root.equals(requested)) {
                        use(next);
                    } else {
                        closeQuietly(next);
                    }
                });
            } catch (java.io.IOException | RuntimeException e) {
                fx.execute(() -> problems.add(t("annotations.openFailed", root, e.getMessage())));
            }
        });
    }

    /**
     * Runs {@code edit} before the store closes (an open note editor stores what it holds) until {@link #notBeforeClosing}:
     * the editor stored its note only as it was hidden, after the store had closed on quitting, and the note was lost.
     */
    void beforeClosing(Runnable edit) {
        closingEdits.add(edit);
    }

    void notBeforeClosing(Runnable edit) {
        closingEdits.remove(edit);
    }

    private void runClosingEdits() {
        for (Runnable edit : List.copyOf(closingEdits)) {
            edit.run();
        }
    }

    /**
     * Saves what is in the store now, from any thread: for the end of the process by a logout or shutdown (SIGTERM),
     * which closes no window. A note being typed is in it ({@link AnnotationStore#typeNote}).
     */
    public void saveAtShutdown() {
        AnnotationStore current = store;
        if (current != null) {
            current.removeListener(listener); // the window may be gone: nothing to show the change in
            try {
                current.save();
            } catch (java.io.IOException | RuntimeException e) {
                System.getLogger(AnnotationsViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not save " + current.file() + " at shutdown", e);
            }
        }
    }

    /** Saves and closes the current store (on exit, or before switching library). */
    public void close() {
        runClosingEdits();
        AnnotationStore old = store;
        store = null;
        if (old != null) {
            old.removeListener(listener);
            closeQuietly(old);
        }
    }

    /**
     * Saves and closes the current store as Lectern quits, and returns what the reader must read before the window goes:
     * that the annotations could not be saved and where the copy that keeps them is; null when all was saved.
     */
    public String closeAtExit() {
        runClosingEdits();
        AnnotationStore old = store;
        store = null;
        if (old == null) {
            return null;
        }
        old.removeListener(listener);
        return closeSaying(old);
    }

    private void closeQuietly(AnnotationStore old) {
        String said = closeSaying(old);
        if (said != null) {
            problems.add(said);
        }
    }

    /** Closes the store; what went wrong, worded, or null. */
    private static String closeSaying(AnnotationStore old) {
        try {
            old.close();
            return null;
        } catch (KeptAside e) {
            return t("annotations.keptAside", old.file(), e.copy(), FileErrors.reason(e.getCause()));
        } catch (java.io.IOException e) {
            return t("annotations.saveFailed", old.file(), FileErrors.reason(e));
        }
    }

    private void refresh() {
        if (store == null) {
            return;
        }
        List<Annotation> live = store.annotations().stream().filter(a -> a.deleted() == null)
                .sorted(Comparator.comparing((Annotation a) -> a.article().path()).thenComparingInt(AnnotationsViewModel::position))
                .toList();
        Map<ArticleId, int[]> byArticle = new HashMap<>();
        for (Annotation a : live) {
            int[] c = byArticle.computeIfAbsent(a.article(), id -> new int[2]);
            if (a instanceof Bookmark b && b.anchor() == null) {
                c[1] = 1;
            } else {
                c[0]++;
            }
        }
        counts = byArticle;
        all.setAll(live);
        revision.set(revision.get() + 1);
    }

    /** Where an annotation sits, for reading order; a whole-article bookmark comes first. */
    static int position(Annotation a) {
        return a.anchor() == null ? -1 : a.anchor().start();
    }

    /**
     * Highlights the passage; a passage highlighted already (the same text at the same place) takes the new colour
     * (and the note, when one is given) rather than getting a second highlight over it: selecting a highlight and
     * pressing a colour changes its colour, as in other readers.
     */
    public Highlight highlight(Article article, ArticleKey key, Anchor anchor, HighlightColor color, String note) {
        return highlight(article, key, anchor, color, note, null);
    }

    /**
     * As {@link #highlight(Article, ArticleKey, Anchor, HighlightColor, String)}; and a passage that runs over one
     * highlight of the page's {@code text} (it holds it, or overlaps one end) extends that highlight to both, with the
     * new colour, its note and tags kept, as Kindle and Readwise merge them: it used to lay a second highlight over the
     * first (two review cards, two export entries, a muddy colour, and the first one's note out of reach). A passage
     * inside a highlight, or over several, is a highlight of its own. {@link #undo()} takes the extension back.
     */
    public Highlight highlight(Article article, ArticleKey key, Anchor anchor, HighlightColor color, String note,
                               String text) {
        List<Highlight> overlapping = new ArrayList<>();
        for (Highlight existing : store.highlights(article.id())) {
            Anchor at = existing.anchor();
            if (at.start() == anchor.start() && at.end() == anchor.end() && at.quote().equals(anchor.quote())) {
                return store.editHighlight(existing.id(), color, note.isEmpty() ? existing.note() : note);
            }
            boolean inPlace = text != null && at.start() >= 0 && at.end() <= text.length()
                    && text.startsWith(at.quote(), at.start()) && at.end() - at.start() == at.quote().length();
            boolean inside = anchor.start() >= at.start() && anchor.end() <= at.end();
            if (inPlace && at.start() < anchor.end() && anchor.start() < at.end() && !inside) {
                overlapping.add(existing);
            }
        }
        if (overlapping.size() == 1) {
            Highlight was = overlapping.get(0);
            Anchor at = was.anchor();
            int start = Math.min(at.start(), anchor.start());
            Anchor both = Anchor.of(text, start, Math.max(at.end(), anchor.end()),
                    start == anchor.start() ? anchor.heading() : at.heading());
            store.reanchor(was.id(), both);
            String notes = note.isEmpty() ? was.note() : was.note().isEmpty() ? note : was.note() + "\n\n" + note;
            Highlight extended = store.editHighlight(was.id(), color, notes);
            undos.push(new Undo(was.id(), was, extended));
            return extended;
        }
        return store.addHighlight(article.id(), key, anchor, color, note);
    }

    public Bookmark bookmarkPassage(Article article, ArticleKey key, Anchor anchor, String label) {
        return store.addBookmark(article.id(), key, anchor, label);
    }

    /** Stars or unstars the whole article. */
    public void toggleArticleBookmark(Article article, ArticleKey key) {
        Bookmark star = articleBookmark(article.id());
        if (star != null) {
            remove(star.id()); // the star going out says itself
        } else {
            store.addBookmark(article.id(), key, null, article.title());
        }
    }

    public Bookmark articleBookmark(ArticleId id) {
        if (store == null) {
            return null;
        }
        return store.bookmarks(id).stream().filter(b -> b.anchor() == null && b.deleted() == null).findFirst().orElse(null);
    }

    /** Changes a highlight's colour and note; {@link #undo()} puts back what they were. */
    public void edit(UUID id, HighlightColor color, String note) {
        Annotation before = store.find(id).orElse(null);
        Highlight after = store.editHighlight(id, color, note);
        if (before instanceof Highlight was && !Versions.sameWords(was, after)) {
            undos.push(new Undo(id, was, after));
        }
    }

    /**
     * Stores a highlight's colour and note as its editor leaves them, the editor having opened on {@code before};
     * {@link #undo()} puts back {@code before} (the note may have been stored while typed, {@link #typeNote}). Returns
     * the highlight as stored, or null when it is gone (deleted) or no library is open.
     */
    public Highlight finishEditing(Highlight before, HighlightColor color, String note) {
        AnnotationStore current = store;
        if (current == null || !current.find(before.id()).map(a -> a.deleted() == null).orElse(false)) {
            return null;
        }
        Highlight after = current.editHighlight(before.id(), color, note);
        if (!Versions.sameWords(before, after)) {
            undos.push(new Undo(before.id(), before, after));
        }
        return after;
    }

    /** The words of a note as they are typed: stored once typing pauses, and when Lectern closes. */
    public void typeNote(UUID id, String words) {
        AnnotationStore current = store;
        if (current != null) {
            current.typeNote(id, words);
        }
    }

    /** Renames a bookmark; {@link #undo()} puts back its label. */
    public void relabel(UUID id, String label) {
        Annotation before = store.find(id).orElse(null);
        Bookmark after = store.relabelBookmark(id, label);
        if (before instanceof Bookmark was && !Versions.sameWords(was, after)) {
            undos.push(new Undo(id, was, after));
        }
    }

    /**
     * Deletes an annotation and says so in the status bar, with the key that brings it back ({@link #undo()}): a
     * delete from the side panel or the Highlights window was silent.
     */
    public void delete(UUID id) {
        Annotation deleted = remove(id);
        note.set(deleted instanceof Highlight h
                ? t("annotations.highlightDeleted", Quoted.shorten(h.anchor().quote(), 24), h.article())
                : t("annotations.bookmarkDeleted", deleted.article()));
    }

    /** Deletes an annotation, {@link #undo()} bringing it back; what it was. */
    private Annotation remove(UUID id) {
        Annotation deleted = store.delete(id);
        undos.push(new Undo(id, null, deleted));
        return deleted;
    }

    /**
     * Undoes the latest delete, or change of a colour, note or label, and says which in the status bar: Ctrl+Z pressed
     * on another article changes a highlight the reader cannot see from there, so its words and article are named.
     */
    public boolean undo() {
        Undo last = undos.poll();
        if (last == null) {
            note.set(t("annotations.nothingToUndo"));
            return false;
        }
        if (!store.find(last.id()).map(now -> sameState(now, last.after())).orElse(false)) {
            // changed since, here by a merge (another window, another machine): that change stands
            note.set(t("annotations.changedSince"));
            return false;
        }
        if (last.before() == null) {
            note.set(broughtBack(store.restore(last.id())));
        } else if (last.before() instanceof Highlight was) {
            if (!was.anchor().equals(last.after().anchor())) {
                store.reanchor(last.id(), was.anchor()); // a highlight extended over a longer passage
            }
            store.editHighlight(last.id(), was.color(), was.note());
            note.set(t("annotations.highlightEditUndone", Quoted.shorten(was.anchor().quote(), 24), was.article()));
        } else {
            Bookmark was = (Bookmark) last.before();
            store.relabelBookmark(last.id(), was.label());
            note.set(t("annotations.bookmarkEditUndone", was.article()));
        }
        return true;
    }

    /**
     * Whether an annotation still reads as an edit left it (deleted or not, colour, note and tags, or label): its dates
     * aside, which an undo before this one moved on.
     */
    private static boolean sameState(Annotation now, Annotation then) {
        return (now.deleted() == null) == (then.deleted() == null) && Versions.sameWords(now, then);
    }

    private static String broughtBack(Annotation restored) {
        if (restored instanceof Highlight highlight) {
            return t("annotations.highlightBack", Quoted.shorten(highlight.anchor().quote(), 24), restored.article());
        }
        String label = ((Bookmark) restored).label();
        return label == null || label.isBlank() ? t("annotations.bookmarkBack", restored.article())
                : t("annotations.labelledBookmarkBack", Quoted.shorten(label, 24), restored.article());
    }

    /** Puts an annotation where the reader says it belongs (Re-attach). */
    public void reanchor(UUID id, Anchor anchor) {
        store.reanchor(id, anchor);
    }

    /** Keeps the place an annotation was found at again in its changed article ({@link AnnotationStore#follow}). */
    public void follow(UUID id, Anchor anchor) {
        store.follow(id, anchor);
    }

    /** Live highlights and bookmarks of one article, in reading order. */
    public List<Annotation> of(ArticleId article) {
        if (store == null) {
            return List.of();
        }
        return all.stream().filter(a -> a.article().equals(article)).toList();
    }

    /** How many highlights and passage bookmarks an article has (for the list's marker). */
    @Override
    public int count(ArticleId article) {
        int[] c = counts.get(article);
        return c == null ? 0 : c[0];
    }

    @Override
    public boolean isStarred(ArticleId article) {
        int[] c = counts.get(article);
        return c != null && c[1] == 1;
    }

    /**
     * After a library scan, in the background: annotations of articles that were renamed or moved follow them
     * (recognised by text, else title and date); the reader is told what moved.
     */
    public void followRenamedArticles(java.nio.file.Path root, List<Article> library) {
        AnnotationStore current = store;
        if (current == null) {
            // the library was read before its annotation file: they are matched as soon as the file is open
            pending = new Pending(root, library);
            return;
        }
        pending = null;
        background.execute(() -> {
            List<Relocation> moved = renames.follow(current, root, library);
            if (!moved.isEmpty()) {
                fx.execute(() -> note.set(moved.size() == 1
                        ? t("annotations.movedOne", moved.get(0).from(), moved.get(0).to())
                        : t("annotations.movedMany", moved.size())));
            }
        });
    }

    /**
     * Says in the status bar that some highlights or bookmarks of the open article are not found in its text now (its
     * file was edited): the page showed nothing of them, and only an open Highlights panel marked them. Said once for
     * each article and count, not at every repaint.
     */
    public void notFoundIn(ArticleId article, int count) {
        String said = article + "\n" + count;
        if (count > 0 && !said.equals(notFoundSaid)) {
            note.set(t("annotations.notFoundHere", count));
        }
        notFoundSaid = said;
    }

    /**
     * The open article's file was renamed or moved to to, as the reader saw: its annotations follow at once, so that
     * one made on the page under its new name meanwhile does not leave them behind for the matcher.
     */
    public void followRename(ArticleId from, ArticleId to) {
        AnnotationStore current = store;
        if (current != null && holds(current, from) && !holds(current, to)) {
            current.moveArticle(from, to);
            note.set(t("annotations.movedOne", from, to));
        }
    }

    private static boolean holds(AnnotationStore store, ArticleId article) {
        return !store.highlights(article).isEmpty() || !store.bookmarks(article).isEmpty();
    }

    /**
     * Annotated articles changed on disk: their stored title, date and text hash are brought up to date in the
     * background, so a rename after the edit is still followed (the hash stayed the first text's, and an edit then a
     * rename left the annotations behind).
     */
    public void describeChanged(java.nio.file.Path root, List<Article> changed) {
        AnnotationStore current = store;
        List<Article> annotated = changed.stream().filter(a -> count(a.id()) > 0).toList();
        if (current == null || annotated.isEmpty()) {
            return;
        }
        background.execute(() -> annotated.forEach(a -> {
            String text = renames.texts().apply(root, a.id());
            if (text != null) {
                current.describe(a.id(), ArticleKey.of(a.title(), a.date(), text));
            }
        }));
    }

    /** Export and import as Web Annotations, for other tools and other libraries. */
    public AnnotationTransfer transfer() {
        return transfer;
    }

    /** The library whose annotation file is open or being opened, or null. */
    java.nio.file.Path root() {
        return store == null ? null : requested;
    }

    /** True once a library's store is open; edits are possible only then. */
    public boolean isOpen() {
        return store != null;
    }

    /** Every live annotation of the library, grouped by article path, in reading order. */
    public ObservableList<Annotation> all() {
        return readOnlyAll;
    }

    /** Sentences about the annotation file for the reader (a damaged file kept aside, a failed save). */
    public ObservableList<String> problems() {
        return problems;
    }

    /**
     * While automatic saves fail: why, worded (the sentence {@link #problems()} got once); "" while saving works. For a
     * mark that stays in sight without a dialog coming back at every retry.
     */
    public ReadOnlyStringProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /**
     * The last routine thing done by itself, for a quiet line in the status bar rather than a dialog (annotations that
     * followed a renamed or moved article: the reader has nothing to decide); "" for nothing.
     */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Puts a line in the status bar ({@link #noteProperty()}): something done that the reader asked for. */
    void tell(String message) {
        note.set(message);
    }

    /** The reader has read the note: the status bar lets it go. */
    /** Says something done at the reader's request in the status line (a selection key's highlight or bookmark). */
    public void say(String text) {
        note.set(text);
    }

    public void dismissNote() {
        note.set("");
    }

    /** Increases whenever annotations change. */
    @Override
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public AnnotationStore store() {
        return store;
    }
}
