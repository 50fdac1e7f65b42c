package dev.lectern.render;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps the harmless part of an article's HTML through a jsoup allowlist: formatting, tables, images, details,
 * inline styles without {@code url(}, {@code expression} or {@code @import}; scripts, frames, forms, embeds,
 * style sheets, event handlers and links with other schemes than http(s), mailto, anchors and relative paths go.
 */
final class HtmlSanitizer {

    private static final String[] GLOBAL_ATTRIBUTES = {"id", "class", "style", "title", "lang", "dir", "align"};
    private static final Pattern UNSAFE_STYLE =
            Pattern.compile("url\\(|expression|@import|javascript:|behavior|binding|image\\(|image-set|\\\\|<|&");

    private final Cleaner cleaner = new Cleaner(safelist());

    private static Safelist safelist() {
        return Safelist.relaxed()
                .removeTags("a", "img")
                .addTags("center", "font", "details", "summary", "kbd", "mark", "del", "ins", "s", "hr", "input",
                        "figure", "figcaption", "section", "aside", "abbr", "var", "samp", "article", "nav",
                        "a", "img", "header", "footer", "ruby", "rt", "rp", "rb")
                .addAttributes(":all", GLOBAL_ATTRIBUTES)
                .addAttributes("a", "href", "name")
                .addAttributes("img", "src", "alt", "width", "height")
                .addAttributes("font", "color", "size", "face")
                .addAttributes("details", "open")
                .addAttributes("abbr", "title")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("th", "colspan", "rowspan", "valign")
                .addAttributes("td", "colspan", "rowspan", "valign")
                .addAttributes("ol", "start", "type")
                .addAttributes("li", "value");
    }

    /** A new document holding only the allowed elements and attributes of {@code dirty}'s body. */
    Document clean(Document dirty) {
        // jsoup copies each element with its base URI, which it looks for up the tree to the root: n nested elements
        // cost n² (100,000 nested divs never finished). Each given its own, the look-up stops at once.
        for (Element element : dirty.body().getAllElements()) {
            element.setBaseUri("");
        }
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element styled : clean.select("[style]")) {
            String style = safeStyle(styled.attr("style"));
            if (style.isEmpty()) {
                styled.removeAttr("style");
            } else {
                styled.attr("style", style);
            }
        }
        // Lectern's own boxes over the page (a footnote's, a link's card, the picture viewer) are found by their ids
        for (Element claimed : clean.select("[id^=lt-]")) {
            claimed.removeAttr("id");
        }
        for (Element input : clean.select("input")) {
            if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
                input.remove();
            } else {
                input.attr("disabled", true);
            }
        }
        for (Element link : clean.select("a[href]")) {
            if (!LinkPolicy.isAllowedLink(link.attr("href"))) {
                link.removeAttr("href");
            }
        }
        return clean;
    }

    /** The declarations of a style attribute that can load nothing and run nothing. */
    static String safeStyle(String style) {
        StringBuilder kept = new StringBuilder();
        String withoutComments = style.replaceAll("/\\*.*?\\*/", "");
        for (String declaration : withoutComments.split(";")) {
            String normalized = declaration.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            if (!normalized.isEmpty() && normalized.contains(":") && !UNSAFE_STYLE.matcher(normalized).find()) {
                kept.append(declaration.strip()).append("; ");
            }
        }
        return kept.toString().strip();
    }
}
