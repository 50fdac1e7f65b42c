package dev.lectern.ui.library;

import dev.lectern.library.TagRef;

/** What one row of the tag tree stands for; the count is refreshed as the filter changes. */
public final class TagTreeItem {

    /** The kinds of rows. */
    enum Kind { ALL, SECTION, TAG, UNTAGGED }

    private final Kind kind;
    private final TagRef ref;
    private final String label;
    private int count;

    TagTreeItem(Kind kind, TagRef ref, String label) {
        this.kind = kind;
        this.ref = ref;
        this.label = label;
    }

    Kind kind() {
        return kind;
    }

    /** The tag or category, for TAG rows; null otherwise. */
    TagRef ref() {
        return ref;
    }

    public String label() {
        return label;
    }

    public int count() {
        return count;
    }

    void setCount(int count) {
        this.count = count;
    }

    boolean checkable() {
        return kind == Kind.TAG || kind == Kind.UNTAGGED;
    }

    @Override
    public String toString() {
        return kind == Kind.SECTION ? label : label + " (" + count + ")";
    }
}
