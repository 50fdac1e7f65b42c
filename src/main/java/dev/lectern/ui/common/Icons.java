package dev.lectern.ui.common;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's icons: Feather glyphs, coloured and sized by the theme's CSS (so they follow light and dark). */
public final class Icons {

    /** Feather's star outline (24 × 24), drawn as a path so that it can be filled when the article is bookmarked. */
    private static final String STAR = "M12 2 L15.09 8.26 L22 9.27 L17 14.14 L18.18 21.02 L12 17.77 L5.82 21.02 L7 14.14 "
            + "L2 9.27 L8.91 8.26 Z";

    private Icons() {
    }

    /** A Feather glyph; lectern.css gives it the size and colour of the control it sits in. */
    public static FontIcon of(Feather glyph) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("lectern-icon");
        return icon;
    }

    /** A star the size of a glyph: an outline, filled (by CSS) when its toggle button is selected. */
    public static Node star() {
        SVGPath path = new SVGPath();
        path.setContent(STAR);
        path.getStyleClass().add("star-icon");
        path.setScaleX(2.0 / 3);
        path.setScaleY(2.0 / 3);
        return new Group(path);
    }
}
