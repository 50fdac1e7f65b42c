package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
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
        scroll.setId("shortcuts-scroll");
        scroll.setFitToWidth(true);
        // the list scrolls with ↓, Page Down and End from the moment it opens: the keyboard is in it, not on Close
        scroll.setFocusTraversable(true);
        Rectangle2D room = ScreenFit.roomOf(owner);
        Dimension2D size = listSize(room);
        scroll.setPrefSize(size.getWidth(), size.getHeight());
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle(t("shortcuts.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(scroll);
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setOnShown(e -> {
            ScreenFit.keepWithin(dialog.getDialogPane().getScene().getWindow(), room, false);
            scroll.requestFocus();
        });
        dialog.show();
    }

    /** Room the dialog's frame, header and Close button take around the list, in the interface's pixels. */
    static final double CHROME_WIDTH = 80;
    static final double CHROME_HEIGHT = 150;

    /**
     * The list's size: 520 by 560 where there is room, less on a small or scaled screen (1920 x 1200 at twice the
     * size is 960 x 600), so that the whole dialog, title and Close button too, stays on the screen.
     */
    static Dimension2D listSize(Rectangle2D room) {
        return new Dimension2D(Math.max(200, Math.min(520, room.getWidth() - CHROME_WIDTH)),
                Math.max(120, Math.min(560, room.getHeight() - CHROME_HEIGHT)));
    }

}
