package dev.lectern.library;

import java.nio.file.Path;

/**
 * An article file found by the walk, with its path relative to the walked folder ('/'-separated)
 * and the size and modification time read in the same pass.
 */
record FoundFile(Path file, String id, long size, long modified) {
}
