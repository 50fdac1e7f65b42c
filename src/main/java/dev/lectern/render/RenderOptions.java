package dev.lectern.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Per-render choices. {@code articleFile} and {@code libraryRoot} are absolute.
 *
 * @param keepLineBreaks   true or false to force single line breaks on or off; null lets the renderer decide
 * @param textSizePercent  text size relative to the default, 50 to 300
 * @param loadRemoteImages show http(s) images instead of placeholders
 * @param script           the script Chinese text is shown in (display only; anchors keep the source's offsets)
 * @param furigana         which kanji of a Japanese article get readings above them
 * @param vertical         set a Chinese or Japanese page in vertical writing (columns right to left); other pages
 *                         ignore it
 * @param latinSpacing     a thin space between CJK and Latin letters or digits, drawn by CSS (the text is unchanged)
 * @param serif            the text set in a serif typeface (Song or Ming for Chinese, Mincho for Japanese) rather
 *                         than the sans-serif one
 * @param wide             a wider column (for code and tables), rather than the one of a comfortable line of prose
 */
public record RenderOptions(Path libraryRoot, Path articleFile, Theme theme, int textSizePercent,
                            Boolean keepLineBreaks, boolean loadRemoteImages, Script script, Furigana furigana,
                            boolean vertical, boolean latinSpacing, boolean serif, boolean wide) {

    public RenderOptions {
        libraryRoot = Objects.requireNonNull(libraryRoot, "libraryRoot").toAbsolutePath().normalize();
        articleFile = Objects.requireNonNull(articleFile, "articleFile").toAbsolutePath().normalize();
        theme = Objects.requireNonNull(theme, "theme");
        textSizePercent = Math.max(50, Math.min(300, textSizePercent));
        script = script == null ? Script.AS_WRITTEN : script;
        furigana = furigana == null ? Furigana.OFF : furigana;
    }

    /** Text as written, without readings, horizontal, no CJK–Latin spacing. */
    public RenderOptions(Path libraryRoot, Path articleFile, Theme theme, int textSizePercent, Boolean keepLineBreaks,
                         boolean loadRemoteImages) {
        this(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages, Script.AS_WRITTEN,
                Furigana.OFF, false, false, false, false);
    }

    /** Light theme, 100 %, line breaks decided per article, no remote images. */
    public static RenderOptions defaults(Path libraryRoot, Path articleFile) {
        return new RenderOptions(libraryRoot, articleFile, Theme.LIGHT, 100, null, false);
    }

    public RenderOptions withTheme(Theme newTheme) {
        return new RenderOptions(libraryRoot, articleFile, newTheme, textSizePercent, keepLineBreaks, loadRemoteImages,
                script, furigana, vertical, latinSpacing, serif, wide);
    }

    public RenderOptions withTextSizePercent(int percent) {
        return new RenderOptions(libraryRoot, articleFile, theme, percent, keepLineBreaks, loadRemoteImages, script,
                furigana, vertical, latinSpacing, serif, wide);
    }

    /** True or false forces single line breaks on or off; null restores the automatic choice. */
    public RenderOptions withKeepLineBreaks(Boolean keep) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keep, loadRemoteImages, script,
                furigana, vertical, latinSpacing, serif, wide);
    }

    public RenderOptions withLoadRemoteImages(boolean load) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, load, script,
                furigana, vertical, latinSpacing, serif, wide);
    }

    /** The script Chinese text is shown in. */
    public RenderOptions withScript(Script shown) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages,
                shown, furigana, vertical, latinSpacing, serif, wide);
    }

    /** Which kanji get readings in a Japanese article. */
    public RenderOptions withFurigana(Furigana level) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages,
                script, level, vertical, latinSpacing, serif, wide);
    }

    /** Vertical writing (tategaki) for a Chinese or Japanese page. */
    public RenderOptions withVertical(boolean on) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages,
                script, furigana, on, latinSpacing, serif, wide);
    }

    /** A thin space drawn between CJK and Latin runs (display only). */
    public RenderOptions withLatinSpacing(boolean on) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages,
                script, furigana, vertical, on, serif, wide);
    }

    /** The text in a serif typeface (display only). */
    public RenderOptions withSerif(boolean on) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages,
                script, furigana, vertical, latinSpacing, on, wide);
    }

    /** A wider column (display only). */
    public RenderOptions withWide(boolean on) {
        return new RenderOptions(libraryRoot, articleFile, theme, textSizePercent, keepLineBreaks, loadRemoteImages,
                script, furigana, vertical, latinSpacing, serif, on);
    }
}
