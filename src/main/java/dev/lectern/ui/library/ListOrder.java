package dev.lectern.ui.library;

/** The article list's order: by date (newest or oldest first) or by title (A–Z or Z–A), kept across restarts. */
public enum ListOrder {
    NEWEST("newest", false, false), OLDEST("oldest", false, true), TITLE("title", true, true),
    TITLE_REVERSED("title-reversed", true, false);

    private final String key;
    private final boolean byTitle;
    private final boolean ascending;

    ListOrder(String key, boolean byTitle, boolean ascending) {
        this.key = key;
        this.byTitle = byTitle;
        this.ascending = ascending;
    }

    /** Its name in the preferences file. */
    public String key() {
        return key;
    }

    /** The order of that key, or the newest first for an unknown one. */
    public static ListOrder ofKey(String key) {
        for (ListOrder order : values()) {
            if (order.key.equals(key)) {
                return order;
            }
        }
        return NEWEST;
    }

    /** The order of a click on a column header: by title or by date, up or down. */
    static ListOrder of(boolean byTitle, boolean ascending) {
        for (ListOrder order : values()) {
            if (order.byTitle == byTitle && order.ascending == ascending) {
                return order;
            }
        }
        throw new AssertionError();
    }

    boolean byTitle() {
        return byTitle;
    }

    boolean ascending() {
        return ascending;
    }
}
