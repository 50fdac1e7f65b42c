package dev.lectern.model;

import java.util.Locale;

/** The five highlight colours a reader can choose from. */
public enum HighlightColor {
    YELLOW, GREEN, BLUE, PINK, PURPLE;

    /** The lower-case name written to files and exports ("yellow"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The colour named by {@link #key()}, ignoring case; throws IllegalArgumentException for any other name. */
    public static HighlightColor fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
