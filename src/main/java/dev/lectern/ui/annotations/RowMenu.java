package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Annotation;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.ui.common.TextClipboard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;

/**
 * The right-click menu of a row of the Highlights window, as a mouse reader expects one there: open it, copy its quote,
 * give it another colour, edit its note, delete it, undo. The window only opened rows before: a highlight's note or
 * colour was changed only from its article.
 */
final class RowMenu {

    private final AnnotationsViewModel annotations;
    private final AnnotationDialogs dialogs;
    private final Runnable open;
    private final Function<HighlightColor, String> colourLabel;
    private final ContextMenu menu = new ContextMenu();

    RowMenu(TreeView<Object> tree, AnnotationsViewModel annotations, AnnotationDialogs dialogs, Runnable open,
            Function<HighlightColor, String> colourLabel) {
        this.annotations = annotations;
        this.dialogs = dialogs;
        this.open = open;
        this.colourLabel = colourLabel;
        menu.setId("annotations-row-menu");
        tree.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            TreeItem<Object> chosen = tree.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.getValue() instanceof Annotation a && annotations.isOpen()) {
                menu.getItems().setAll(items(a));
                menu.show(tree, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
    }

    private List<MenuItem> items(Annotation a) {
        List<MenuItem> items = new ArrayList<>();
        items.add(withId(item(t("review.open"), open), "row-open"));
        String label = a instanceof Bookmark b ? b.label() : null;
        String quote = a.anchor() != null ? a.anchor().quote()
                : label != null && !label.isBlank() ? label : a.article().path(); // a whole article's star
        items.add(withId(item(t("popover.copy"), () -> TextClipboard.copy(quote)), "row-copy"));
        if (a instanceof Highlight h) {
            items.add(new SeparatorMenuItem());
            for (HighlightColor c : HighlightColor.values()) {
                MenuItem colour = item(colourLabel.apply(c), () -> annotations.edit(h.id(), c, h.note()));
                colour.setId("row-colour-" + c.key());
                Region swatch = new Region();
                swatch.setMinSize(10, 10);
                swatch.setStyle("-fx-background-color: " + AnnotationPopovers.SWATCHES[c.ordinal()]
                        + "; -fx-background-radius: 5;");
                colour.setGraphic(swatch);
                colour.setDisable(c == h.color());
                items.add(colour);
            }
            items.add(withId(item(t("allAnnotations.editNote"),
                    () -> dialogs.askNote(h.note()).ifPresent(note -> annotations.edit(h.id(), h.color(), note))),
                    "row-note"));
        }
        items.add(new SeparatorMenuItem());
        items.add(withId(item(t("popover.delete"), () -> annotations.delete(a.id())), "row-delete"));
        items.add(withId(item(t("menu.annotations.undo"), annotations::undo), "row-undo"));
        return items;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem withId(MenuItem item, String id) {
        item.setId(id);
        return item;
    }
}
