package dev.lectern.model;

import java.util.ArrayList;
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

    /**
     * The most levels a path has. A front matter is read as any other (hostile) file: a tag of 20,000 levels made every
     * walk of the tag tree overflow its stack, and the library never finished loading. Deeper segments stay together,
     * in the last one, so that a path still reads as written and parses to itself.
     */
    public static final int MAX_DEPTH = 16;

    /**
     * Parses "a/b/c"; blank segments are dropped, so "a//b/" is "a/b". Returns null for a blank text. Past
     * {@link #MAX_DEPTH} levels the rest is the last segment: "l1/…/l15/l16/l17" has l16/l17 as its 16th.
     */
    public static TagPath parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> parts = Arrays.stream(text.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.size() > MAX_DEPTH) {
            List<String> kept = new ArrayList<>(parts.subList(0, MAX_DEPTH - 1));
            kept.add(String.join("/", parts.subList(MAX_DEPTH - 1, parts.size())));
            parts = kept;
        }
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
