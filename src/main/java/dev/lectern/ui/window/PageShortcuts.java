package dev.lectern.ui.window;

import java.util.List;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

/**
 * Gives the menus their shortcuts while the page has the keyboard focus. WebKit keeps some keys for itself (Alt+↑
 * and Alt+↓ scroll, Ctrl+Shift+V pastes as plain text) and consumes them before the menu bar's accelerators see
 * them; as a filter on the scene, this runs first and fires the enabled menu item whose shortcut was pressed.
 */
final class PageShortcuts implements EventHandler<KeyEvent> {

    private final Supplier<MenuBar> menus;
    private final Node page;

    /** menus may give null while the menu bar is not made yet. */
    PageShortcuts(Supplier<MenuBar> menus, Node page) {
        this.menus = menus;
        this.page = page;
    }

    @Override
    public void handle(KeyEvent event) {
        MenuBar bar = menus.get();
        if (event.getTarget() != page || bar == null) {
            return;
        }
        for (Menu menu : bar.getMenus()) {
            MenuItem item = find(menu.getItems(), event);
            if (item != null) {
                event.consume();
                item.fire();
                return;
            }
        }
    }

    /** The enabled item (in submenus too) whose shortcut the event is, else null. */
    private static MenuItem find(List<MenuItem> items, KeyEvent event) {
        for (MenuItem item : items) {
            if (item.isDisable() || !item.isVisible()) {
                continue;
            }
            if (item instanceof Menu submenu) {
                MenuItem inner = find(submenu.getItems(), event);
                if (inner != null) {
                    return inner;
                }
            } else if (item.getAccelerator() != null && item.getAccelerator().match(event)) {
                return item;
            }
        }
        return null;
    }
}
