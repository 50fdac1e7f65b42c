package dev.lectern.ui.common;

import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;

/** Tooltips that name a control's action and its keyboard shortcut as the platform writes it (Ctrl+D, ⌘D). */
public final class Tips {

    private Tips() {
    }

    /**
     * A tooltip such as "Bookmark this article (Ctrl+D)".
     *
     * @param keys key combinations in JavaFX form ("Shortcut+D"); none for an action without a shortcut
     */
    public static Tooltip of(String text, String... keys) {
        StringBuilder tip = new StringBuilder(text);
        for (int i = 0; i < keys.length; i++) {
            tip.append(i == 0 ? " (" : ", ").append(KeyCombination.keyCombination(keys[i]).getDisplayText());
        }
        if (keys.length > 0) {
            tip.append(')');
        }
        Tooltip tooltip = new Tooltip(tip.toString());
        tooltip.setShowDelay(Duration.millis(500));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        return tooltip;
    }
}
