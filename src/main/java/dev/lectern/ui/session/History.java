package dev.lectern.ui.session;

import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The articles the reader has had open, in order, for Back and Forward as in a browser: opening an article after
 * going back drops the ones ahead. Holds the last {@link #MOST} articles.
 */
final class History {

    static final int MOST = 200;

    private final List<ArticleId> visits = new ArrayList<>();
    private int at = -1;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();

    /** The reader has this article open (going back or forward to it is no new visit). */
    void visited(ArticleId id) {
        if (at >= 0 && visits.get(at).equals(id)) {
            return;
        }
        visits.subList(at + 1, visits.size()).clear();
        visits.add(id);
        if (visits.size() > MOST) {
            visits.remove(0);
        }
        at = visits.size() - 1;
        update();
    }

    /** An article's file was renamed or moved: its visits are to the new path (back never leads to the old one). */
    void renamed(ArticleId from, ArticleId to) {
        visits.replaceAll(id -> id.equals(from) ? to : id);
    }

    /** The article before the current one (which it now is), or null at the start. */
    ArticleId back() {
        return move(-1);
    }

    /** The article after the current one (which it now is), or null at the end. */
    ArticleId forward() {
        return move(1);
    }

    /** Forgets every visit (another library is open). */
    void clear() {
        visits.clear();
        at = -1;
        update();
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private ArticleId move(int step) {
        int to = at + step;
        if (to < 0 || to >= visits.size()) {
            return null;
        }
        at = to;
        update();
        return visits.get(at);
    }

    private void update() {
        canGoBack.set(at > 0);
        canGoForward.set(at < visits.size() - 1);
    }
}
