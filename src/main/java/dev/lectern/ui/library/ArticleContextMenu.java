package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.model.ReadState;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/** The article list's context menu: mark the article read or unread. */
public final class ArticleContextMenu extends ContextMenu {

    ArticleContextMenu(Supplier<Article> selected, ReadStatesViewModel readStates) {
        MenuItem mark = new MenuItem();
        mark.setId("mark-read-item");
        mark.setOnAction(e -> {
            Article article = selected.get();
            if (article != null) {
                readStates.toggleRead(article.id());
            }
        });
        getItems().add(mark);
        setOnShowing(e -> {
            Article article = selected.get();
            mark.setDisable(article == null);
            mark.setText(markText(article, readStates));
        });
    }

    /** "Mark as Unread" for a read article, "Mark as Read" for any other. */
    public static String markText(Article article, ReadStatesViewModel readStates) {
        boolean read = article != null && readStates.progress(article.id()).state() == ReadState.READ;
        return read ? t("article.markUnread") : t("article.markRead");
    }
}
