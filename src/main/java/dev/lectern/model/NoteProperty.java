package dev.lectern.model;

import java.util.List;
import java.util.Objects;

/**
 * One of a vault note's properties, as Obsidian lists them above the note: a field of its front matter that the page's
 * header does not already show ({@code status: draft}, {@code source: https://…}, {@code related: "[[Other note]]"}),
 * its name as the front matter spells it, its values as text (one for a single value).
 */
public record NoteProperty(String name, List<String> values) {

    public NoteProperty {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
