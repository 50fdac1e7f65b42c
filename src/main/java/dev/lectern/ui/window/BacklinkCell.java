package dev.lectern.ui.window;

import dev.lectern.model.Article;
import dev.lectern.ui.common.TextScript;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
    /** About the width of the list's scroll bar, which a cell not laid out yet leaves room for. */
    private static final double SCROLL_BAR = 16;

    BacklinkCell(Function<Article, String> contextOf) {
        this.contextOf = contextOf;
        title.getStyleClass().add("backlink-title");
        context.getStyleClass().add("backlink-context");
        context.setWrapText(true);
        title.setMinWidth(0);
        box.setMinWidth(0);
        // a wrapped label in a list cell needs its height to follow the lines it wraps to (as AnnotationCell's)
        context.setMinHeight(Region.USE_PREF_SIZE);
        // before the list has laid the cell out its width is 0: the list's own width then, else the list would keep the
        // height of words wrapped one to a line and, thinking its first cells fill it, draw no more of them
        DoubleProperty listWidth = new SimpleDoubleProperty();
        listViewProperty().addListener((obs, was, now) -> {
            listWidth.unbind();
            if (now != null) {
                listWidth.bind(now.widthProperty());
            }
        });
        context.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(40, (getWidth() > 0 ? getWidth() : listWidth.get() - SCROLL_BAR) - 24), widthProperty(), listWidth));
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
