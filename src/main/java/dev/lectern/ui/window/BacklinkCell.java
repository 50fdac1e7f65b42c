package dev.lectern.ui.window;

import dev.lectern.model.Article;
import dev.lectern.ui.common.TextScript;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An article linking to the open one, in the side panel's Backlinks: its title, and under it the words around its link
 * (three lines or so), so the list says how each one speaks of the open article before it is opened.
 */
final class BacklinkCell extends ListCell<Article> {

    private final Label title = new Label();
    private final Label context = new Label();
    private final VBox box = new VBox(2, title, context);
    private final Function<Article, String> contextOf;

    BacklinkCell(Function<Article, String> contextOf) {
        this.contextOf = contextOf;
        title.getStyleClass().add("backlink-title");
        context.getStyleClass().add("backlink-context");
        context.setWrapText(true);
        title.setMinWidth(0);
        box.setMinWidth(0);
        // a wrapped label in a list cell needs its height to follow the lines it wraps to (as AnnotationCell's)
        context.setMinHeight(Region.USE_PREF_SIZE);
        // the context wraps at the width the row is laid out at: a width bound to the row's own was 0 before layout, the
        // words one to a line, and the list, thinking its first rows filled it, drew no more of them
        context.setMaxWidth(Double.MAX_VALUE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Article article, boolean empty) {
        super.updateItem(article, empty);
        if (empty || article == null) {
            setGraphic(null);
            return;
        }
        TextScript.show(title, article.title(), article.lang());
        String words = contextOf.apply(article);
        TextScript.show(context, words, article.lang());
        context.setVisible(!words.isEmpty());
        context.setManaged(!words.isEmpty());
        setGraphic(box);
    }
}
