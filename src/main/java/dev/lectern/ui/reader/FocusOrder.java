package dev.lectern.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab out of a node that keeps Tab for itself (the WebView hands it to the page, which would keep the focus on its
 * links for ever): Tab and Shift+Tab move through the node's own stops (the page's links), then on to the next or
 * previous focusable control of the window, in the order JavaFX itself walks them (the scene graph's).
 */
final class FocusOrder {

    private FocusOrder() {
    }

    /** Makes Tab and Shift+Tab leave the node for the window's next and previous controls. */
    static void tabOut(Node node) {
        tabOut(node, forward -> false);
    }

    /**
     * Makes Tab and Shift+Tab move inside the node first: {@code within} moves to its next (true) or previous (false)
     * stop and says whether it had one (a page's links); past the last, they leave it for the window's next and
     * previous controls.
     */
    static void tabOut(Node node, java.util.function.Predicate<Boolean> within) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown() && node.getScene() != null) {
                if (within.test(!e.isShiftDown())) {
                    e.consume();
                    return;
                }
                Node next = neighbour(node.getScene().getRoot(), node, !e.isShiftDown());
                if (next != null) {
                    e.consume();
                    leave(node, next, !e.isShiftDown());
                }
            }
        });
    }

    /**
     * Moves the focus from the node to its neighbour as a Tab would, with the focus ring: JavaFX 21 has no public way
     * to traverse, so the node steps out of the order, its neighbour on the other side takes the focus, and the
     * neighbour's own Tab (or Shift+Tab) handling walks on to the target.
     */
    private static void leave(Node node, Node target, boolean forward) {
        Node other = neighbour(node.getScene().getRoot(), node, !forward);
        node.setFocusTraversable(false);
        try {
            if (other != null && other != target) {
                other.requestFocus();
                Event.fireEvent(other, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, !forward, false, false, false));
            }
        } finally {
            node.setFocusTraversable(true);
        }
        if (node.getScene() != null && node.getScene().getFocusOwner() != target) {
            target.requestFocus();
        }
    }

    /** The focusable node after (or before) the given one, wrapping around; null when there is no other. */
    static Node neighbour(Parent root, Node from, boolean forward) {
        List<Node> order = new ArrayList<>();
        collect(root, from, order);
        int at = order.indexOf(from);
        if (order.size() < 2 || at < 0) {
            return null;
        }
        return order.get(Math.floorMod(at + (forward ? 1 : -1), order.size()));
    }

    private static void collect(Node node, Node from, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node == from || node.isFocusTraversable()) {
            order.add(node);
        }
        if (node instanceof Parent parent && node != from) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, from, order);
            }
        }
    }
}
