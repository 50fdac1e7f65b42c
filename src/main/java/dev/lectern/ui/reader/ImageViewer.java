package dev.lectern.ui.reader;

import dev.lectern.render.ImageViewerScripts;
import java.util.function.Function;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.web.WebView;

/**
 * Pictures of the reading pane seen whole: a click on one shown smaller than it is opens it over the page (a
 * screenshot squeezed into the column becomes legible), a click on it shows it at its own size, and a click beside it
 * or Esc closes it; the arrows and paging keys move about it. The viewer lives in the page
 * ({@link ImageViewerScripts}); this class hands it the clicks and keys.
 */
final class ImageViewer {

    private final WebView web;
    private final Function<String, Object> run;
    private final ImageViewerScripts scripts = new ImageViewerScripts();

    /** Watches clicks and Esc on {@code web}; {@code run} runs the reader's script in its page. */
    ImageViewer(WebView web, Function<String, Object> run) {
        this.web = web;
        this.run = run;
        web.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
        web.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && Boolean.TRUE.equals(run.apply(scripts.close()))
                    || !e.isShortcutDown() && !e.isAltDown() && scrolled(e)) {
                e.consume();
            }
        });
    }

    /** The arrows, Page Up and Down, Space, Home and End move about the open viewer's picture, not the page beneath. */
    private boolean scrolled(KeyEvent key) {
        double big = 1_000_000;
        double[] move = switch (key.getCode()) {
            case UP -> new double[] {0, -1, 0};
            case DOWN -> new double[] {0, 1, 0};
            case LEFT -> new double[] {-1, 0, 0};
            case RIGHT -> new double[] {1, 0, 0};
            case PAGE_UP -> new double[] {0, -1, 1};
            case PAGE_DOWN -> new double[] {0, 1, 1};
            case SPACE -> new double[] {0, key.isShiftDown() ? -1 : 1, 1};
            case HOME -> new double[] {0, -big, 1};
            case END -> new double[] {0, big, 1};
            default -> null;
        };
        return move != null && Boolean.TRUE.equals(run.apply(scripts.scrollBy(move[0], move[1], move[2] > 0)));
    }

    /** A page has loaded: its pictures shown smaller than they are get a zoom-in pointer. */
    void pageReady() {
        run.apply(scripts.markZoomable());
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        double zoom = web.getZoom();
        double x = event.getX() / zoom;
        double y = event.getY() / zoom;
        Object done = run.apply(scripts.clickAt(x, y));
        if (done != null && !"none".equals(done) || Boolean.TRUE.equals(run.apply(scripts.openAt(x, y)))) {
            event.consume();
        }
    }
}
