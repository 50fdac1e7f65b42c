package dev.lectern.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * A list cell showing one line of article text (a title) in its script's cut of the interface font
 * ({@link TextScript}), as wide as the list: a long title ends in "..." rather than widening its pane.
 */
public final class TitleCell<T> extends ListCell<T> {

    private final Function<T, String> text;

    public TitleCell(Function<T, String> text) {
        this.text = text;
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        TextScript.show(this, empty || item == null ? null : text.apply(item));
    }
}
