package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Closing an annotation store could not save its file; everything was written beside it instead, and the next open
 * merges that copy back. Carries the copy's path and, as its cause, why the save failed, for the interface to word.
 */
public final class KeptAside extends IOException {

    private final transient Path copy;

    KeptAside(Path copy, Throwable why) {
        super("could not be saved (" + why + "); kept as " + copy, why);
        this.copy = copy;
    }

    /** Where the annotations were written instead. */
    public Path copy() {
        return copy;
    }
}
