package dev.lectern.ui.common;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** A row of toggle buttons drawn as one segmented control (AtlantaFX pills), exactly one of them selected. */
public final class Segments extends HBox {

    private final ToggleGroup group = new ToggleGroup();

    public Segments(ToggleButton... buttons) {
        getStyleClass().add("segments");
        for (int i = 0; i < buttons.length; i++) {
            ToggleButton button = buttons[i];
            button.setToggleGroup(group);
            button.getStyleClass().add(buttons.length == 1 ? "single-pill"
                    : i == 0 ? "left-pill" : i == buttons.length - 1 ? "right-pill" : "center-pill");
            getChildren().add(button);
        }
        // ← and → choose the next segment, which keeps the focus ring (JavaFX's own arrows drop it); Tab reaches the chosen one
        KeyboardFocus.arrowsWithin(java.util.List.of(buttons));
        // a click on the selected segment keeps it selected: one choice is always made
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
    }

    ToggleGroup group() {
        return group;
    }
}
