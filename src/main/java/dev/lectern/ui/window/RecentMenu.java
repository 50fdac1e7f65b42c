package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** File › Open Recent: the libraries opened lately, most recent first; a folder that is gone is shown disabled. */
final class RecentMenu extends Menu {

    RecentMenu(PreferencesBinder preferences, Consumer<Path> open) {
        super(t("menu.file.recent"));
        setId("open-recent");
        setOnShowing(e -> fill(preferences, open));
        fill(preferences, open);
    }

    private void fill(PreferencesBinder preferences, Consumer<Path> open) {
        getItems().clear();
        for (Path library : preferences.recentLibraries()) {
            MenuItem item = new MenuItem(library.getFileName() + "  —  " + library);
            item.setMnemonicParsing(false);
            item.setDisable(!Files.isDirectory(library));
            item.setOnAction(e -> open.accept(library));
            getItems().add(item);
        }
        MenuItem clear = new MenuItem(t("menu.file.recent.clear"));
        clear.setOnAction(e -> preferences.clearRecent());
        clear.setDisable(getItems().isEmpty());
        getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
