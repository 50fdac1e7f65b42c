package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Window;

/** Lists the files of the library that had problems: warnings while reading, or skipped; a double-click opens one. */
public final class ProblemsDialog extends Dialog<Void> {

    /** @param open opens the article at a path of the library, and says whether it could (a skipped file is no article) */
    public ProblemsDialog(Window owner, ObservableList<LibraryViewModel.Problem> problems, Predicate<String> open) {
        initOwner(owner);
        setTitle(t("problems.title"));
        setResizable(true);
        TableView<LibraryViewModel.Problem> table = new TableView<>(problems);
        table.setId("problems-table");
        TableColumn<LibraryViewModel.Problem, String> file = new TableColumn<>(t("problems.file"));
        file.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().path()));
        file.setPrefWidth(320);
        TableColumn<LibraryViewModel.Problem, String> message = new TableColumn<>(t("problems.problem"));
        message.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().message()));
        message.setPrefWidth(520);
        file.setCellFactory(column -> new PathCell());
        message.setCellFactory(column -> new MessageCell(column));
        table.getColumns().setAll(file, message);
        table.setRowFactory(view -> {
            TableRow<LibraryViewModel.Problem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && open.test(row.getItem().path())) {
                    close();
                }
            });
            return row;
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // JavaFX's own "No content in table" stood there, in English, when every file was read well
        Label none = new Label(t("problems.none"));
        none.getStyleClass().add("list-empty");
        none.setId("no-problems");
        table.setPlaceholder(none);
        Label hint = new Label(t("problems.hint"));
        hint.setWrapText(true);
        hint.setId("problems-hint");
        // with no problem file the dialog leads with "No file has problems" alone: the hint read as if there were some
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problems));
        hint.managedProperty().bind(hint.visibleProperty());
        // its words began at the dialog's very edge
        BorderPane.setMargin(hint, new javafx.geometry.Insets(0, 12, 8, 12));
        BorderPane content = new BorderPane(table, hint, null, null, null);
        content.setPrefSize(860, 420);
        getDialogPane().setContent(content);
        getDialogPane().getStyleClass().add("wide-dialog"); // wider than the theme's 600 px: the problems were cut
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** A file's path, cut at its start so the file's name shows, whole in its tooltip. */
    private static final class PathCell extends TableCell<LibraryViewModel.Problem, String> {

        private final Tooltip whole = new Tooltip();

        PathCell() {
            setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            whole.setText(text);
            setTooltip(empty || text == null ? null : whole);
        }
    }

    /** A problem's message, wrapped in as many lines as it takes in its column's width: read whole, never cut. */
    private static final class MessageCell extends TableCell<LibraryViewModel.Problem, String> {

        private final Text text = new Text();

        MessageCell(TableColumn<LibraryViewModel.Problem, String> column) {
            text.getStyleClass().add("problem-message");
            getStyleClass().add("problem-message-cell");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String message, boolean empty) {
            super.updateItem(message, empty);
            text.setText(empty || message == null ? "" : message);
            setGraphic(empty || message == null ? null : text);
        }
    }
}
