package dev.lectern.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;

/** Tooltips that name a control's action and its keyboard shortcut as the platform writes it (Ctrl+D, ⌘D). */
public final class Tips {

    private Tips() {
    }

    /**
     * Gives the control its tooltip ({@link #of}); a button that shows an icon or a letter alone (☆, A), and a menu
     * button (whose label JavaFX does not hand to a screen reader), is named by the tooltip's words too, as a screen
     * reader says it: it had nothing to say of them.
     */
    public static void on(Control control, String text, String... keys) {
        control.setTooltip(of(text, keys));
        if (control instanceof MenuButton
                || control instanceof Labeled labeled && (labeled.getText() == null || labeled.getText().strip().length() <= 1)) {
            control.setAccessibleText(text);
        }
    }

    /**
     * A tooltip such as "Bookmark this article (Ctrl+D)".
     *
     * @param keys key combinations in JavaFX form ("Shortcut+D"); none for an action without a shortcut
     */
    public static Tooltip of(String text, String... keys) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            shown.append(i == 0 ? "" : Messages.t("tip.keySeparator")).append(KeyCombination.keyCombination(keys[i]).getDisplayText());
        }
        Tooltip tooltip = new Tooltip(keys.length == 0 ? text : withKeys(text, shown.toString()));
        tooltip.setShowDelay(Duration.millis(500));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        return tooltip;
    }

    /** An action's words with the keys that do it, in the brackets of the interface language: "Copy (Q)", "コピー（Q）". */
    public static String withKeys(String text, String keys) {
        return Messages.t("tip.keys", text, keys);
    }
}
