package dev.lectern.ui;

import java.net.URI;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/** The right side of the window: the reader toolbar over the reading pane, with the outline beside it. */
final class ReaderPane extends BorderPane {

    private final BooleanProperty outlineShown = new SimpleBooleanProperty(false);
    private final ReaderView reader;
    private final OutlineView outline;
    private final SplitPane split;

    ReaderPane(ReaderViewModel model, Consumer<LinkTarget> links, Consumer<URI> openExternal) {
        reader = new ReaderView(model, links);
        outline = new OutlineView(model, reader::scrollTo);
        split = new SplitPane(reader);
        setTop(new ReaderToolbar(model, outlineShown, openExternal));
        setCenter(split);
        outlineShown.addListener((obs, was, now) -> {
            if (now) {
                split.getItems().add(outline);
                split.setDividerPositions(0.75);
            } else {
                split.getItems().remove(outline);
            }
        });
    }

    BooleanProperty outlineShownProperty() {
        return outlineShown;
    }

    ReaderView reader() {
        return reader;
    }
}
