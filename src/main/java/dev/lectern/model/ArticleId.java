package dev.lectern.model;

import java.util.Objects;

/** Identifies an article by its path relative to the library root, always with '/' separators. */
public record ArticleId(String path) implements Comparable<ArticleId> {

    public ArticleId {
        Objects.requireNonNull(path, "path");
        path = path.replace('\\', '/');
    }

    /** The file name, without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    @Override
    public int compareTo(ArticleId other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return path;
    }
}
