package dev.lectern.store;

/** How well an annotation's passage was found again in the article's current text. */
public enum AnchorState {
    /** The exact quote was found (at its old place or elsewhere). */
    ANCHORED,
    /** A passage close to the quote was found; the reader should be shown it may have shifted. */
    MOVED,
    /** The passage is gone; the annotation is kept and listed, never deleted. */
    ORPHANED
}
