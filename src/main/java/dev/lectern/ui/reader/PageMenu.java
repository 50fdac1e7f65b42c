package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.ui.common.TextClipboard;
import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.web.WebView;

/**
 * The page's context menu, in place of WebKit's: over a link, open it (as a click does), open a web address in the
 * browser even when the library has the page, copy the address as the article wrote it; over selected text, copy it.
 * WebKit's own menu copied the address every link is shielded with ({@code lectern-link:...}), which leads nowhere,
 * and offered to reload the page. (Code blocks have their own: {@link CodeCopy}.)
 */
final class PageMenu {

    /** The link at a point of the page: its address as written and where it leads. */
    record Link(String href, LinkTarget target) {
    }

    private final ContextMenu menu = new ContextMenu();
    private final MenuItem open = new MenuItem(t("page.link.open"));
    private final MenuItem browse = new MenuItem(t("page.link.browse"));
    private final MenuItem copyLink = new MenuItem(t("page.link.copy"));
    private final MenuItem copy = new MenuItem(t("page.copy"));
    private Link link;
    private String selected;

    /**
     * @param linkAt    the link at a point of the web view (its coordinates), null where there is none
     * @param selection the text selected in the page ("" or null when none)
     * @param follow    follows a link as a click does
     * @param browser   opens a web address in the system browser
     */
    PageMenu(WebView web, BiFunction<Double, Double, Link> linkAt, Supplier<String> selection,
             Consumer<LinkTarget> follow, Consumer<URI> browser) {
        web.setContextMenuEnabled(false);
        open.setId("link-open");
        browse.setId("link-browse");
        copyLink.setId("link-copy");
        copy.setId("page-copy");
        open.setOnAction(e -> follow.accept(link.target()));
        browse.setOnAction(e -> browser.accept(((LinkTarget.External) link.target()).uri()));
        copyLink.setOnAction(e -> TextClipboard.copy(link.href()));
        copy.setOnAction(e -> TextClipboard.copy(selected));
        menu.getItems().addAll(open, browse, copyLink, copy);
        web.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isConsumed()) {
                return;
            }
            link = linkAt.apply(event.getX(), event.getY());
            selected = selection.get();
            open.setVisible(link != null && !(link.target() instanceof LinkTarget.None));
            browse.setVisible(link != null && link.target() instanceof LinkTarget.External);
            copyLink.setVisible(link != null);
            copy.setVisible(selected != null && !selected.isEmpty());
            if (menu.getItems().stream().anyMatch(MenuItem::isVisible)) {
                event.consume();
                menu.show(web, event.getScreenX(), event.getScreenY());
            }
        });
    }

}
