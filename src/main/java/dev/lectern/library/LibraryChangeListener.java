package dev.lectern.library;

/** Hears the batches of changes found by a {@link LibraryWatcher}; called on the watcher's own thread. */
@FunctionalInterface
public interface LibraryChangeListener {

    void changed(LibraryChanges changes);
}
