package dev.lectern.store;

import java.util.List;

/**
 * Keeps a saved window visible on the screens attached now: a monitor may have been unplugged, or the resolution
 * lowered, since the bounds were saved. A pure function, no JavaFX: the UI passes {@code Screen.getVisualBounds()}.
 */
public final class WindowPlacement {

    /** The smallest window the placement returns (unless the screen itself is smaller). */
    public static final double MIN_WIDTH = 480;
    public static final double MIN_HEIGHT = 320;
    /** Below this share of the window (of what could fit on that screen) on its best screen, it counts as lost. */
    static final double MOSTLY_VISIBLE = 0.5;

    private WindowPlacement() {
    }

    /**
     * Where to open a window saved at {@code saved}.
     * <ul>
     * <li>Unset bounds, or no screens: returned unchanged (the UI uses its default size, centred).</li>
     * <li>At least half the window on some screen: kept there, shrunk to fit that screen and moved the least
     * distance that puts it wholly on it.</li>
     * <li>Otherwise (mostly off every screen): its size, shrunk to fit, centred on the first screen.</li>
     * </ul>
     *
     * @param screens the usable area of each screen, the primary first
     */
    public static WindowBounds onScreen(WindowBounds saved, List<WindowBounds> screens) {
        List<WindowBounds> usable = screens.stream().filter(WindowBounds::isSet).toList();
        if (!saved.isSet() || usable.isEmpty()) {
            return saved;
        }
        WindowBounds best = usable.get(0);
        double bestOverlap = -1;
        for (WindowBounds screen : usable) {
            double overlap = saved.overlap(screen);
            if (overlap > bestOverlap) {
                best = screen;
                bestOverlap = overlap;
            }
        }
        double fitArea = Math.min(saved.width(), best.width()) * Math.min(saved.height(), best.height());
        if (bestOverlap >= MOSTLY_VISIBLE * fitArea) {
            return moveInside(saved, best);
        }
        WindowBounds first = usable.get(0);
        double width = fit(saved.width(), MIN_WIDTH, first.width());
        double height = fit(saved.height(), MIN_HEIGHT, first.height());
        return new WindowBounds(first.x() + (first.width() - width) / 2, first.y() + (first.height() - height) / 2,
                width, height);
    }

    private static WindowBounds moveInside(WindowBounds window, WindowBounds screen) {
        double width = fit(window.width(), MIN_WIDTH, screen.width());
        double height = fit(window.height(), MIN_HEIGHT, screen.height());
        double x = Math.max(screen.x(), Math.min(window.x(), screen.x() + screen.width() - width));
        double y = Math.max(screen.y(), Math.min(window.y(), screen.y() + screen.height() - height));
        return new WindowBounds(x, y, width, height);
    }

    private static double fit(double size, double min, double available) {
        return Math.min(Math.max(size, min), available);
    }
}
