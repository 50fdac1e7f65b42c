package dev.lectern.ui;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View › Language: the system's language, English or Simplified Chinese, saved in the preferences for the next start. */
final class LanguageMenu extends Menu {

    /** {preference value, label}; each label is written in its own language. */
    private static final String[][] CHOICES = {{"system", "System Language"}, {"en", "English"}, {"zh-CN", "简体中文"}};

    LanguageMenu(PreferencesBinder preferences, Consumer<String> afterChange) {
        super("Language");
        setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        for (String[] choice : CHOICES) {
            RadioMenuItem item = new RadioMenuItem(choice[1]);
            item.setToggleGroup(group);
            item.setSelected(choice[0].equalsIgnoreCase(preferences.language()));
            item.setOnAction(e -> {
                if (!choice[0].equalsIgnoreCase(preferences.language())) {
                    preferences.setLanguage(choice[0]);
                    afterChange.accept(choice[1]);
                }
            });
            getItems().add(item);
        }
    }
}
