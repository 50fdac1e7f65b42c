package dev.lectern.render;

/** A colour theme of the reading pane, applied as a CSS class on the page's {@code <html>} element. */
public enum Theme {
    LIGHT, SEPIA, DARK;

    /** The class name the reader CSS styles, for example {@code theme-sepia}. */
    public String cssClass() {
        return "theme-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
