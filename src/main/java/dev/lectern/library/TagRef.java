package dev.lectern.library;

import dev.lectern.model.TagPath;
import java.util.Objects;

/** Names one tag or category path within its facet. */
public record TagRef(Facet facet, TagPath path) {

    public TagRef {
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(path, "path");
    }

    /** Shorthand for tests and callers: {@code TagRef.of(Facet.TAG, "lang/java")}. */
    public static TagRef of(Facet facet, String path) {
        return new TagRef(facet, TagPath.parse(path));
    }
}
