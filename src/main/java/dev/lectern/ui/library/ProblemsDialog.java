package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/** Lists the files of the library that had problems: warnings while reading, or skipped. */
public final class ProblemsDialog extends Dialog<Void> {

    public ProblemsDialog(Window owner, ObservableList<LibraryViewModel.Problem> problems) {
        initOwner(owner);
        setTitle(t("problems.title"));
        setResizable(true);
        TableView<LibraryViewModel.Problem> table = new TableView<>(problems);
        TableColumn<LibraryViewModel.Problem, String> file = new TableColumn<>(t("problems.file"));
        file.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().path()));
        file.setPrefWidth(320);
        TableColumn<LibraryViewModel.Problem, String> message = new TableColumn<>(t("problems.problem"));
        message.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().message()));
        message.setPrefWidth(520);
        table.getColumns().setAll(file, message);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label hint = new Label(t("problems.hint"));
        BorderPane content = new BorderPane(table, hint, null, null, null);
        content.setPrefSize(860, 420);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
