package dev.lectern.store;

import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
import java.util.Set;

/**
 * Told when annotations change, here or in another window, and when a problem arises. Called on the thread that caused
 * it (the caller's for edits, the autosave or checking thread for merges), never under the store's lock:
 * a JavaFX view model hands it on with {@code Platform.runLater}.
 */
public interface AnnotationListener {

    /** The annotations of these articles changed. */
    void annotationsChanged(Set<ArticleId> articles);

    /** A problem for the user: a damaged file kept aside, a save that failed. */
    default void problemReported(Problem problem) {
    }

    /**
     * Saving works again after automatic saves had failed (a {@code ANNOTATIONS_NOT_SAVED} problem, reported once for
     * however many saves failed for the same reason).
     */
    default void savedAgain() {
    }
}
