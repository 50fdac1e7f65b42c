package dev.lectern.ui.window;

import atlantafx.base.theme.CupertinoDark;
import atlantafx.base.theme.CupertinoLight;
import dev.lectern.render.Theme;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The look of the window around the page, following the reading theme: AtlantaFX Cupertino Light for the light and
 * sepia themes (sepia warms it through a root class in lectern.css), Cupertino Dark for the dark one. Applies to the
 * main window and to every window it owns (dialogs, the highlights window, popovers), live as the theme changes.
 */
final class WindowTheme {

    /** The window stylesheet, over the AtlantaFX user-agent theme. */
    static final String STYLESHEET = Objects.requireNonNull(WindowTheme.class.getResource("/dev/lectern/ui/lectern.css")).toExternalForm();

    private static final String LIGHT = new CupertinoLight().getUserAgentStylesheet();
    private static final String DARK = new CupertinoDark().getUserAgentStylesheet();

    private final ObservableValue<Theme> theme;
    private final ChangeListener<Theme> onTheme = (obs, was, now) -> applyEverywhere();
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::styleIfOwned);
        }
    };
    private Stage main;

    WindowTheme(ObservableValue<Theme> theme) {
        this.theme = theme;
    }

    /** Styles the main window now and follows the theme until the window is hidden. */
    void install(Stage stage) {
        main = stage;
        style(stage.getScene());
        theme.addListener(onTheme);
        Window.getWindows().addListener(onWindows);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            theme.removeListener(onTheme);
            Window.getWindows().removeListener(onWindows);
        });
    }

    private void applyEverywhere() {
        Window.getWindows().forEach(this::styleIfOwned);
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

    /** Sets the user-agent theme for the reading theme and marks the scene's root with it (theme-light, -sepia, -dark). */
    void style(Scene scene) {
        Theme now = theme.getValue() == null ? Theme.LIGHT : theme.getValue();
        useAgentFor(now);
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Parent root = scene.getRoot();
        if (root.getStyleClass().contains(now.cssClass())) {
            return;
        }
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(t.cssClass());
        }
        root.getStyleClass().add(now.cssClass());
    }
}
