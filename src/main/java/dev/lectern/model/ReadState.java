package dev.lectern.model;

import java.util.Locale;

/** Where a reader is with an article: never opened, opened and partly read, or read to the end (or marked read). */
public enum ReadState {
    UNREAD, IN_PROGRESS, READ;

    /** The word written to files: "unread", "reading" or "read". */
    public String key() {
        return this == IN_PROGRESS ? "reading" : name().toLowerCase(Locale.ROOT);
    }

    /** The state named by {@link #key()}; throws IllegalArgumentException for any other word. */
    public static ReadState fromKey(String key) {
        for (ReadState state : values()) {
            if (state.key().equals(key)) {
                return state;
            }
        }
        throw new IllegalArgumentException("not a read state: " + key);
    }
}
