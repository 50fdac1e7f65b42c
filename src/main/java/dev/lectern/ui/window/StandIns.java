package dev.lectern.ui.window;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * What a start on the last article shows until that article is painted, in the places of the parts made after it: plain
 * regions in their colours (their style classes), with no text and no control, as the first text JavaFX lays out in a
 * window held the page back. The bars have fixed heights in lectern.css, so the page does not move when they come in.
 */
final class StandIns {

    private StandIns() {
    }

    /** In the tag pane's place: an empty pane in its colour. */
    static Node tags() {
        StackPane tags = new StackPane();
        tags.getStyleClass().add("tag-pane");
        tags.setId("tags-stand-in");
        return tags;
    }

    /** In the list's place: an empty pane (the list, once there, says the library is being read). */
    static Node list() {
        StackPane list = new StackPane();
        list.getStyleClass().add("list-pane"); // its width: the list's, as the tag stand-in has the tags'
        list.setId("list-stand-in");
        return list;
    }

    /** In a bar's place: a band with the bar's style classes. */
    static Node band(String id, String... styleClasses) {
        Region band = new Region();
        band.getStyleClass().addAll(styleClasses);
        band.setId(id);
        return band;
    }
}
