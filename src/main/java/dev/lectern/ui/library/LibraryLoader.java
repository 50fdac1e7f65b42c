package dev.lectern.ui.library;

import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LoadedLibrary;
import dev.lectern.library.ScanListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Loads a library folder, streaming articles to the listener: a plain scan, or one helped by the metadata cache. */
@FunctionalInterface
public interface LibraryLoader {

    /** Loads the folder; what the result leaves for after it is shown is run once the list has been handed over. */
    LoadedLibrary load(Path root, ScanListener listener, BooleanSupplier cancelled) throws IOException;

    /** A loader that scans every file and leaves nothing for later. */
    static LibraryLoader scanning(LibraryScanner scanner) {
        return (root, listener, cancelled) -> LoadedLibrary.of(scanner.scan(root, listener, cancelled));
    }
}
