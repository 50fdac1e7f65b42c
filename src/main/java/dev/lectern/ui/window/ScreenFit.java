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
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
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
