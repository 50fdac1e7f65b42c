package dev.lectern.ui.common;

import javafx.scene.control.Control;
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

    /** Scrolls the row to the top of the view (as far as the rows after it allow), laid out first as above. */
    public static void showAtTop(Control view, int row) {
        if (row >= 0 && view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            view.layout();
            flow.scrollToTop(row);
        }
    }
}
