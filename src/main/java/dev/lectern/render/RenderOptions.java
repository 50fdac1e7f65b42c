package dev.lectern.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Per-render choices. {@code articleFile} and {@code libraryRoot} are absolute.
 *
 * @param keepLineBreaks   true or false to force single line breaks on or off; null lets the renderer decide
 * @param textSizePercent  text size relative to the default, 50 to 300
 * @param loadRemoteImages show http(s) images instead of placeholders
 */
public record RenderOptions(Path libraryRoot, Path articleFile, Theme theme, int textSizePercent,
                            Boolean keepLineBreaks, boolean loadRemoteImages) {

    public RenderOptions {
        libraryRoot = Objects.requireNonNull(libraryRoot, "libraryRoot").toAbsolutePath().normalize();
        articleFile = Objects.requireNonNull(articleFile, "articleFile").toAbsolutePath().normalize();
        theme = Objects.requireNonNull(theme, "theme");
        textSizePercent = Math.max(50, Math.min(300, textSizePercent));
    }

    /** Light theme, 100 %, line breaks decided per article, no remote images. */
    public static RenderOptions defaults(Path libraryRoot, Path articleFile) {
        return new RenderOptions(libraryRoot, articleFile, Theme.LIGHT, 100, null, false);
    }

    public RenderOptions withTheme(Theme newTheme) {
        return new RenderOptions(libraryRoot, articleFile, newTheme, textSizePercent, keepLineBreaks, loadRemoteImages);
    }

    public RenderOptions withTextSizePercent(int percent) {
        return new RenderOptions(libraryRoot, articleFile, theme, percent, keepLineBreaks, loadRemoteImages);
    }

    /** True or false forces single line breaks on or off; null restores the automatic choice. */
    public RenderOptions withKeepLineBreaks(Boolean keep) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keep, loadRemoteImages);
    }

    public RenderOptions withLoadRemoteImages(boolean load) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, load);
    }
}
