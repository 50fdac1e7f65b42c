package dev.lectern.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jekyll, Hexo, Hugo and Chrome-docs tags become in the markdown Lectern parses: fenced code for
 * {@code highlight}/{@code codeblock}, figures for {@code figure}/{@code Img}, callout blocks for
 * {@code note}/{@code Aside}/{@code notice}. The HTML made here still goes through the sanitiser.
 */
final class SiteTags {

    /** Tags whose body is code; the value is the name of their end tag. */
    static final Map<String, String> CODE_TAGS = Map.of("highlight", "endhighlight", "codeblock", "endcodeblock",
            "code", "endcode");
    /** Tags whose body is a callout; the value is the name of their end tag. */
    static final Map<String, String> CALLOUT_TAGS = Map.of("note", "endnote", "aside", "endaside",
            "notice", "/notice", "hint", "/hint", "admonition", "/admonition", "alert", "endalert");

    private static final Pattern ARGUMENT = Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(?:\"([^\"]*)\"|'([^']*)'|([^\\s,\"']+))");

    private SiteTags() {
    }

    /** Named arguments under their names, positional ones under "0", "1"… ({@code lang:x} is named too). */
    static Map<String, String> arguments(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = ARGUMENT.matcher(text);
        int position = 0;
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (m.group(1) != null) {
                found.put(m.group(1).toLowerCase(Locale.ROOT), value);
            } else if (value.startsWith("lang:")) {
                found.put("lang", value.substring(5));
            } else {
                found.put(Integer.toString(position++), value);
            }
        }
        return found;
    }

    /** A fenced code block holding {@code body} exactly, on lines of its own. */
    static String fence(String language, String body) {
        String fence = "```";
        while (body.contains(fence)) {
            fence += "`";
        }
        String text = body.startsWith("\n") ? body.substring(1) : body.startsWith("\r\n") ? body.substring(2) : body;
        String lang = language == null ? "" : language.replaceAll("[^\\w#+.-]", "");
        return "\n" + fence + lang + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    /** The language of a code tag: the first positional argument of highlight, {@code lang:x} of codeblock. */
    static String codeLanguage(String name, Map<String, String> arguments) {
        if (arguments.containsKey("lang")) {
            return arguments.get("lang");
        }
        return "highlight".equals(name) ? arguments.get("0") : null;
    }

    /** An image (inline) or a figure with its caption (alone on its line). */
    static String figure(Map<String, String> arguments, boolean block) {
        String src = arguments.get("src");
        if (src == null) {
            return "";
        }
        String alt = arguments.getOrDefault("alt", arguments.getOrDefault("caption", ""));
        String image = "<img src=\"" + Html.escape(src) + "\" alt=\"" + Html.escape(alt) + "\">";
        if (!block) {
            return image;
        }
        List<String> caption = new ArrayList<>();
        for (String key : List.of("title", "caption", "attr")) {
            if (arguments.containsKey(key) && !arguments.get(key).isBlank()) {
                caption.add(Html.escape(arguments.get(key)));
            }
        }
        return "\n\n<figure>" + image + (caption.isEmpty() ? "" : "<figcaption>" + String.join(" — ", caption)
                + "</figcaption>") + "</figure>\n\n";
    }

    /** The opening of a callout block of the type the tag names ("note" when none). */
    static String calloutOpen(Map<String, String> arguments) {
        String type = arguments.getOrDefault("0", "note").toLowerCase(Locale.ROOT);
        String title = arguments.getOrDefault("title", Callouts.defaultTitle(type));
        return "\n\n<div class=\"callout " + Callouts.classesOf(type) + "\">\n<div class=\"callout-title\">"
                + Html.escape(title) + "</div>\n\n";
    }

    static String calloutClose() {
        return "\n\n</div>\n\n";
    }
}
