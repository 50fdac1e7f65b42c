package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.model.ReadState;
import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.common.TextClipboard;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The article list's context menu: mark the article read or unread; open its file in the desktop's application for
 * it (to mend a typo in an editor), show it in its folder, or copy its path.
 */
public final class ArticleContextMenu extends ContextMenu {

    private final Supplier<Article> selected;
    private final Supplier<Path> root;

    ArticleContextMenu(Supplier<Article> selected, ReadStatesViewModel readStates, Supplier<Path> root,
                       LinkOpener desktop) {
        this.selected = selected;
        this.root = root;
        MenuItem mark = new MenuItem();
        mark.setId("mark-read-item");
        mark.setOnAction(e -> {
            Article article = selected.get();
            if (article != null) {
                readStates.toggleRead(article.id());
            }
        });
        MenuItem open = fileItem("open-file-item", t("article.openFile"), desktop::openFile);
        MenuItem reveal = fileItem("show-in-folder-item", t("article.showInFolder"), desktop::showInFolder);
        MenuItem copy = fileItem("copy-path-item", t("article.copyPath"), file -> TextClipboard.copy(file.toString()));
        getItems().addAll(mark, new SeparatorMenuItem(), open, reveal, copy);
        setOnShowing(e -> {
            Article article = selected.get();
            for (MenuItem item : getItems()) {
                item.setDisable(article == null);
            }
            mark.setText(markText(article, readStates));
        });
    }

    private MenuItem fileItem(String id, String text, Consumer<Path> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            Article article = selected.get();
            if (article != null && root.get() != null) {
                action.accept(root.get().resolve(article.id().path()));
            }
        });
        return item;
    }

    /** "Mark as Unread" for a read article, "Mark as Read" for any other. */
    public static String markText(Article article, ReadStatesViewModel readStates) {
        boolean read = article != null && readStates.progress(article.id()).state() == ReadState.READ;
        return read ? t("article.markUnread") : t("article.markRead");
    }
}
