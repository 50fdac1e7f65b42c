package dev.lectern.ui.library;

import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadProgress;
import dev.lectern.model.ReadState;
import dev.lectern.store.ReadingMemory;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Read state and progress per article for the UI: the reader's progress as reported while an article is on screen,
 * and marks by hand (read / unread). Keeps them in the {@link ReadingMemory}, tells the filter, and bumps a
 * revision so the list repaints. A mark by hand wins over the reading progress until the article is opened again.
 * An article counts as opened once it has been on screen for {@link #OPEN_AFTER_MS} on the injected clock (so running
 * down the list with the arrow keys opens nothing); from then on the reading pane reports how much of it was seen.
 * An unread article the window shows by itself ({@link #showingUnasked}) waits until the reader scrolls it, clicks into
 * it or picks it ({@link #chosen}).
 */
public final class ReadStatesViewModel {

    /** How long an article must stay on screen before it counts as opened, in milliseconds. */
    public static final long OPEN_AFTER_MS = 2000;

    private final ReadingMemory memory;
    private final ArticleFilter filter;
    private final LongSupplier millis;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    /** Articles marked by hand since they were last opened: their progress is not tracked until then. */
    private final Set<ArticleId> markedByHand = new HashSet<>();
    /** The article on screen since {@link #shownAt} (null when none). */
    private ArticleId onScreen;
    private long shownAt;
    /** Stands for "whatever page comes next" in {@link #unasked}. */
    private static final ArticleId ANY = new ArticleId("");
    /** The article the window is putting on screen by itself ({@link #showingUnasked}): null for none, or {@link #ANY}. */
    private ArticleId unasked;
    /** The article on screen was put there by the window and not yet read on: how far its first look was scrolled. */
    private boolean onTrial;
    private double firstOffset;
    /** The article on screen jumped within its page ({@link #jumpedWithinPage}) and was not read on from there since. */
    private boolean jumped;
    /**
     * How far the page was scrolled where that jump landed, or back to since; NaN until the next look, and again after
     * the page was laid out anew ({@link #reflowed}).
     */
    private double landing;

    /** Timed on the monotonic system clock. */
    public ReadStatesViewModel(ReadingMemory memory, ArticleFilter filter) {
        this(memory, filter, () -> System.nanoTime() / 1_000_000);
    }

    /** @param millis the clock that times how long an article has been on screen, in milliseconds */
    public ReadStatesViewModel(ReadingMemory memory, ArticleFilter filter, LongSupplier millis) {
        this.memory = memory;
        this.filter = filter;
        this.millis = millis;
        filter.setReadStates(id -> memory.progress(id).state());
        memory.onMove(this::moved);
    }

    /**
     * The article's file was renamed or moved and its state went with it: the counts and the read filter learn the
     * new path's state (they had looked it up before the state moved, and counted it unread), and a look or a mark by
     * hand under way goes on under the new path.
     */
    private void moved(ArticleId from, ArticleId to) {
        if (from.equals(onScreen)) {
            onScreen = to;
        }
        if (markedByHand.remove(from)) {
            markedByHand.add(to);
        }
        if (from.equals(unasked)) {
            unasked = to;
        }
        filter.readStateChanged(to, memory.progress(to).state());
        revision.set(revision.get() + 1);
    }

    /**
     * The window is about to show an article by itself (the first of a library, the one open at the last close), not
     * because the reader chose it; id null for whatever page comes next. An unread article shown so counts as opened
     * only once the reader scrolls it: a library's first look no longer puts its newest article "in progress".
     */
    public void showingUnasked(ArticleId id) {
        if (id == null || !id.equals(onScreen)) {
            unasked = id == null ? ANY : id;
        }
    }

    /**
     * The reader picked the article in the list or clicked into its page: shown by the window or not, it is theirs
     * now, and counts as any other.
     */
    public void chosen(ArticleId id) {
        if (id == null) {
            return;
        }
        if (id.equals(onScreen)) {
            onTrial = false;
        }
        if (isUnasked(id)) {
            unasked = null;
        }
    }

    /** Whether the window is putting this article on screen by itself. */
    private boolean isUnasked(ArticleId id) {
        return unasked == ANY || unasked != null && unasked.equals(id);
    }

    /**
     * A page was shown: a new look begins when it is another article. The same one rendered again (its file changed,
     * a reading choice) is put where the reader was, and counts only once it is scrolled from there: a file a sync tool
     * rewrites in place is shown half written first, and that shorter page's place counted as reading most of it.
     */
    public void pageShown(ArticleId shown) {
        if (shown != null && shown.equals(onScreen)) {
            onTrial = true;
            firstOffset = Double.NaN;
        } else if (shown != null) {
            onScreen = shown;
            shownAt = millis.getAsLong();
            onTrial = isUnasked(shown) && memory.progress(shown).state() == ReadState.UNREAD;
            firstOffset = Double.NaN;
            jumped = false;
            unasked = null;
            opened(shown);
        }
    }

    /** Whether the article on screen has been there long enough for how far it was read to count. */
    public boolean countsAsOpened(ArticleId shown) {
        return shown != null && shown.equals(onScreen) && millis.getAsLong() - shownAt >= OPEN_AFTER_MS;
    }

    /** Unread, in progress (with how far) or read. */
    public ReadProgress progress(ArticleId id) {
        return memory.progress(id);
    }

    /** A new look at the article began: progress is tracked again even if it was marked by hand. */
    public void opened(ArticleId id) {
        markedByHand.remove(id);
    }

    /**
     * The article has been on screen long enough to count as opened, down to {@code fraction} of its length, with the
     * page scrolled by {@code offset} pixels. An article the window showed by itself counts only once it has been
     * scrolled: a window made taller shows more of it (a larger fraction) without the reader reading on.
     * Saved when the state changes; a mere step forward is saved with the reading position ({@link PlaceKeeper}, or
     * when the article is left).
     */
    public void seen(ArticleId id, double fraction, double offset) {
        if (onTrial && id.equals(onScreen)) {
            if (Double.isNaN(firstOffset)) {
                firstOffset = offset;
            }
            if (Math.abs(offset - firstOffset) <= 1) { // not scrolled (a window resized or a reflow)
                return;
            }
            onTrial = false; // scrolled: read on
        }
        if (jumped && id.equals(onScreen) && !readOnAfterJump(fraction, offset)) {
            return;
        }
        if (!markedByHand.contains(id)) {
            ReadProgress was = memory.progress(id);
            set(id, was, was.seen(fraction));
        }
    }

    /**
     * A link within the article's page (a footnote's number, an entry of its contents) jumped to another part of it:
     * the part passed over is not read by that, so how far the reader got stays where it was until the page is
     * scrolled on from where the jump landed, or from where it was scrolled back to since (reading on there), or goes
     * back within what had been reached (Back). A footnote at the article's end no longer marks it read, nor does a
     * larger text after it (the page reflowed under the kept top line).
     */
    public void jumpedWithinPage(ArticleId id) {
        if (id != null && id.equals(onScreen)) {
            jumped = true;
            landing = Double.NaN;
        }
    }

    /**
     * The page on screen was laid out anew in place (a text size, a typeface, a column, the window's width) with its
     * first line kept: its scroll offset moved without the reader scrolling.
     */
    public void reflowed(ArticleId id) {
        if (jumped && id != null && id.equals(onScreen)) {
            landing = Double.NaN; // the reflowed offset is where the jump landed now, not reading on
        }
    }

    /** Whether the page, held since a jump within it, is being read on: scrolled further, or back within the part read. */
    private boolean readOnAfterJump(double fraction, double offset) {
        // scrolled back from there, the reader reads on from where they stopped (the landing may have been the
        // furthest the page scrolls: the end)
        landing = Double.isNaN(landing) ? offset : Math.min(landing, offset);
        if (offset > landing + 1 || fraction <= memory.progress(onScreen).furthest()) {
            jumped = false;
        }
        return !jumped;
    }

    /** Marks the article read, or unread as if never opened. */
    public void setRead(ArticleId id, boolean read) {
        markedByHand.add(id);
        ReadProgress was = memory.progress(id);
        set(id, was, was.marked(read));
    }

    /** Marks a read article unread, and any other read. */
    public void toggleRead(ArticleId id) {
        setRead(id, memory.progress(id).state() != ReadState.READ);
    }

    private void set(ArticleId id, ReadProgress was, ReadProgress now) {
        if (now.equals(was)) {
            return;
        }
        memory.setProgress(id, now);
        if (now.state() != was.state()) {
            memory.save();
            filter.readStateChanged(id, now.state());
        }
        if (now.state() != was.state() || now.percent() != was.percent()) {
            revision.set(revision.get() + 1);
        }
    }

    /** Increases after every change the list shows (a state, or a percentage). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
