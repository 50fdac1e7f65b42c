package dev.lectern.library;

import dev.lectern.model.Problem;
import java.nio.file.Path;

/**
 * An article file found by the walk, with its path relative to the walked folder ('/'-separated)
 * and the size and modification time read in the same pass; or, with refused set, a file or folder the walk could not
 * take (a folder it cannot list, a link that leads nowhere), to be reported rather than read.
 */
record FoundFile(Path file, String id, long size, long modified, Problem refused) {

    FoundFile(Path file, String id, long size, long modified) {
        this(file, id, size, modified, null);
    }

    static FoundFile refused(Path file, String id, Problem why) {
        return new FoundFile(file, id, 0, 0, why);
    }
}
