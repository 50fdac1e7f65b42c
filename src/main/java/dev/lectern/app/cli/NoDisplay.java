package dev.lectern.app.cli;

/**
 * What to say when the reader's window cannot open for want of a display ({@code lectern content} over ssh or in a
 * text console): JavaFX's own "Unable to open DISPLAY" does not say that the other commands need none.
 */
public final class NoDisplay {

    private NoDisplay() {
    }

    /** The line for the user when the failure is a missing display (DISPLAY as set, or null), else null. */
    public static String message(Throwable failure, String display) {
        String text = failure.getMessage();
        if (!(failure instanceof UnsupportedOperationException) || text == null || !text.contains("DISPLAY")) {
            return null;
        }
        String which = display == null || display.isBlank() ? "no display is set (DISPLAY is empty)"
                : "the display " + display + " cannot be opened";
        return "the reader needs a graphical session, and " + which
                + "; scan, search, render, export and the other commands work without one";
    }
}
