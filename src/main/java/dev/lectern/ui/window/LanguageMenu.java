package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.store.Preferences;
import dev.lectern.ui.common.Messages;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View › Language: the system's language, English, Simplified Chinese, Japanese or Korean, saved in the preferences for the
 * next start.
 */
final class LanguageMenu extends Menu {

    LanguageMenu(PreferencesBinder preferences, Consumer<String> afterChange) {
        super(t("menu.view.language"));
        setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        add(group, preferences, Preferences.SYSTEM_LANGUAGE, t("language.system"), afterChange);
        for (Locale language : Messages.LANGUAGES) {
            add(group, preferences, language.toLanguageTag(), t("language." + language.getLanguage()), afterChange);
        }
    }

    private void add(ToggleGroup group, PreferencesBinder preferences, String tag, String name, Consumer<String> afterChange) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setToggleGroup(group);
        item.setSelected(tag.equalsIgnoreCase(preferences.language()));
        item.setOnAction(e -> {
            if (!tag.equalsIgnoreCase(preferences.language())) {
                preferences.setLanguage(tag);
                afterChange.accept(name);
            }
        });
        getItems().add(item);
    }
}
