package dev.lectern.ui.window;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** The window's three panes side by side (tags | articles | reader); the first two can be hidden and shown again. */
final class WindowPanes extends SplitPane {

    private final Node tags;
    private final Node list;
    private double[] dividers = {0.17, 0.50};

    WindowPanes(Node tags, Node list, Node reader) {
        super(tags, list, reader);
        this.tags = tags;
        this.list = list;
        setDividerPositions(dividers);
        SplitPane.setResizableWithParent(tags, false);
        SplitPane.setResizableWithParent(list, false);
        setId("window-panes");
    }

    void toggleTags() {
        toggle(tags, 0);
    }

    void toggleList() {
        toggle(list, getItems().contains(tags) ? 1 : 0);
    }

    boolean isTagsShown() {
        return getItems().contains(tags);
    }

    private void toggle(Node pane, int index) {
        if (getItems().contains(pane)) {
            if (getItems().size() == 3) {
                dividers = getDividerPositions();
            }
            getItems().remove(pane);
        } else {
            getItems().add(index, pane);
            if (getItems().size() == 3) {
                setDividerPositions(dividers);
            }
        }
    }

    /** The divider positions with all three panes shown (the last ones used, when a pane is hidden). */
    double[] dividers() {
        return getItems().size() == 3 ? getDividerPositions() : dividers.clone();
    }

    /** Restores divider positions, for example from the preferences. */
    void setDividers(double... positions) {
        if (positions.length == 2) {
            dividers = positions.clone();
            if (getItems().size() == 3) {
                setDividerPositions(positions);
            }
        }
    }
}
