package dev.lectern.render;

import java.util.List;
import java.util.Set;

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
 * @param missingNotes     the file names (lower case, {@code plan.md}) of the notes its wiki links name and the library
 *                         lacks: the page is rendered again when one is written
 */
public record RenderedPage(String html, List<Heading> outline, boolean lineBreaksKept, int remoteImageCount,
                           String sourceUrl, String lang, boolean partlyUpright, Set<String> missingNotes) {

    /** The most characters a vertical page sets upright; the rest of a longer page lies on its side. */
    public static final int MOST_UPRIGHT = UprightBoxes.MAX_UPRIGHT;

    public RenderedPage {
        outline = List.copyOf(outline);
        missingNotes = Set.copyOf(missingNotes);
    }

    /** A page whose wiki links all lead somewhere (or that has none). */
    public RenderedPage(String html, List<Heading> outline, boolean lineBreaksKept, int remoteImageCount,
                        String sourceUrl, String lang, boolean partlyUpright) {
        this(html, outline, lineBreaksKept, remoteImageCount, sourceUrl, lang, partlyUpright, Set.of());
    }

    /** A page all of whose characters stand as they should. */
    public RenderedPage(String html, List<Heading> outline, boolean lineBreaksKept, int remoteImageCount,
                        String sourceUrl, String lang) {
        this(html, outline, lineBreaksKept, remoteImageCount, sourceUrl, lang, false);
    }
}
