package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.render.ReaderScripts;
import dev.lectern.ui.common.TextClipboard;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.web.WebView;

/**
 * "Copy code" on the reading pane's code blocks: the block's button and the context menu over a block copy its
 * exact text through Java (the page's own JavaScript is off).
 */
final class CodeCopy {

    private final WebView web;
    private final Function<String, Object> run;
    private final ReaderScripts scripts = new ReaderScripts();
    private final ContextMenu menu = new ContextMenu();
    private String menuCode;

    /** Watches clicks and context-menu requests on {@code web}; {@code run} runs the reader's script in its page. */
    CodeCopy(WebView web, Function<String, Object> run) {
        this.web = web;
        this.run = run;
        MenuItem copy = new MenuItem(t("page.copyCode"));
        copy.setId("copy-code");
        copy.setOnAction(e -> copy(menuCode));
        menu.getItems().add(copy);
        web.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
        web.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
            String code = codeAt(event.getX(), event.getY(), true);
            if (code != null) {
                copy(code);
                event.consume();
            }
        }
    }

    private void onContextMenu(ContextMenuEvent event) {
        String code = codeAt(event.getX(), event.getY(), false);
        if (code != null) {
            menuCode = code;
            event.consume();
            menu.show(web, event.getScreenX(), event.getScreenY());
        }
    }

    private String codeAt(double x, double y, boolean buttonOnly) {
        double zoom = web.getZoom();
        Object code = run.apply(scripts.codeAt(x / zoom, y / zoom, buttonOnly));
        return code instanceof String text ? text : null;
    }

    /** Puts the block's text on the clipboard, without the line end that closes every block. */
    static void copy(String code) {
        if (code == null) {
            return;
        }
        TextClipboard.copy(exact(code));
    }

    /** The text a reader means by "the code": the block's text without its final line end. */
    static String exact(String blockText) {
        return blockText.endsWith("\n") ? blockText.substring(0, blockText.length() - 1) : blockText;
    }
}
