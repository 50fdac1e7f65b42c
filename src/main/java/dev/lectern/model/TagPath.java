package dev.lectern.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A tag or category as a path of segments: "lang/java" nests "java" under "lang" (Obsidian's convention). */
public record TagPath(List<String> segments) {

    public TagPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a tag path has at least one segment");
        }
    }

    /** Parses "a/b/c"; blank segments are dropped, so "a//b/" is "a/b". Returns null for a blank text. */
    public static TagPath parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> parts = Arrays.stream(text.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return parts.isEmpty() ? null : new TagPath(parts);
    }

    /** The last segment, as shown in a tree. */
    public String name() {
        return segments.get(segments.size() - 1);
    }

    /** The enclosing path, or null for a top-level tag. */
    public TagPath parent() {
        return segments.size() == 1 ? null : new TagPath(segments.subList(0, segments.size() - 1));
    }

    public int depth() {
        return segments.size();
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
