package dev.lectern.ui.annotations;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the popover's note field, as most apps' note fields have them: Tab and Shift+Tab move on to the next or
 * previous control (the tags, the colours) instead of typing a tab into the note, Enter and Shift+Enter start a new line, and
 * Ctrl+Enter (Cmd+Enter on a Mac) anywhere in the popover finishes it as Done does.
 */
final class NoteKeys {

    private NoteKeys() {
    }

    /** Gives the note its keys; form is the popover's content, in which Ctrl+Enter runs finish. */
    static void install(TextArea note, Node form, Runnable finish) {
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // a TextArea walks the focus order on Ctrl+Tab (Ctrl+Shift+Tab backwards): JavaFX 21 has no public
                // way to traverse, so the field is handed that key instead of the one that types a tab
                Event.fireEvent(note, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // JavaFX's text area does nothing on Shift+Enter: it breaks the line, as Enter does (and chat apps' notes)
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                note.replaceSelection("\n");
            }
        });
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                finish.run();
            }
        });
        note.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("\t".equals(e.getCharacter()) && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume(); // the Tab key's character, should any platform type it: a tab never lands in a note
            }
        });
    }
}
