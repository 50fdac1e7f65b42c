package dev.lectern.ui.reader;

import dev.lectern.render.FootnoteScripts;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/**
 * A footnote shown where its number is: resting the pointer on the number a moment opens the note in a box beside it
 * ({@link FootnoteScripts}); the box stays while the pointer is on the number or in the box (to read a long note, select
 * from it or follow its link) and closes when the pointer leaves both, a key moves the page, the page scrolls or the pointer
 * leaves the pane. A click on the number still jumps to the note, as before.
 */
final class FootnotePreview {

    /** How long the pointer rests on a number before its note shows: passing over one shows nothing. */
    static final Duration DELAY = Duration.millis(250);

    private final WebView web;
    private final Function<String, Object> run;
    private final FootnoteScripts scripts = new FootnoteScripts();
    private final PauseTransition wait = new PauseTransition(DELAY);
    private String pointedAt;
    private String shown;
    private double x;
    private double y;

    /** Watches the pointer on {@code web}; {@code run} runs a script in its page. */
    FootnotePreview(WebView web, Function<String, Object> run) {
        this.web = web;
        this.run = run;
        wait.setOnFinished(e -> open());
        web.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        web.addEventFilter(MouseEvent.MOUSE_EXITED, e -> close());
        web.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.getCode().isModifierKey()) {
                close(); // a key that moves the page; Ctrl+C copies what was selected in the box
            }
        });
        web.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (!FootnoteScripts.OVER_BOX.equals(noteAt(e.getX(), e.getY()))) {
                close(); // a long note's box scrolls under the wheel; anywhere else the page moves away from the box
            }
        });
        web.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!FootnoteScripts.OVER_BOX.equals(noteAt(e.getX(), e.getY()))) {
                close();
            }
        });
    }

    /** A new page: its box, if any, went with the old one. */
    void clear() {
        wait.stop();
        pointedAt = null;
        shown = null;
    }

    private void moved(MouseEvent event) {
        Object note = noteAt(event.getX(), event.getY());
        if (FootnoteScripts.OVER_BOX.equals(note) || note != null && note.equals(shown)) {
            wait.stop();
            pointedAt = shown;
        } else if (note instanceof String id) {
            x = event.getX();
            y = event.getY();
            if (!id.equals(pointedAt)) {
                pointedAt = id;
                wait.playFromStart();
            }
        } else {
            close();
        }
    }

    private Object noteAt(double atX, double atY) {
        double zoom = web.getZoom();
        return run.apply(scripts.noteAt(atX / zoom, atY / zoom));
    }

    private void open() {
        double zoom = web.getZoom();
        if (Boolean.TRUE.equals(run.apply(scripts.showAt(x / zoom, y / zoom)))) {
            shown = pointedAt;
        }
    }

    private void close() {
        wait.stop();
        pointedAt = null;
        if (shown != null) {
            shown = null;
            run.apply(scripts.hide());
        }
    }
}
