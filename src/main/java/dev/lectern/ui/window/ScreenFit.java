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

    /** Room a window's frame (its title bar and borders) may take around its scene, in the interface's pixels. */
    static final double FRAME_WIDTH = 16;
    static final double FRAME_HEIGHT = 48;

    /**
     * Keeps a dialog or tool window of {@code owner}'s whole on the owner's screen each time it shows: JavaFX centres
     * it on its owner, which put a dialog larger than a small main window past the screen's edge (Files with problems
     * at x = -62 beside 288 free pixels), and one larger than a scaled screen (1366 x 768 at twice the size) had its
     * filter row or its buttons off it. It is moved only as far as needed, and made smaller when larger than the screen.
     */
    static void keepOnScreen(Window window, Window owner) {
        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            if (!wholeOnAScreen(window)) { // one the reader put whole on another monitor stays there
                keepWithin(window, roomOf(owner != null && owner.isShowing() ? owner : window), false);
            }
        });
    }

    /** Whether the window lies whole within the visual bounds of one of the screens. */
    static boolean wholeOnAScreen(Window window) {
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds()
                .contains(window.getX(), window.getY(), window.getWidth(), window.getHeight()));
    }

    /** As {@link #keepOnScreen(Window, Window)}, for a dialog (whose window JavaFX makes for it). */
    static void keepOnScreen(javafx.scene.control.Dialog<?> dialog, Window owner) {
        javafx.event.EventHandler<javafx.scene.control.DialogEvent> before = dialog.getOnShown();
        dialog.setOnShown(e -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (!wholeOnAScreen(window)) {
                keepWithin(window, roomOf(owner != null && owner.isShowing() ? owner : window), false);
            }
            if (before != null) {
                before.handle(e);
            }
        });
    }

    /** A window's scene size {@code width} x {@code height}, or less: what a screen of {@code room} holds with its frame. */
    static javafx.geometry.Dimension2D sceneWithin(Rectangle2D room, double width, double height) {
        return new javafx.geometry.Dimension2D(Math.min(width, room.getWidth() - FRAME_WIDTH),
                Math.min(height, room.getHeight() - FRAME_HEIGHT));
    }
}
