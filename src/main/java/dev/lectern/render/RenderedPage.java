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
 */
public record RenderedPage(String html, List<Heading> outline, boolean lineBreaksKept, int remoteImageCount,
                           String sourceUrl, String lang) {

    public RenderedPage {
        outline = List.copyOf(outline);
    }
}
