package dev.lectern.ui.annotations;

import dev.lectern.store.AnnotationStore;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the annotation store of a library folder; supplied by the app (a per-user file, or --annotations FILE). */
@FunctionalInterface
public interface AnnotationStores {

    /** The store for the library at root (the caller switches to it; the previous one is closed here). */
    AnnotationStore openFor(Path root) throws IOException;
}
