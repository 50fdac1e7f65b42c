package dev.lectern.ui.reader;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;

/**
 * Where the link under the pointer leads, in a line at the pane's bottom left as a browser shows it: an article of the
 * library (by its title), a tag, the web page the browser would open, or a page of the site the library does not hold.
 * The page is asked which link is under the pointer only when the pointer moves over it, and the line is made the
 * first time there is something to say (the first frame lays out no hidden label).
 */
final class LinkStatus {

    /** The most characters shown: a long address keeps its start and end, as a browser's status line does. */
    static final int MOST = 100;

    private final StackPane pane;
    private final Function<LinkTarget, String> describe;
    private Label line;
    private LinkTarget hovered;

    /**
     * @param linkAt   the link at a point of the page (in the web view's coordinates), null where there is none
     * @param describe what following a link does, in a few words; null for a link that does nothing
     */
    LinkStatus(StackPane pane, WebView web, BiFunction<Double, Double, LinkTarget> linkAt,
               Function<LinkTarget, String> describe) {
        this.pane = pane;
        this.describe = describe;
        web.addEventFilter(MouseEvent.MOUSE_MOVED, e -> show(linkAt.apply(e.getX(), e.getY())));
        web.addEventFilter(MouseEvent.MOUSE_EXITED, e -> show(null));
        web.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> show(null));
    }

    /** A new page: no link is under the pointer until it moves. */
    void clear() {
        show(null);
    }

    static String shortened(String text) {
        if (text == null || text.length() <= MOST) {
            return text;
        }
        int keep = (MOST - 3) / 2;
        int start = Character.isHighSurrogate(text.charAt(keep - 1)) ? keep - 1 : keep;
        int end = text.length() - keep;
        end = Character.isLowSurrogate(text.charAt(end)) ? end + 1 : end;
        return text.substring(0, start) + "..." + text.substring(end);
    }

    private void show(LinkTarget target) {
        if (Objects.equals(target, hovered)) {
            return;
        }
        hovered = target;
        String text = target == null ? null : describe.apply(target);
        if (text != null && !text.isEmpty() && line == null) {
            line = new Label();
            line.getStyleClass().add("link-status");
            line.setId("link-status");
            line.setMouseTransparent(true);
            line.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane.setAlignment(line, Pos.BOTTOM_LEFT);
            pane.getChildren().add(line);
        }
        if (line != null) {
            line.setText(shortened(text));
            line.setVisible(text != null && !text.isEmpty());
        }
    }
}
