package dev.lectern.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Per-render choices. {@code articleFile} and {@code libraryRoot} are absolute.
 *
 * @param keepLineBreaks   true or false to force single line breaks on or off; null lets the renderer decide
 * @param textSizePercent  text size relative to the default, 50 to 300
 * @param loadRemoteImages show http(s) images instead of placeholders
 * @param vertical         set a Chinese or Japanese page in vertical writing (columns right to left); other pages
 *                         ignore it
 * @param latinSpacing     a thin space between CJK and Latin letters or digits, drawn by CSS (the text is unchanged)
 */
public record RenderOptions(Path libraryRoot, Path articleFile, Theme theme, int textSizePercent,
                            Boolean keepLineBreaks, boolean loadRemoteImages, boolean vertical, boolean latinSpacing) {

    public RenderOptions {
        libraryRoot = Objects.requireNonNull(libraryRoot, "libraryRoot").toAbsolutePath().normalize();
        articleFile = Objects.requireNonNull(articleFile, "articleFile").toAbsolutePath().normalize();
        theme = Objects.requireNonNull(theme, "theme");
        textSizePercent = Math.max(50, Math.min(300, textSizePercent));
    }

    /** Horizontal writing, no CJK–Latin spacing. */
    public RenderOptions(Path libraryRoot, Path articleFile, Theme theme, int textSizePercent, Boolean keepLineBreaks,
                         boolean loadRemoteImages) {
        this(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages, false, false);
    }

    /** Light theme, 100 %, line breaks decided per article, no remote images. */
    public static RenderOptions defaults(Path libraryRoot, Path articleFile) {
        return new RenderOptions(libraryRoot, articleFile, Theme.LIGHT, 100, null, false);
    }

    public RenderOptions withTheme(Theme newTheme) {
        return new RenderOptions(libraryRoot, articleFile, newTheme, textSizePercent, keepLineBreaks, loadRemoteImages, vertical,
                latinSpacing);
    }

    public RenderOptions withTextSizePercent(int percent) {
        return new RenderOptions(libraryRoot, articleFile, theme, percent, keepLineBreaks, loadRemoteImages, vertical,
                latinSpacing);
    }

    /** True or false forces single line breaks on or off; null restores the automatic choice. */
    public RenderOptions withKeepLineBreaks(Boolean keep) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keep, loadRemoteImages, vertical, latinSpacing);
    }

    public RenderOptions withLoadRemoteImages(boolean load) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, load, vertical, latinSpacing);
    }

    /** Vertical writing (tategaki) for a Chinese or Japanese page. */
    public RenderOptions withVertical(boolean on) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages, on,
                latinSpacing);
    }

    /** A thin space drawn between CJK and Latin runs (display only). */
    public RenderOptions withLatinSpacing(boolean on) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages,
                vertical, on);
    }
}
