package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help › About: the versions Lectern runs on and where it keeps the library's files, selectable to copy. */
final class AboutDialog {

    private final Window owner;
    private final AppInfo info;
    private final Path library;
    private final Path annotationFile;

    AboutDialog(Window owner, AppInfo info, Path library, Path annotationFile) {
        this.owner = owner;
        this.info = info;
        this.library = library;
        this.annotationFile = annotationFile;
    }

    /** {label, value} rows. */
    String[][] rows() {
        return new String[][] {
            {t("about.version"), info.version()},
            {"Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"},
            {"JavaFX", System.getProperty("javafx.runtime.version", t("about.unknown"))},
            {t("about.library"), library == null ? t("about.noneOpen") : library.toString()},
            {t("about.annotations"), annotationFile == null ? t("about.noneOpen") : annotationFile.toString()},
            {t("about.readingState"), info.dataFolder().toString()},
            {t("about.cache"), info.cacheFolder().toString()},
            {t("about.preferences"), info.preferencesFile() == null ? t("about.notKept") : info.preferencesFile().toString()},
        };
    }

    void show() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setId("about-grid");
        String[][] rows = rows();
        for (int i = 0; i < rows.length; i++) {
            TextField value = new TextField(rows[i][1]);
            value.setEditable(false);
            value.setPrefColumnCount(42);
            value.getStyleClass().add("about-value");
            Label name = new Label(rows[i][0]);
            name.setMinWidth(Label.USE_PREF_SIZE); // "Highlights and bookmarks" whole, the path's field gives way
            grid.add(name, 0, i);
            grid.add(value, 1, i);
        }
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle(t("about.title"));
        dialog.setHeaderText(t("about.header", info.version()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        ScreenFit.keepOnScreen(dialog, owner);
        dialog.show();
    }
}
