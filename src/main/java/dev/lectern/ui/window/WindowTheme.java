package dev.lectern.ui.window;

import atlantafx.base.theme.CupertinoDark;
import atlantafx.base.theme.CupertinoLight;
import dev.lectern.render.Theme;
import dev.lectern.ui.common.Messages;
import java.util.Map;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.web.WebView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The look of the window around the page, following the reading theme: AtlantaFX Cupertino Light for the light and
 * sepia themes (sepia warms it through a root class in lectern.css), Cupertino Dark for the dark one. Applies to the
 * main window and to every window it owns (dialogs, the highlights window, popovers), live as the theme changes.
 * The scene and the reading pane also take the theme's background colours, so that neither shows white before the
 * first frame is drawn or the page has loaded.
 */
final class WindowTheme {

    /** The window stylesheet, over the AtlantaFX user-agent theme. */
    static final String STYLESHEET = Objects.requireNonNull(WindowTheme.class.getResource("/dev/lectern/ui/lectern.css")).toExternalForm();

    private static final String LIGHT = new CupertinoLight().getUserAgentStylesheet();
    private static final String DARK = new CupertinoDark().getUserAgentStylesheet();

    /** The window's background (-color-bg-default: AtlantaFX's for light, lectern.css's for sepia and dark). */
    private static final Map<Theme, Color> WINDOW_BACKGROUND = Map.of(Theme.LIGHT, Color.web("#ffffff"),
            Theme.SEPIA, Color.web("#fbf7ee"), Theme.DARK, Color.web("#1c1d21"));
    /** The page's background (--bg in render/reader.css). */
    private static final Map<Theme, Color> PAGE_BACKGROUND = Map.of(Theme.LIGHT, Color.web("#fdfdfc"),
            Theme.SEPIA, Color.web("#f6efdf"), Theme.DARK, Color.web("#1c1d21"));

    /** The root class of a window whose interface speaks Japanese: its kanji drawn in their Japanese forms. */
    static final String INTERFACE_JA = "interface-ja";
    /** The root class of a window whose interface speaks Korean: Hangul and Hanja drawn in their Korean forms. */
    static final String INTERFACE_KO = "interface-ko";

    private final ObservableValue<Theme> theme;
    private final ChangeListener<Theme> onTheme = (obs, was, now) -> applyEverywhere();
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::styleIfOwned);
        }
    };
    private Stage main;
    private WebView page;

    WindowTheme(ObservableValue<Theme> theme) {
        this.theme = theme;
    }

    /** The window's background colour in a reading theme (null: light). */
    static Color windowBackground(Theme theme) {
        return WINDOW_BACKGROUND.get(theme == null ? Theme.LIGHT : theme);
    }

    /** The page's background colour in a reading theme (null: light), for the reading pane before a page has loaded. */
    static Color pageBackground(Theme theme) {
        return PAGE_BACKGROUND.get(theme == null ? Theme.LIGHT : theme);
    }

    /** Styles the main window and its reading pane now and follows the theme until the window is hidden. */
    void install(Stage stage, WebView readingPane) {
        main = stage;
        page = readingPane;
        applyEverywhere();
        theme.addListener(onTheme);
        Window.getWindows().addListener(onWindows);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            theme.removeListener(onTheme);
            Window.getWindows().removeListener(onWindows);
        });
    }

    private void applyEverywhere() {
        // the main window first: before it is shown (the preferences restore the theme then) it is not among the windows
        style(main.getScene());
        Window.getWindows().stream().filter(w -> w != main).forEach(this::styleIfOwned);
        if (page != null) {
            page.setPageFill(pageBackground(theme.getValue()));
        }
    }

    private void styleIfOwned(Window window) {
        if (ownedByMain(window)) {
            style(window.getScene());
        }
    }

    /** The main window itself, a dialog or window it owns, or a popup (popover, menu, tooltip) shown over one. */
    private boolean ownedByMain(Window window) {
        for (Window w = window; w != null; w = owner(w)) {
            if (w == main) {
                return true;
            }
        }
        return false;
    }

    private static Window owner(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        return window instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
    }

    /**
     * Sets the AtlantaFX user-agent stylesheet for a reading theme (null: light), on the FX thread. Called before the
     * first control is built, it also spares JavaFX loading and parsing its own Modena stylesheet, which a control
     * class sets up when it finds no user-agent stylesheet, only for it to be replaced.
     */
    static void useAgentFor(Theme theme) {
        String agent = theme == Theme.DARK ? DARK : LIGHT;
        if (!agent.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(agent);
        }
    }

    /**
     * Sets the user-agent theme for the reading theme and marks the scene's root with it (theme-light, -sepia, -dark),
     * and with interface-ja or interface-ko when the interface speaks Japanese or Korean.
     */
    void style(Scene scene) {
        Theme now = theme.getValue() == null ? Theme.LIGHT : theme.getValue();
        useAgentFor(now);
        if (scene == null) {
            return;
        }
        if (scene.getWindow() == main) {
            scene.setFill(windowBackground(now));
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Parent root = scene.getRoot();
        // asked here, not when the class loads: the toolkit may start before the interface language is set
        String language = Messages.bundleLocale().getLanguage();
        if (!root.getStyleClass().contains(INTERFACE_JA) && "ja".equals(language)) {
            root.getStyleClass().add(INTERFACE_JA); // the Japanese cut of the interface font (lectern.css)
        }
        if (!root.getStyleClass().contains(INTERFACE_KO) && "ko".equals(language)) {
            root.getStyleClass().add(INTERFACE_KO); // the Korean cut of the interface font (lectern.css)
        }
        if (root.getStyleClass().contains(now.cssClass())) {
            return;
        }
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(t.cssClass());
        }
        root.getStyleClass().add(now.cssClass());
    }
}
