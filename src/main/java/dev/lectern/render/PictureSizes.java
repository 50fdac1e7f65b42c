package dev.lectern.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Obsidian's picture size after a pipe: {@code ![[diagram.png|300]]} and {@code ![diagram|150](diagram.png)} show the
 * picture 300 (150) px wide, {@code |100x50} 100 by 50.
 */
final class PictureSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})(?:x(\\d{1,5}))?");

    private PictureSizes() {
    }

    /** Gives the picture the width (and height) these words are, when they are a size; whether they were. */
    static boolean apply(Element img, String words) {
        Matcher size = SIZE.matcher(words);
        if (!size.matches()) {
            return false;
        }
        img.attr("width", size.group(1));
        if (size.group(2) != null) {
            img.attr("height", size.group(2));
        }
        return true;
    }

    /**
     * Markdown pictures whose alternative text ends in a size after its last pipe ({@code ![diagram|150](d.png)}):
     * shown at that size, with the words before the pipe as their alternative text. Any other pipe stays in the words.
     */
    static void fromAlt(Element body) {
        for (Element img : body.select("img[alt*=|]")) {
            String alt = img.attr("alt");
            int bar = alt.lastIndexOf('|');
            if (apply(img, alt.substring(bar + 1).strip())) {
                img.attr("alt", alt.substring(0, bar).strip());
            }
        }
    }
}
