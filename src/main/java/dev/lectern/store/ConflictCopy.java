package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A sync conflict copy as read, before it is merged: read without holding the store, so that readers of the store do
 * not wait for the disk.
 *
 * @param stamp its size and time before it was read (null when they could not be looked at)
 * @param loaded what could be read of it, or null when it could not be read at all
 * @param failure why it could not be read, or null
 */
record ConflictCopy(Path path, MergedCopies.Stamp stamp, LoadResult loaded, Exception failure) {

    static List<ConflictCopy> readAll(List<Path> copies, AnnotationFile format) {
        return copies.stream().map(copy -> read(copy, format)).toList();
    }

    static ConflictCopy read(Path copy, AnnotationFile format) {
        MergedCopies.Stamp stamp = MergedCopies.Stamp.of(copy);
        try {
            return new ConflictCopy(copy, stamp, format.load(CappedRead.utf8(copy, CappedRead.ANNOTATIONS)), null);
        } catch (IOException | RuntimeException e) {
            return new ConflictCopy(copy, stamp, null, e);
        }
    }
}
