package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.ReadState;

/** Which articles the list shows by read state: all of them, or only the unread, in-progress or read ones. */
public enum ReadFilter {
    ALL(null), UNREAD(ReadState.UNREAD), IN_PROGRESS(ReadState.IN_PROGRESS), READ(ReadState.READ);

    /** The bundle keys of the names start with this, then the lower-case constant ("readFilter.unread"). */
    public static final String KEY_PREFIX = "readFilter.";

    private final ReadState state;

    ReadFilter(ReadState state) {
        this.state = state;
    }

    /** Its name in the preferences file: "all", "unread", "in-progress" or "read". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The filter of that key, or all for an unknown one. */
    public static ReadFilter ofKey(String key) {
        for (ReadFilter filter : values()) {
            if (filter.key().equals(key)) {
                return filter;
            }
        }
        return ALL;
    }

    /** The state shown, or null for all. */
    public ReadState state() {
        return state;
    }

    /** The name on the filter's button. */
    public String label() {
        return t(bundleKey());
    }

    /** What the filter's button tells on hover. */
    public String tip() {
        return t(bundleKey() + ".tip");
    }

    private String bundleKey() {
        return KEY_PREFIX + name().toLowerCase(java.util.Locale.ROOT);
    }
}
