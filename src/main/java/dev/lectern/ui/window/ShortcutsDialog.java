package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help › Keyboard Shortcuts: every menu command with its keys (read from the menus, so never out of date), and the keys of the reading pane. */
final class ShortcutsDialog {

    /** Keys that belong to no menu item: {text key, keys}; key names as the menus print them, in every language. */
    private static final String[][] OTHER_KEYS = {
        {"shortcuts.selection", ""},
        {"shortcuts.highlight", "H / 1 … 5"},
        {"shortcuts.note", "N"},
        {"shortcuts.bookmark", "B"},
        {"shortcuts.copyQuote", "Q"},
        {"shortcuts.searchField", ""},
        {"shortcuts.openFirst", "Enter"},
        {"shortcuts.intoResults", "↓"},
        {"shortcuts.clearSearch", "Esc"},
        {"shortcuts.findBar", ""},
        {"shortcuts.nextPrevious", "Enter / Shift+Enter"},
        {"shortcuts.closeFind", "Esc"},
    };

    private final Window owner;
    private final MenuBar menus;

    ShortcutsDialog(Window owner, MenuBar menus) {
        this.owner = owner;
        this.menus = menus;
    }

    /** The rows shown: {action, keys}, a heading when keys are empty. */
    static List<String[]> rows(MenuBar menus) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            rows.add(new String[] {MenuKeys.shown(menu), ""});
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    String action = item.getText().replace("…", "").replace("...", ""); // "Open Folder…": a dialog
                    rows.add(new String[] {action, item.getAccelerator().getDisplayText()});
                }
            }
        }
        for (String[] other : OTHER_KEYS) {
            rows.add(new String[] {t(other[0]), other[1]});
        }
        return rows;
    }

    void show() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setId("shortcuts-grid");
        int line = 0;
        for (String[] row : rows(menus)) {
            Label action = new Label(row[0]);
            if (row[1].isEmpty()) {
                action.getStyleClass().add("shortcut-heading");
                grid.add(action, 0, line++, 2, 1);
            } else {
                Label keys = new Label(row[1]);
                keys.getStyleClass().add("shortcut-keys");
                grid.add(action, 0, line);
                grid.add(keys, 1, line++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(520, 560);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle(t("shortcuts.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(scroll);
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.show();
    }
}
