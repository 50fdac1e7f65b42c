package dev.lectern.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What each highlight colour means to the reader (yellow = "important", pink = "question"), library-wide.
 *
 * @param names   the named colours (an unnamed colour is absent)
 * @param updated when they were last changed (the newer side wins a merge), or null when never named
 */
public record ColorNames(Map<HighlightColor, String> names, Instant updated) {

    /** At most this many characters are kept of a name. */
    public static final int MAX_LENGTH = 40;

    /** No colour named. */
    public static final ColorNames NONE = new ColorNames(Map.of(), null);

    public ColorNames {
        EnumMap<HighlightColor, String> clean = new EnumMap<>(HighlightColor.class);
        if (names != null) {
            names.forEach((color, name) -> {
                String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
                if (color != null && !n.isEmpty()) {
                    clean.put(color, n.length() > MAX_LENGTH ? n.substring(0, MAX_LENGTH) : n);
                }
            });
        }
        names = Collections.unmodifiableMap(clean);
    }

    /** The colour's name, or null when it has none. */
    public String nameOf(HighlightColor color) {
        return names.get(color);
    }

    /** "important (yellow)" when named, else "yellow". */
    public String label(HighlightColor color) {
        String name = nameOf(color);
        return name == null ? color.key() : name + " (" + color.key() + ")";
    }

    /** The colour a name or key stands for ("question" or "pink"), or null. */
    public HighlightColor colorNamed(String text) {
        String t = text == null ? "" : text.strip();
        for (HighlightColor color : HighlightColor.values()) {
            if (color.key().equalsIgnoreCase(t) || t.equalsIgnoreCase(nameOf(color))) {
                return color;
            }
        }
        return null;
    }
}
