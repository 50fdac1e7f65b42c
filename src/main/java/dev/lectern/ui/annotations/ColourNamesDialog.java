package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.ColorNames;
import dev.lectern.model.HighlightColor;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Asks what each highlight colour means (yellow = "important"); an empty field leaves the colour unnamed. */
final class ColourNamesDialog {

    private ColourNamesDialog() {
    }

    static Optional<Map<HighlightColor, String>> ask(Window owner, ColorNames current) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Map<HighlightColor, TextField> fields = new EnumMap<>(HighlightColor.class);
        for (HighlightColor color : HighlightColor.values()) {
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setStyle("-fx-background-color: " + Swatches.of(color) + "; -fx-background-radius: 7;");
            TextField field = new TextField(current.nameOf(color) == null ? "" : current.nameOf(color));
            field.setId("colour-name-" + color.key());
            field.setPrefColumnCount(20);
            fields.put(color, field);
            grid.addRow(color.ordinal(), swatch, new Label(t("color." + color.key())), field);
        }
        Dialog<Map<HighlightColor, String>> dialog = new Dialog<>();
        dialog.setTitle(t("allAnnotations.nameColours.title"));
        dialog.setHeaderText(t("allAnnotations.nameColours.tip")); // the title bar alone did not say what to write
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<HighlightColor, String> names = new EnumMap<>(HighlightColor.class);
            fields.forEach((color, field) -> names.put(color, field.getText()));
            return names;
        });
        return dialog.showAndWait();
    }
}
