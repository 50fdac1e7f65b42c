package dev.lectern.ui.window;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a window whole on its screen's visual bounds (the screen less its panels): at twice the size a 1920 x 1200
 * screen is 960 x 600, where the main window's least width and the shortcuts' list pushed windows past its edges.
 */
final class ScreenFit {

    private ScreenFit() {
    }

    /** The visual bounds of the screen the window is on (most of it), or of the primary screen. */
    static Rectangle2D roomOf(Window window) {
        if (window != null && window.getWidth() > 0 && !Double.isNaN(window.getX())) {
            List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight());
            Rectangle2D own = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            Screen most = null;
            double mostArea = 0;
            for (Screen screen : screens) { // listed in the system's order, not by how much of the window each holds
                double area = overlap(own, screen.getBounds());
                if (area > mostArea) {
                    most = screen;
                    mostArea = area;
                }
            }
            if (most != null) {
                return most.getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    /**
     * Moves the window (and shrinks it, when it is larger than the room) so that all of it is within the room;
     * {@code centre}: into the room's middle, as a window opened for the first time is, else only as far as needed.
     * A window already within the room is left where it is.
     */
    static void keepWithin(Window window, Rectangle2D room, boolean centre) {
        if (window instanceof Stage stage && (stage.isMaximized() || stage.isFullScreen() || stage.isIconified())) {
            return;
        }
        if (window.getX() >= room.getMinX() && window.getY() >= room.getMinY()
                && window.getX() + window.getWidth() <= room.getMaxX()
                && window.getY() + window.getHeight() <= room.getMaxY()) {
            return;
        }
        if (window.getWidth() > room.getWidth()) {
            window.setWidth(room.getWidth());
        }
        if (window.getHeight() > room.getHeight()) {
            window.setHeight(room.getHeight());
        }
        if (centre) {
            window.setX(room.getMinX() + (room.getWidth() - window.getWidth()) / 2);
            window.setY(room.getMinY() + (room.getHeight() - window.getHeight()) / 2);
        } else {
            window.setX(Math.max(room.getMinX(), Math.min(window.getX(), room.getMaxX() - window.getWidth())));
            window.setY(Math.max(room.getMinY(), Math.min(window.getY(), room.getMaxY() - window.getHeight())));
        }
    }
}
