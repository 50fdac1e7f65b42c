package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;

/** The small dialogs of a highlight's tags (completed from the known ones) and note, for the review and the Highlights window. */
public final class AnnotationDialogs {

    private final Node owner;
    private final Supplier<List<String>> knownTags;

    public AnnotationDialogs(Node owner, Supplier<List<String>> knownTags) {
        this.owner = owner;
        this.knownTags = knownTags;
    }

    public Optional<String> askTags(String current) {
        return ask(t("review.tagTitle"), tagField(current));
    }

    public Optional<String> askNote(String current) {
        TextArea area = new TextArea(current);
        area.setPromptText(t("popover.notePrompt"));
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setId("review-note-editor");
        return ask(t("review.noteTitle"), area);
    }

    private Optional<String> ask(String title, TextInputControl input) {
        Dialog<String> dialog = dialog(title, input);
        input.requestFocus();
        javafx.application.Platform.runLater(input::requestFocus);
        return dialog.showAndWait();
    }

    /**
     * The dialog asking for the input: its title said in it too (with no title bar, as under some window managers, the
     * field stood alone), the field kept off the dialog's edges (its first character was drawn against the border).
     */
    Dialog<String> dialog(String title, TextInputControl input) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane(input);
        content.setPadding(new javafx.geometry.Insets(12, 16, 8, 16));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? input.getText() : null);
        return dialog;
    }

    /** The field of the tags' dialog, completed from the known tags, wide enough for a few Chinese tags. */
    TagField tagField(String current) {
        TagField field = new TagField(current, knownTags);
        field.setPromptText(t("tags.prompt"));
        field.setPrefColumnCount(30);
        field.setId("review-tag-editor");
        return field;
    }
}
