package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
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
        file.setCellFactory(column -> new FullTextCell(OverrunStyle.LEADING_ELLIPSIS));
        message.setCellFactory(column -> new FullTextCell(OverrunStyle.ELLIPSIS));
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
        Label hint = new Label(t("problems.hint"));
        hint.setWrapText(true);
        BorderPane content = new BorderPane(table, hint, null, null, null);
        content.setPrefSize(860, 420);
        getDialogPane().setContent(content);
        getDialogPane().getStyleClass().add("wide-dialog"); // wider than the theme's 600 px: the problems were cut
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /**
     * A cell that cuts its text where it matters least (a path at its start, so the file's name shows) and gives the
     * whole text as its tooltip.
     */
    private static final class FullTextCell extends TableCell<LibraryViewModel.Problem, String> {

        private final Tooltip whole = new Tooltip();

        FullTextCell(OverrunStyle overrun) {
            setTextOverrun(overrun);
            whole.setWrapText(true);
            whole.setMaxWidth(640);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            whole.setText(text);
            setTooltip(empty || text == null ? null : whole);
        }
    }
}
