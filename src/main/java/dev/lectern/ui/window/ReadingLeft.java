package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import java.util.OptionalDouble;

/**
 * The status bar's "37% · 13 min left", as e-book readers show it: how far into the article the window's far edge
 * is, and the part of the header's reading time that lies beyond it.
 */
final class ReadingLeft {

    /** From here on the page counts as read to its end (a last line a pixel short of the edge). */
    private static final double END = 0.995;

    private ReadingLeft() {
    }

    /**
     * @param position where the window's far edge is in the page (0 to 1); empty when no page is shown or it fits in
     *                 the window, which gives ""
     * @param minutes  the article's reading time, or 0 or less when unknown (then the percentage alone)
     */
    static String text(OptionalDouble position, int minutes) {
        if (position.isEmpty() || Double.isNaN(position.getAsDouble())) {
            return "";
        }
        double reached = Math.max(0, Math.min(1, position.getAsDouble()));
        if (reached >= END) {
            return t("status.position", 100);
        }
        int percent = (int) Math.floor(reached * 100);
        if (minutes <= 0) {
            return t("status.position", percent);
        }
        return t("status.position.left", percent, Math.max(1, (int) Math.round(minutes * (1 - reached))));
    }
}
