package dev.lectern.render;

import java.util.Locale;

/** The script a Chinese article is shown in: as written, or converted phrase by phrase on display (never in the file). */
public enum Script {
    AS_WRITTEN, SIMPLIFIED, TRADITIONAL, TAIWAN, HONG_KONG;

    /** The name kept in preferences and the reading state ("as-written", "simplified", "taiwan", …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The script of a key, or null for an unknown or missing one. */
    public static Script fromKey(String key) {
        for (Script script : values()) {
            if (script.key().equals(key)) {
                return script;
            }
        }
        return null;
    }
}
