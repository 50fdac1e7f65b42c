package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.render.Furigana;
import dev.lectern.render.RenderedPage;
import dev.lectern.render.Script;
import dev.lectern.ui.common.Tips;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The reader's choices of how CJK text is shown: the script of a Chinese article (per article, with a default) and
 * furigana over the kanji of Japanese articles. Built as toolbar buttons (shown only for articles of that language)
 * and as View menu submenus, all calling the reader's view model.
 */
public final class ScriptMenus {

    private ScriptMenus() {
    }

    /** The toolbar's script button, shown for Chinese pages. */
    static MenuButton scriptButton(ReaderViewModel model) {
        MenuButton button = new MenuButton(t("script.label"));
        button.setId("script-menu");
        Tips.on(button, t("script.tip"));
        button.getItems().setAll(scriptItems(model));
        return button;
    }

    /** The toolbar's furigana button, shown for Japanese pages. */
    static MenuButton furiganaButton(ReaderViewModel model) {
        MenuButton button = new MenuButton(t("furigana.label"));
        button.setId("furigana-menu");
        Tips.on(button, t("furigana.tip"));
        button.getItems().setAll(furiganaItems(model));
        return button;
    }

    /** View › Chinese Script. */
    public static Menu scriptMenu(ReaderViewModel model) {
        return new Menu(t("menu.view.script"), null, scriptItems(model).toArray(MenuItem[]::new));
    }

    /** View › Furigana. */
    public static Menu furiganaMenu(ReaderViewModel model) {
        return new Menu(t("menu.view.furigana"), null, furiganaItems(model).toArray(MenuItem[]::new));
    }

    static boolean isChinese(RenderedPage page) {
        return page != null && page.lang() != null && page.lang().startsWith("zh");
    }

    static boolean isJapanese(RenderedPage page) {
        return page != null && page.lang() != null && page.lang().startsWith("ja");
    }

    private static List<MenuItem> scriptItems(ReaderViewModel model) {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (Script script : Script.values()) {
            RadioMenuItem item = new RadioMenuItem(t("script." + script.key()));
            item.setId("script-" + script.key());
            item.setToggleGroup(group);
            item.setSelected(model.scriptProperty().get() == script);
            item.setOnAction(e -> model.setScript(script));
            model.scriptProperty().addListener((obs, was, now) -> item.setSelected(now == script));
            items.add(item);
        }
        MenuItem asDefault = new MenuItem(t("script.default"));
        asDefault.setId("script-default");
        asDefault.setOnAction(e -> model.defaultScriptProperty().set(model.scriptProperty().get()));
        items.add(new SeparatorMenuItem());
        items.add(asDefault);
        for (MenuItem item : items) {
            item.disableProperty().bind(model.pageProperty().map(p -> !isChinese(p)).orElse(true));
        }
        return items;
    }

    private static List<MenuItem> furiganaItems(ReaderViewModel model) {
        CheckMenuItem shown = new CheckMenuItem(t("furigana.show"));
        shown.setId("furigana-show");
        shown.selectedProperty().bindBidirectional(model.furiganaProperty());
        List<MenuItem> items = new ArrayList<>(List.of(shown, new SeparatorMenuItem()));
        ToggleGroup group = new ToggleGroup();
        for (Furigana level : Furigana.values()) {
            if (level == Furigana.OFF) {
                continue;
            }
            RadioMenuItem item = new RadioMenuItem(t("furigana." + level.key()));
            item.setId("furigana-" + level.key());
            item.setToggleGroup(group);
            item.setSelected(model.furiganaLevelProperty().get() == level);
            item.setOnAction(e -> {
                model.furiganaLevelProperty().set(level);
                model.furiganaProperty().set(true);
            });
            model.furiganaLevelProperty().addListener((obs, was, now) -> item.setSelected(now == level));
            items.add(item);
        }
        return items;
    }
}
