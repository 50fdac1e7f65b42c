package dev.lectern.ui;

import static dev.lectern.ui.Messages.t;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View › Language: the system's language, English or Simplified Chinese, saved in the preferences for the next start. */
final class LanguageMenu extends Menu {

    /** {preference value, bundle key of its name}. */
    private static final String[][] CHOICES = {{"system", "language.system"}, {"en", "language.en"}, {"zh-CN", "language.zh"}};

    LanguageMenu(PreferencesBinder preferences, Consumer<String> afterChange) {
        super(t("menu.view.language"));
        setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        for (String[] choice : CHOICES) {
            RadioMenuItem item = new RadioMenuItem(t(choice[1]));
            item.setToggleGroup(group);
            item.setSelected(choice[0].equalsIgnoreCase(preferences.language()));
            item.setOnAction(e -> {
                if (!choice[0].equalsIgnoreCase(preferences.language())) {
                    preferences.setLanguage(choice[0]);
                    afterChange.accept(t(choice[1]));
                }
            });
            getItems().add(item);
        }
    }
}
