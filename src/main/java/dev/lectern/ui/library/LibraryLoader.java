package dev.lectern.ui.library;

import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Loads a library folder, streaming articles to the listener: a plain scan, or one helped by the metadata cache. */
@FunctionalInterface
public interface LibraryLoader {

    ScanResult load(Path root, ScanListener listener, BooleanSupplier cancelled) throws IOException;
}
