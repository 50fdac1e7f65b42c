package dev.lectern.ui.common;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Focus moved by a key, with its ring: {@code requestFocus} clears {@code :focus-visible} and JavaFX 21 has no public
 * way to set it, so such a node carries the pseudo-class {@code :keyboard-focus} (lectern.css rings it as it rings
 * {@code :focus-visible}) until it loses the focus or is clicked.
 */
public final class KeyboardFocus {

    /** On a node that a key gave the focus to, while it keeps it. */
    public static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");

    private static final String WATCHED = "lectern.keyboardFocusWatched";

    private KeyboardFocus() {
    }

    /** Gives the node the focus as a key would, ring and all. */
    public static void focus(Node node) {
        if (!node.getProperties().containsKey(WATCHED)) {
            node.getProperties().put(WATCHED, Boolean.TRUE);
            node.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    node.pseudoClassStateChanged(KEYBOARD_FOCUS, false);
                }
            });
            node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> node.pseudoClassStateChanged(KEYBOARD_FOCUS, false));
        }
        node.requestFocus();
        node.pseudoClassStateChanged(KEYBOARD_FOCUS, true);
    }

    /**
     * The arrow keys choose among toggles of one group (segmented toggles, a row of filters) as in a radio group: the
     * next or previous one is chosen, as a click would (its action runs), and takes the focus with its ring, which
     * JavaFX's own arrow handling drops (Tab reaches only the chosen toggle of a group). At either end they stop.
     */
    public static void arrowsWithin(List<? extends ToggleButton> members) {
        for (ToggleButton member : members) {
            member.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                    return;
                }
                boolean forward;
                switch (e.getCode()) {
                    case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> forward = true;
                    case LEFT, UP, KP_LEFT, KP_UP -> forward = false;
                    default -> {
                        return;
                    }
                }
                e.consume();
                int to = members.indexOf(member) + (forward ? 1 : -1);
                while (to >= 0 && to < members.size() && (members.get(to).isDisabled() || !members.get(to).isVisible())) {
                    to += forward ? 1 : -1;
                }
                if (to >= 0 && to < members.size()) {
                    ToggleButton next = members.get(to);
                    if (!next.isSelected()) {
                        next.fire();
                    }
                    focus(next);
                }
            });
        }
    }
}
