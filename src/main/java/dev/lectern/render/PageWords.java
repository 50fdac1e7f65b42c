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
 */
public record PageWords(String minutesRead, String source, String image, String imageNotFound, String imageBlocked,
                        String copyCode, String diagram, String video, String audio, String embeddedPage) {

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

    /** The pattern's text escaped, with {@code {0}} replaced by the given HTML. */
    private static String fill(String pattern, String html) {
        int at = pattern.indexOf("{0}");
        if (at < 0) {
            return Html.escape(pattern) + " " + html;
        }
        return Html.escape(pattern.substring(0, at)) + html + Html.escape(pattern.substring(at + 3));
    }
}
