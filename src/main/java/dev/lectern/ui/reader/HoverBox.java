package dev.lectern.ui.reader;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/**
 * A box in the page that opens where the pointer rests a moment (a footnote's note by its number, a card by a link):
 * passing over shows nothing; the box stays while the pointer is on what opened it or in the box (to read a long one,
 * select from it or follow its link) and closes when the pointer leaves both, a key moves the page, the page scrolls
 * under the pointer elsewhere, a button is pressed elsewhere or the pointer leaves the pane. What the box shows and how
 * it is found are the {@link Boxes}'.
 */
final class HoverBox {

    /** What a kind of box finds in the page and how it opens, as scripts run in the page. */
    interface Boxes {

        /** The script telling what is under the point (page coordinates): {@link #over} for the open box, a key, null. */
        String at(double x, double y);

        /** What {@link #at} gives over the open box. */
        String over();

        /**
         * Gives the script that opens the box for key beside the point (evaluating to true when it opened), now or
         * later on the FX thread; gives nothing when there is no box to show for it.
         */
        void opening(String key, double x, double y, Consumer<String> script);

        /** The script that closes the box. */
        String hide();
    }

    private final WebView web;
    private final Function<String, Object> run;
    private final Boxes boxes;
    private final PauseTransition wait;
    private String pointedAt;
    private String shown;
    /** Counts what the pointer rested on: a box's words that come late are shown only for the rest they were asked for. */
    private long rest;
    private double x;
    private double y;

    /** Watches the pointer on {@code web}; {@code run} runs a script in its page. */
    HoverBox(WebView web, Function<String, Object> run, Boxes boxes, Duration delay) {
        this.web = web;
        this.run = run;
        this.boxes = boxes;
        wait = new PauseTransition(delay);
        wait.setOnFinished(e -> open());
        web.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        web.addEventFilter(MouseEvent.MOUSE_EXITED, e -> close());
        web.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.getCode().isModifierKey()) {
                close(); // a key that moves the page; Ctrl+C copies what was selected in the box
            }
        });
        web.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (!overBox(e.getX(), e.getY())) {
                close(); // a long box scrolls under the wheel; anywhere else the page moves away from the box
            }
        });
        web.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!overBox(e.getX(), e.getY())) {
                close();
            }
        });
    }

    /** A new page: its box, if any, went with the old one. */
    void clear() {
        wait.stop();
        rest++;
        pointedAt = null;
        shown = null;
    }

    private void moved(MouseEvent event) {
        Object key = keyAt(event.getX(), event.getY());
        if (boxes.over().equals(key) || key != null && key.equals(shown)) {
            wait.stop();
            pointedAt = shown;
        } else if (key instanceof String found) {
            x = event.getX();
            y = event.getY();
            if (!found.equals(pointedAt)) {
                hideShown(); // the box of what the pointer left goes, whether or not the new one has a box
                rest++;
                pointedAt = found;
                wait.playFromStart();
            }
        } else {
            close();
        }
    }

    private boolean overBox(double atX, double atY) {
        return boxes.over().equals(keyAt(atX, atY));
    }

    private Object keyAt(double atX, double atY) {
        double zoom = web.getZoom();
        return run.apply(boxes.at(atX / zoom, atY / zoom));
    }

    private void open() {
        String key = pointedAt;
        long asked = rest;
        double zoom = web.getZoom();
        boxes.opening(key, x / zoom, y / zoom, script -> {
            // the box's words may come later: shown only if the pointer still rests there, on the same page
            if (key != null && asked == rest && Boolean.TRUE.equals(run.apply(script))) {
                shown = key;
            }
        });
    }

    private void close() {
        wait.stop();
        rest++;
        pointedAt = null;
        hideShown();
    }

    private void hideShown() {
        if (shown != null) {
            shown = null;
            run.apply(boxes.hide());
        }
    }
}
