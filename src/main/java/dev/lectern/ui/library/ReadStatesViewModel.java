package dev.lectern.ui.library;

import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadProgress;
import dev.lectern.model.ReadState;
import dev.lectern.store.ReadingMemory;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Read state and progress per article for the UI: the reader's progress as reported while an article is on screen,
 * and marks by hand (read / unread). Keeps them in the {@link ReadingMemory}, tells the filter, and bumps a
 * revision so the list repaints. A mark by hand wins over the reading progress until the article is opened again.
 */
public final class ReadStatesViewModel {

    private final ReadingMemory memory;
    private final ArticleFilter filter;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    /** Articles marked by hand since they were last opened: their progress is not tracked until then. */
    private final Set<ArticleId> markedByHand = new HashSet<>();

    public ReadStatesViewModel(ReadingMemory memory, ArticleFilter filter) {
        this.memory = memory;
        this.filter = filter;
        filter.setReadStates(id -> memory.progress(id).state());
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
     * The article has been on screen long enough to count as opened, down to {@code fraction} of its length.
     * Saved when the state changes; a mere step forward is saved with the reading position when the article is left.
     */
    public void seen(ArticleId id, double fraction) {
        if (!markedByHand.contains(id)) {
            ReadProgress was = memory.progress(id);
            set(id, was, was.seen(fraction));
        }
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
