package dev.lectern.ui.annotations;

import dev.lectern.model.HighlightColor;

/** The CSS colour each highlight colour is drawn in, outside the reading pane (popovers, panels, review). */
public final class Swatches {

    private Swatches() {
    }

    public static String of(HighlightColor color) {
        return AnnotationPopovers.SWATCHES[color.ordinal()];
    }
}
