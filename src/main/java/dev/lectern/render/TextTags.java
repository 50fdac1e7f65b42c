package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags that carry the text they show in their arguments, which vanished with the tag: a custom {@code ruby} and
 * {@code kbd} shortcode, NexT's and Fluid's {@code label}, Hexo themes' buttons, Hexo's {@code link} and {@code img},
 * Hugo's {@code param}. Only these named tags: an unknown tag's quoted arguments may be anything, and no text is
 * invented for it.
 */
final class TextTags {

    /** What a Hexo image's class names, path and sizes may not be taken for: a size in pixels. */
    private static final String SIZE = "\\d{1,5}(px|%)?";
    private static final Set<String> NAMES = Set.of("ruby", "kbd", "btn", "button", "link", "param");

    private TextTags() {
    }

    /** Whether the tag is one of these (Hexo's {@code img} and {@code label} are told apart by the caller). */
    static boolean handles(String name) {
        return NAMES.contains(name);
    }

    /** What the tag shows, escaped for the page: "" when its arguments hold nothing to show. */
    static String of(String name, String argumentText, Map<String, String> arguments, FrontMatterValues values) {
        String first = arguments.getOrDefault("0", "");
        return switch (name) {
            case "ruby" -> first.isEmpty() ? "" : "<ruby>" + Html.escape(first) + "<rp>(</rp><rt>"
                    + Html.escape(arguments.getOrDefault("1", "")) + "</rt><rp>)</rp></ruby>";
            case "kbd" -> first.isEmpty() ? "" : "<kbd>" + Html.escape(first) + "</kbd>";
            case "btn", "button" -> button(argumentText);
            case "link" -> link(arguments);
            case "param" -> {
                String value = first.isEmpty() ? null : values.valueOf(first);
                yield value == null ? "" : Html.escape(value);
            }
            default -> "";
        };
    }

    /** NexT's and Fluid's {@code {% label primary@主要 %}}: the text after the {@code @}, as a small coloured label. */
    static String label(String argumentText) {
        String text = argumentText.strip();
        int at = text.indexOf('@');
        String kind = at < 0 ? "default" : text.substring(0, at).strip().replaceAll("[^\\w-]", "");
        String shown = at < 0 ? text : text.substring(at + 1).strip();
        return shown.isEmpty() ? "" : "<span class=\"label label-" + kind + "\">" + Html.escape(shown) + "</span>";
    }

    /**
     * Hexo themes' buttons, {@code {% btn url, text, icon… %}} (Butterfly, NexT's {@code button}) or {@code text, url}
     * (Volantis): a link with its text.
     */
    private static String button(String argumentText) {
        String[] parts = argumentText.split(",", -1);
        if (parts.length < 2) {
            return "";
        }
        String a = SiteTags.unquoted(parts[0]);
        String b = SiteTags.unquoted(parts[1]);
        boolean urlFirst = looksLikeUrl(a) || !looksLikeUrl(b);
        String url = urlFirst ? a : b;
        String text = urlFirst ? b : a;
        return text.isEmpty() ? "" : "<a class=\"button\" href=\"" + Html.escape(url) + "\">" + Html.escape(text) + "</a>";
    }

    /**
     * Hexo's {@code {% link text url [external] [title] %}}: the words before the address are its text; Jekyll's
     * {@code {% link /path %}}, written as a markdown link's address, is that address.
     */
    private static String link(Map<String, String> arguments) {
        List<String> words = new ArrayList<>();
        for (int i = 0; arguments.containsKey(Integer.toString(i)); i++) {
            String value = arguments.get(Integer.toString(i));
            if (looksLikeUrl(value) && words.isEmpty()) {
                return Html.escape(value); // Jekyll's {% link /path %}, the address alone, in a markdown link
            }
            if (looksLikeUrl(value)) {
                String text = String.join(" ", words);
                return "<a href=\"" + Html.escape(value) + "\">" + Html.escape(text) + "</a>";
            }
            words.add(value);
        }
        return "";
    }

    /**
     * Hexo's {@code {% img [class names] /path/to/image [width] [height] '"title text" "alt text"' %}}: the picture,
     * its title and description, or "" when no path is there.
     */
    static String hexoImage(Map<String, String> arguments) {
        String src = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; arguments.containsKey(Integer.toString(i)); i++) {
            String value = arguments.get(Integer.toString(i));
            if (src == null && (looksLikeUrl(value) || value.contains("."))) {
                src = value;
            } else if (src != null && !value.matches(SIZE)) {
                rest.add(value);
            }
        }
        if (src == null) {
            return "";
        }
        String title = String.join(" ", rest).strip();
        String alt = title;
        int quote = title.indexOf("\" \"");
        if (title.startsWith("\"") && title.endsWith("\"") && quote > 0) {
            alt = title.substring(quote + 3, title.length() - 1);
            title = title.substring(1, quote);
        } else if (title.startsWith("\"") && title.endsWith("\"") && title.length() > 1) {
            title = alt = title.substring(1, title.length() - 1);
        }
        return "<img src=\"" + Html.escape(src) + "\" alt=\"" + Html.escape(alt) + "\""
                + (title.isEmpty() ? "" : " title=\"" + Html.escape(title) + "\"") + ">";
    }

    private static boolean looksLikeUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("/")
                || value.startsWith("#") || value.startsWith("mailto:");
    }
}
