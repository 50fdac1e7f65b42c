package dev.lectern.ui.library;

import dev.lectern.model.ArticleId;
import dev.lectern.store.ReadingMemory;
import java.util.List;
import java.util.ArrayList;
import java.util.function.LongSupplier;
import java.util.function.ObjDoubleConsumer;

/**
 * Saves the reader's place in the open article once it has rested {@link #SAVE_AFTER_MS} on the injected clock, so
 * that a Lectern killed or crashed reopens the article where the reader was: the place used to be written only when
 * another article was opened or the window closed, and a kill lost all the reading since. Told the page's place at
 * each look (twice a second); writes when the same place comes back that long after it last changed: never while the
 * page moves, and once per rest.
 */
public final class PlaceKeeper {

    /** How long the place must stay the same before it is saved, in milliseconds. */
    public static final long SAVE_AFTER_MS = 2000;

    private final ReadingMemory memory;
    private final LongSupplier millis;
    private final List<ObjDoubleConsumer<ArticleId>> savedListeners = new ArrayList<>();
    /** The article and place last told, and when that place was first told. */
    private ArticleId article;
    private double place = Double.NaN;
    private long since;
    /** Whether that place is still to be written. */
    private boolean unsaved;

    /** @param millis the clock that times how long the place has rested, in milliseconds */
    public PlaceKeeper(ReadingMemory memory, LongSupplier millis) {
        this.memory = memory;
        this.millis = millis;
    }

    /**
     * The page on screen is at {@code fraction} (0 top, 1 end) of the article: a place of the reader's, not one the
     * page had while it was being restored or laid out anew (the view does not report those).
     */
    public void placeAt(ArticleId id, double fraction) {
        if (id == null || !Double.isFinite(fraction)) {
            return;
        }
        long now = millis.getAsLong();
        if (!id.equals(article) || fraction != place) {
            article = id;
            place = fraction;
            since = now;
            // scrolled back to the place already kept: nothing to write
            unsaved = fraction != memory.position(id);
            return;
        }
        if (unsaved && now - since >= SAVE_AFTER_MS) {
            unsaved = false;
            memory.setPosition(id, fraction);
            memory.save();
            savedListeners.forEach(listener -> listener.accept(id, fraction));
        }
    }

    /** Runs after each place saved, with the article and its place (the preferences keep it as the last position). */
    public void onSaved(ObjDoubleConsumer<ArticleId> listener) {
        savedListeners.add(listener);
    }
}
