package dev.lectern.ui.window;

import java.util.Locale;
import javafx.scene.control.Menu;

/**
 * The menu bar's access keys: Alt+F opens File, Alt+G Go, and so on, its letter underlined while Alt is held. A menu
 * named in another script (文件) gets the letter after its name, as Chinese desktop apps show it: 文件(F).
 */
final class MenuKeys {

    private MenuKeys() {
    }

    /** A menu whose key is the given Latin letter. */
    static Menu menu(String name, char key) {
        Menu menu = new Menu(marked(name, key));
        menu.setMnemonicParsing(true);
        return menu;
    }

    /** The name with an underscore before its first {@code key}, or with "(_K)" after it when it has none. */
    static String marked(String name, char key) {
        String plain = name.replace("_", "__");
        int at = plain.toUpperCase(Locale.ROOT).indexOf(Character.toUpperCase(key));
        return at >= 0 ? plain.substring(0, at) + "_" + plain.substring(at)
                : plain + "(_" + Character.toUpperCase(key) + ")";
    }

    /** The name as shown, without the underscore that marks its key. */
    static String shown(Menu menu) {
        String text = menu.getText();
        if (!menu.isMnemonicParsing()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length() && text.charAt(i + 1) == '_') {
                shown.append('_'); // "__" is an underscore of the name
                i++;
            } else if (c != '_' || marked) {
                shown.append(c);
            } else {
                marked = true; // the mark before the key's letter
            }
        }
        return shown.toString();
    }
}
