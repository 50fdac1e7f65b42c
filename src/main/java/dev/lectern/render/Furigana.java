package dev.lectern.render;

import java.util.Locale;

/** Which kanji of a Japanese article get their reading above them: none, all, or only the rarer ones. */
public enum Furigana {
    OFF, ALL, BEYOND_GRADE_2, BEYOND_JOYO;

    /** The name kept in preferences ("off", "all", "beyond-grade-2", "beyond-joyo"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The level of a key, or null for an unknown or missing one. */
    public static Furigana fromKey(String key) {
        for (Furigana level : values()) {
            if (level.key().equals(key)) {
                return level;
            }
        }
        return null;
    }
}
