package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies merged whole, to be deleted once a save has put what they held in the file, each with its size and time when
 * it was read: a sync tool writes a copy in place, so one read half-written may have grown since, and is then kept.
 */
final class MergedCopies {

    private static final System.Logger LOG = System.getLogger(MergedCopies.class.getName());

    /** A copy's size and time, or null for one that cannot be looked at. */
    record Stamp(long size, FileTime modified) {

        static Stamp of(Path copy) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(copy, BasicFileAttributes.class);
                return new Stamp(attributes.size(), attributes.lastModifiedTime());
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private final Map<Path, Stamp> copies = new LinkedHashMap<>();

    /** Takes a copy read whole; stamp is what it was before it was read (null: it is never deleted). */
    void add(Path copy, Stamp stamp) {
        if (stamp != null) {
            copies.put(copy, stamp);
        }
    }

    boolean contains(Path copy) {
        return copies.containsKey(copy);
    }

    boolean isEmpty() {
        return copies.isEmpty();
    }

    List<Path> paths() {
        return List.copyOf(copies.keySet());
    }

    void clear() {
        copies.clear();
    }

    /**
     * Deletes the copies that are as they were read and forgets them all.
     *
     * @return those that changed since they were read, kept to be read again
     */
    List<Path> deleteUnchanged() {
        List<Path> changed = new ArrayList<>();
        for (Map.Entry<Path, Stamp> copy : copies.entrySet()) {
            if (!copy.getValue().equals(Stamp.of(copy.getKey()))) {
                changed.add(copy.getKey());
                continue;
            }
            try {
                Files.deleteIfExists(copy.getKey());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.INFO, "Could not delete " + copy.getKey() + ": " + e);
            }
        }
        copies.clear();
        return changed;
    }
}
