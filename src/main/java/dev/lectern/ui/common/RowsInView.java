package dev.lectern.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/** Scrolls a list, table or tree just enough to show one of its rows, as a reader expects of a jump to it. */
public final class RowsInView {

    private RowsInView() {
    }

    /**
     * Shows the row, moving the view as little as needed (none when it is on screen). The view is laid out first, so
     * that rows changed in this pulse count with their real heights: scrolled before, a row ended 2 px out of view.
     */
    public static void show(Control view, int row) {
        if (row >= 0 && view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            view.layout();
            flow.scrollTo(row);
        }
    }

    /** The index of the first row at least half in view, or -1 when there is none. */
    public static int firstShown(Control view) {
        if (view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            javafx.scene.control.IndexedCell<?> first = flow.getFirstVisibleCell();
            return first.getIndex() + (first.getLayoutY() < -first.getHeight() / 2 ? 1 : 0);
        }
        return -1;
    }

    /**
     * Shows the selected row at the top of the view unless it is wholly on screen already: a list opened on an article
     * far down shows it first, and one near the list's start leaves the list at its start. A table not on screen yet
     * (made this moment, with no size) does so once it is laid out; the table's own scrollTo placed the row by
     * estimated row heights then, a few rows off. {@code shown} runs when it has been shown.
     */
    public static void showSelectedWhole(TableView<?> view, Runnable shown) {
        if (view.getHeight() > 0 && view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            int row = view.getSelectionModel().getSelectedIndex();
            view.layout();
            IndexedCell<?> cell = row < 0 ? null : flow.getVisibleCell(row);
            boolean whole = cell != null && cell.isVisible() && cell.getLayoutY() >= 0
                    && cell.getLayoutY() + cell.getHeight() <= flow.getHeight() + 0.5;
            if (row >= 0 && !whole) {
                showAtTop(view, row);
            }
            shown.run();
            return;
        }
        view.heightProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> height, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    height.removeListener(this);
                    Platform.runLater(() -> showSelectedWhole(view, shown));
                }
            }
        });
    }

    /**
     * Scrolls the row to the top of the view (as far as the rows after it allow), laid out first as above, and after,
     * so that {@link #firstShown} reads the new place at once.
     */
    public static void showAtTop(Control view, int row) {
        if (row >= 0 && view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            view.layout();
            flow.scrollToTop(row);
            view.layout();
        }
    }
}
