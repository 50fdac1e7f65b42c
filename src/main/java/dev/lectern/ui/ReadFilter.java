package dev.lectern.ui;

import dev.lectern.model.ReadState;

/** Which articles the list shows by read state: all of them, or only the unread, in-progress or read ones. */
public enum ReadFilter {
    ALL(null, "All"), UNREAD(ReadState.UNREAD, "Unread"), IN_PROGRESS(ReadState.IN_PROGRESS, "In progress"),
    READ(ReadState.READ, "Read");

    private final ReadState state;
    private final String label;

    ReadFilter(ReadState state, String label) {
        this.state = state;
        this.label = label;
    }

    /** The state shown, or null for all. */
    public ReadState state() {
        return state;
    }

    /** The name on the filter's button. */
    public String label() {
        return label;
    }
}
