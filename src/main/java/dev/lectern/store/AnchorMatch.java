package dev.lectern.store;

import dev.lectern.model.Anchor;

/**
 * Where re-anchoring found an annotation's passage in the current text.
 *
 * @param state how it was found
 * @param start offset of the passage now, -1 when orphaned
 * @param end   offset after the passage now, -1 when orphaned
 * @param text  the passage as it reads now (differs from the quote when moved), null when orphaned
 */
public record AnchorMatch(AnchorState state, int start, int end, String text) {

    static AnchorMatch orphaned() {
        return new AnchorMatch(AnchorState.ORPHANED, -1, -1, null);
    }

    public boolean found() {
        return state != AnchorState.ORPHANED;
    }

    /** The anchor for the passage as found, with fresh context from the text; for {@link AnnotationStore#reanchor}. */
    public Anchor toAnchor(String currentText, String heading) {
        if (!found()) {
            throw new IllegalStateException("an orphaned annotation has no new place");
        }
        return Anchor.of(currentText, start, end, heading);
    }
}
