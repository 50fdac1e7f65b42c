package dev.lectern.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Identifies an article by its path relative to the library root, always with '/' separators. */
public record ArticleId(String path) implements Comparable<ArticleId> {

    private static final Set<String> INDEX_NAMES = Set.of("index", "_index", "readme");

    public ArticleId {
        Objects.requireNonNull(path, "path");
        path = path.replace('\\', '/');
    }

    /** The file name, without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The file name without its extension ({@code 2020-01-02-post} for {@code _posts/2020-01-02-post.md}). */
    public String stem() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The name of the folder the file is in ("" for a file at the library's root): {@code floc} for {@code docs/floc/index.md}. */
    public String folderName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
    }

    /**
     * Whether the file is the index of the folder it is in ({@code floc/index.md}, {@code _index.md}, {@code README.md},
     * any extension and case), as in Hugo's and Eleventy's page bundles: the folder names the article.
     */
    public boolean isFolderIndex() {
        if (path.indexOf('/') < 0) {
            return false;
        }
        return INDEX_NAMES.contains(stem().toLowerCase(Locale.ROOT));
    }

    /**
     * A '/'-separated path within the library with its "." and ".." segments resolved and empty ones dropped
     * ({@code posts/../img/a.png} is {@code img/a.png}); null when it would leave the library, "" for the library itself.
     */
    public static String normalizedPath(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
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
