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
 * The page is asked which link is under the pointer only when the pointer moves over it.
 */
final class LinkStatus extends Label {

    private final BiFunction<Double, Double, LinkTarget> linkAt;
    private final Function<LinkTarget, String> describe;
    private LinkTarget hovered;

    /**
     * @param linkAt   the link at a point of the page (in the web view's coordinates), null where there is none
     * @param describe what following a link does, in a few words; null for a link that does nothing
     */
    LinkStatus(WebView web, BiFunction<Double, Double, LinkTarget> linkAt, Function<LinkTarget, String> describe) {
        this.linkAt = linkAt;
        this.describe = describe;
        getStyleClass().add("link-status");
        setId("link-status");
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        web.addEventFilter(MouseEvent.MOUSE_MOVED, e -> show(linkAt.apply(e.getX(), e.getY())));
        web.addEventFilter(MouseEvent.MOUSE_EXITED, e -> show(null));
        web.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> show(null));
    }

    /** A new page: no link is under the pointer until it moves. */
    void clear() {
        show(null);
    }

    /** The most characters shown: a long address keeps its start and end, as a browser's status line does. */
    static final int MOST = 100;

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
        setText(shortened(text));
        setVisible(text != null && !text.isEmpty());
    }
}
