package dev.lectern.library;

import java.nio.file.Path;

/** An article file found by the walk, with the size and modification time read in the same pass. */
record FoundFile(Path file, long size, long modified) implements Comparable<FoundFile> {

    @Override
    public int compareTo(FoundFile other) {
        return file.compareTo(other.file);
    }
}
