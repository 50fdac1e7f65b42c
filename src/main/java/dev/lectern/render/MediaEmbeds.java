package dev.lectern.render;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What an article's videos, audio and frames become before the sanitiser, which would drop them without a trace: an
 * offline page plays and loads nothing, so each shows as a line naming what it was, a link that opens it in the
 * browser when it is on the web ({@code <video src="https://…">}, an {@code <iframe>}), its file's name when it is
 * not. Their fallback text ("your browser does not support video") goes with them, as in any browser that plays video.
 */
final class MediaEmbeds {

    private static final String MEDIA = "video, audio, iframe, embed, object";
    /** Elements a media line stays inside as a link of the sentence or cell, not a block of its own. */
    private static final Evaluator INLINE_PARENT =
            QueryParser.parse("p, a, span, em, strong, b, i, sup, sub, font, td, th, li, figcaption");
    /** The most of a source's address shown in its line; the link keeps all of it. */
    private static final int MAX_SHOWN = 120;

    private MediaEmbeds() {
    }

    /**
     * Replaces every video, audio, frame, embed and object under {@code root}. Last first, so that one nested in
     * another goes with the outer one, and the work stays linear however deep they nest.
     */
    static void replace(Element root, PageWords words) {
        List<Element> found = root.select(MEDIA);
        for (int i = found.size() - 1; i >= 0; i--) {
            replaceOne(found.get(i), words);
        }
    }

    private static void replaceOne(Element media, PageWords words) {
        String src = source(media);
        String label = label(media, words);
        Element line;
        if (src != null && LinkPolicy.isRemote(src)) {
            String url = src.startsWith("//") ? "https:" + src : src;
            line = new Element("a").addClass("embed-link").attr("href", url);
            line.appendElement("span").addClass(PageText.GENERATED).text(label + " · ");
            line.appendText(shorten(url.replaceFirst("(?i)^https?://(www\\.)?", "")));
        } else {
            String name = src == null || LinkPolicy.scheme(src) != null ? "" : fileName(src);
            line = new Element("span").addClass("embed-file");
            line.appendElement("span").addClass(PageText.GENERATED).text(name.isEmpty() ? label : label + " · ");
            line.appendText(name);
        }
        Element paragraph = media.parent();
        if (paragraph != null && paragraph.nameIs("p") && onlyChild(paragraph, media)) {
            paragraph.addClass("embed").empty().appendChild(line);
        } else if (paragraph != null && paragraph.is(INLINE_PARENT)) {
            media.replaceWith(line);
        } else {
            media.replaceWith(new Element("p").addClass("embed").appendChild(line));
        }
    }

    /** Where the media comes from: its {@code src}, its first {@code <source>}'s, or an object's {@code data}. */
    private static String source(Element media) {
        String src = media.attr(media.nameIs("object") ? "data" : "src").strip();
        if (src.isEmpty()) {
            Element first = media.children().stream().filter(child -> child.nameIs("source") && child.hasAttr("src")).findFirst().orElse(null);
            src = first == null ? "" : first.attr("src").strip();
        }
        return src.isEmpty() ? null : src;
    }

    private static String label(Element media, PageWords words) {
        return switch (media.normalName()) {
            case "video" -> words.video();
            case "audio" -> words.audio();
            default -> words.embeddedPage();
        };
    }

    /** The last part of a relative path, without its query: a file that is not on the web. */
    private static String fileName(String src) {
        String path = src.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return shorten(name);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }

    /** Whether the element is the paragraph's only content besides blanks and line breaks. */
    private static boolean onlyChild(Element paragraph, Element media) {
        for (Node child : paragraph.childNodes()) {
            if (child != media && !(child instanceof TextNode text && text.isBlank())
                    && !(child instanceof Element element && element.nameIs("br"))) {
                return false;
            }
        }
        return true;
    }
}
