package dev.lectern.render;

import java.util.Objects;

/**
 * The words the renderer itself writes into a page, in the reader's language; the UI gives them from its bundle.
 * A pattern holds {@code {0}} where its value goes.
 *
 * @param minutesRead   the reading time, {@code {0}} the minutes ("{0} min read")
 * @param source        before the link to the original, {@code {0}} the link ("Source: {0}")
 * @param image         an image placeholder's name when the image has no alt text
 * @param imageNotFound a placeholder's note for a local image that is missing
 * @param imageBlocked  a placeholder's note for an image the page may not show
 * @param copyCode      the button on a code block that copies its text
 * @param diagram       the label of a diagram's source (mermaid) shown as text
 * @param video         the label of the line that stands for a video the page cannot play
 * @param audio         the same for a sound
 * @param embeddedPage  the same for a frame or embedded object (a page of another site)
 * @param mathUnread    the tooltip of a formula shown as source, {@code {0}} the TeX command that could not be read
 * @param mathLoop      the same for a formula whose macros never stop expanding
 */
public record PageWords(String minutesRead, String source, String image, String imageNotFound, String imageBlocked,
                        String copyCode, String diagram, String video, String audio, String embeddedPage,
                        String mathUnread, String mathLoop) {

    public PageWords {
        Objects.requireNonNull(minutesRead, "minutesRead");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageNotFound, "imageNotFound");
        Objects.requireNonNull(imageBlocked, "imageBlocked");
        Objects.requireNonNull(copyCode, "copyCode");
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(embeddedPage, "embeddedPage");
        Objects.requireNonNull(mathUnread, "mathUnread");
        Objects.requireNonNull(mathLoop, "mathLoop");
    }

    /** The given words, with the formulas' tooltips in English. */
    public PageWords(String minutesRead, String source, String image, String imageNotFound, String imageBlocked,
                     String copyCode, String diagram, String video, String audio, String embeddedPage) {
        this(minutesRead, source, image, imageNotFound, imageBlocked, copyCode, diagram, video, audio, embeddedPage,
                "This formula is shown as written: Lectern cannot read {0}",
                "This formula is shown as written: one of its macros never stops expanding");
    }

    /** The given words, with the code block's and the media's words in English. */
    public PageWords(String minutesRead, String source, String image, String imageNotFound, String imageBlocked) {
        this(minutesRead, source, image, imageNotFound, imageBlocked, "Copy code", "diagram source", "Video", "Audio",
                "Embedded page");
    }

    /** The English words, used when none are given. */
    public static PageWords english() {
        return new PageWords("{0} min read", "Source: {0}", "image", "not found", "blocked");
    }

    /** The reading time as HTML. */
    String minutesReadHtml(int minutes) {
        return fill(minutesRead, Integer.toString(minutes));
    }

    /** The source line as HTML around the link's HTML. */
    String sourceHtml(String linkHtml) {
        return fill(source, linkHtml);
    }

    /** The tooltip (plain text) of a formula with a command that could not be read. */
    String mathUnreadText(String command) {
        return mathUnread.replace("{0}", command);
    }

    /** The tooltip of a formula whose macros loop. */
    String mathLoopText() {
        return mathLoop;
    }

    /** The pattern's text escaped, with {@code {0}} replaced by the given HTML. */
    private static String fill(String pattern, String html) {
        int at = pattern.indexOf("{0}");
        if (at < 0) {
            return Html.escape(pattern) + " " + html;
        }
        return Html.escape(pattern.substring(0, at)) + html + Html.escape(pattern.substring(at + 3));
    }
}
