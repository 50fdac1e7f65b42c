package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.ColorNames;
import dev.lectern.model.HighlightColor;

/** The CSS colour each highlight colour is drawn in outside the reading pane (popovers, panels, review), and its name. */
public final class Swatches {

    private Swatches() {
    }

    public static String of(HighlightColor color) {
        return AnnotationPopovers.SWATCHES[color.ordinal()];
    }

    /** The colour in the interface language, and the meaning the reader gave it: "Pink — question". */
    public static String label(HighlightColor color, ColorNames names) {
        String name = names.nameOf(color);
        return t("color." + color.key()) + (name == null ? "" : " — " + name);
    }
}
