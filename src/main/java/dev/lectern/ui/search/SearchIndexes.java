package dev.lectern.ui.search;

import dev.lectern.search.SearchIndex;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the full-text index of a library folder; supplied by the app (a per-library folder in the user's cache). */
@FunctionalInterface
public interface SearchIndexes {

    /** The index for the library at root; the caller closes it. */
    SearchIndex openFor(Path root) throws IOException;
}
