package dev.lectern.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the system clipboard, as Copy does everywhere in the window (code, a quote, a path, a link). */
public final class TextClipboard {

    private TextClipboard() {
    }

    /** Replaces what the clipboard holds with this text; call on the FX thread. */
    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
