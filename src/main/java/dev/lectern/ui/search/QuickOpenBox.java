package dev.lectern.ui.search;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.ui.common.TitleCell;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The go-to box (Ctrl+P): a field over a list that ranks articles and tags as the reader types; ↑/↓ choose, Enter or
 * a click goes there, Esc closes.
 */
public final class QuickOpenBox {

    private static final double WIDTH = 560;

    private final Popup popup = new Popup();
    private final TextField field = new TextField();
    private final ListView<QuickItem> list = new ListView<>();
    /** Held here: the field's binding to the model's query references it weakly, and the box stopped listing after a GC. */
    private final QuickOpenViewModel model;

    /** @param go told the chosen entry */
    public QuickOpenBox(QuickOpenViewModel model, Consumer<QuickItem> go) {
        this.model = model;
        field.setPromptText(t("goto.prompt"));
        field.setId("goto-field");
        model.queryProperty().bind(field.textProperty());
        list.setItems(model.items());
        list.setId("goto-list");
        Label placeholder = new Label(t("goto.typeToFind"));
        // before anything is typed there is nothing to match, so the box does not say that nothing matches
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(field.textProperty().isEmpty())
                .then(t("goto.typeToFind")).otherwise(javafx.beans.binding.Bindings.when(model.titlesOnlyProperty())
                        .then(t("goto.emptyUntilIndexed")).otherwise(t("goto.empty"))));
        placeholder.setWrapText(true); // the longer word while the index is built reads whole
        placeholder.setMaxWidth(WIDTH - 40);
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new TitleCell<>(QuickItem::shown));
        list.setPrefSize(WIDTH, 320);
        model.items().addListener((javafx.collections.ListChangeListener<QuickItem>) change -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                choose(go);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> choose(go));
        VBox box = new VBox(6, field, list);
        box.getStyleClass().add("goto-box");
        box.getStylesheets().add(java.util.Objects.requireNonNull(QuickOpenBox.class.getResource("/dev/lectern/ui/lectern.css")).toExternalForm());
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    private void choose(Consumer<QuickItem> go) {
        QuickItem chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            popup.hide();
            go.accept(chosen);
        }
    }

    /** Shows the box empty near the top of the window, the field taking the keyboard. */
    public void show(Window owner) {
        model.prepare();
        field.clear();
        popup.show(owner, owner.getX() + Math.max(0, (owner.getWidth() - WIDTH) / 2), owner.getY() + 80);
        field.requestFocus();
    }

    /** Whether the box is open. */
    public boolean isShowing() {
        return popup.isShowing();
    }

    TextField field() {
        return field;
    }

    ListView<QuickItem> list() {
        return list;
    }
}
