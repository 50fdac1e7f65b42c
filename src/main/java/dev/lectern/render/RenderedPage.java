package dev.lectern.render;

import java.util.List;

/**
 * A rendered article page and the facts about it that the UI shows.
 *
 * @param html             the complete page
 * @param outline          the headings of the body, in order
 * @param lineBreaksKept   whether single line breaks were rendered as {@code <br>}
 * @param remoteImageCount remote images in the article (placeholders unless remote images were allowed)
 * @param sourceUrl        the original the article names ("原文：...", "Source: ..."), or null
 * @param lang             the language of the page ({@code <html lang>})
 * @param partlyUpright    whether a vertical page had more characters than it sets upright ({@link #MOST_UPRIGHT})
 */
public record RenderedPage(String html, List<Heading> outline, boolean lineBreaksKept, int remoteImageCount,
                           String sourceUrl, String lang, boolean partlyUpright) {

    /** The most characters a vertical page sets upright; the rest of a longer page lies on its side. */
    public static final int MOST_UPRIGHT = UprightBoxes.MAX_UPRIGHT;

    public RenderedPage {
        outline = List.copyOf(outline);
    }

    /** A page all of whose characters stand as they should. */
    public RenderedPage(String html, List<Heading> outline, boolean lineBreaksKept, int remoteImageCount,
                        String sourceUrl, String lang) {
        this(html, outline, lineBreaksKept, remoteImageCount, sourceUrl, lang, false);
    }
}
