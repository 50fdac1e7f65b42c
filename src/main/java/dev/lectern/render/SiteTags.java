package dev.lectern.render;

import dev.lectern.model.KramdownSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * What Jekyll, Hexo, Hugo and Chrome-docs tags become in the markdown Lectern parses: fenced code for
 * {@code highlight}/{@code codeblock}, figures for {@code figure}/{@code Img}, callout blocks for
 * {@code note}/{@code Aside}/{@code notice}, "Do"/"Don't" boxes for {@code Compare}, folded sections for
 * {@code Details}, links to what {@code youtube}/{@code vimeo}/{@code codepen}/{@code glitch}/{@code gist} embed (an
 * offline reader cannot play them; a click opens them in the browser) and Chrome docs' {@code BrowserCompat} tables
 * (their feature on caniuse.com), Hexo's post assets. The HTML made here still goes through the sanitiser.
 */
final class SiteTags {

    /** Tags whose body is code; the value is the name of their end tag. */
    static final Map<String, String> CODE_TAGS = Map.of("highlight", "endhighlight", "codeblock", "endcodeblock",
            "code", "endcode", "mermaid", "endmermaid");
    /** Tags whose body is TeX: hugo-book's {@code katex}, jekyll-katex's, Hugo's own {@code math}. */
    static final Set<String> MATH_TAGS = Set.of("katex", "math");
    /** Tags whose body is a callout, closed by Liquid's {@code end}name or Hugo's {@code /}name. */
    static final Set<String> CALLOUT_TAGS = Set.of("note", "aside", "notice", "hint", "admonition", "alert");

    /** {@code key: 'value'} in the object argument of Chrome docs' tags ({@code {% Codepen { user: 'x', id: 'y' } %}}). */
    private static final Pattern OBJECT_ENTRY = Pattern.compile("([\\w-]+)\\s*:\\s*(?:\"([^\"]*)\"|'([^']*)'|([\\w.-]+))");
    private static final Set<String> EMBEDS = Set.of("youtube", "vimeo", "codepen", "glitch", "browsercompat", "gist",
            "tweet", "twitter", "x", "instagram", "bilibili", "jsfiddle", "iframe");
    /** A post's address on X (Twitter), as Jekyll's and Hexo's tweet tags take it. */
    private static final Pattern POST_URL = Pattern.compile("https://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/\\w{1,50}/status(?:es)?/\\d{1,25}");
    /** What an embed's id may hold before it goes into a link: letters, digits and a few separators. */
    private static final Pattern SAFE_ID = Pattern.compile("[\\w.~-]{1,200}");
    /** An argument: {@code name=} or none, then a quoted or bare value, or a list (Chrome docs' {@code src=["a.mp4", "a.webm"]}), taken as its first item. */
    private static final Pattern ARGUMENT = Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(?:\\[\\s*(?:\"([^\"]*)\"|'([^']*)')[^\\]]{0,2000}\\]"
            + "|\"([^\"]*)\"|'([^']*)'|([^\\s,\"']+))");

    /** What Chrome docs' Android browser tables call the browsers they list. */
    private static final Map<String, String> ANDROID_BROWSERS = Map.of("chrome", "Chrome", "edge", "Edge",
            "firefox", "Firefox", "opera", "Opera", "samsung", "Samsung", "brave", "Brave", "tor", "Tor",
            "uc", "UC Browser");
    private static final int MAX_BROWSERS = 20;

    private SiteTags() {
    }

    /** A tag's argument without the quotes around it, if any ({@code "macOS"}, {@code 'Title'}), stripped. */
    static String unquoted(String text) {
        String value = text.strip();
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /** Named arguments under their names, positional ones under "0", "1"… ({@code lang:x} is named too). */
    static Map<String, String> arguments(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = ARGUMENT.matcher(text);
        int position = 0;
        while (m.find()) {
            String value = null;
            for (int group = 2; value == null && group <= 6; group++) {
                value = m.group(group);
            }
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
        return fence(language, "", body);
    }

    /** The same, with the lines to mark ({@code 2,4-5}) after its language, as {@link CodeBlocks} reads them. */
    static String fence(String language, String markedLines, String body) {
        String fence = "```";
        while (body.contains(fence)) {
            fence += "`";
        }
        String text = body.startsWith("\n") ? body.substring(1) : body.startsWith("\r\n") ? body.substring(2) : body;
        String lang = language == null ? "" : language.replaceAll("[^\\w#+.-]", "");
        if (!lang.isEmpty() && !markedLines.isEmpty()) {
            lang = lang.toLowerCase(Locale.ROOT) + "/" + markedLines;
        }
        return "\n" + fence + lang + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    /** The language of a code tag: the first positional argument of highlight, {@code lang:x} of codeblock. */
    static String codeLanguage(String name, Map<String, String> arguments) {
        if ("mermaid".equals(name)) {
            return "mermaid"; // drawn as a diagram, as the site's theme does
        }
        if (arguments.containsKey("lang")) {
            return arguments.get("lang");
        }
        return "highlight".equals(name) ? arguments.get("0") : null;
    }

    /** An image (inline) or a figure with its caption (alone on its line). */
    static String figure(Map<String, String> arguments, boolean block) {
        String src = arguments.get("src");
        return src == null ? "" : figure(src, arguments, block);
    }

    private static String figure(String src, Map<String, String> arguments, boolean block) {
        String alt = arguments.getOrDefault("alt", arguments.getOrDefault("caption", ""));
        StringBuilder image = new StringBuilder("<img src=\"").append(Html.escape(src)).append("\" alt=\"")
                .append(asWritten(alt)).append('"');
        for (String size : List.of("width", "height")) {
            String value = arguments.getOrDefault(size, "");
            if (value.matches("\\d{1,5}")) {
                image.append(' ').append(size).append("=\"").append(value).append('"');
            }
        }
        image.append('>');
        String link = arguments.getOrDefault("link", "").strip();
        if (!link.isEmpty()) {
            // Hugo's figure link=: the picture leads there
            image.insert(0, "<a href=\"" + Html.escape(link) + "\">").append("</a>");
        }
        if (!block) {
            return image.toString();
        }
        List<String> caption = new ArrayList<>();
        for (String key : List.of("title", "caption", "attr")) {
            if (arguments.containsKey(key) && !arguments.get(key).isBlank()) {
                caption.add(asWritten(arguments.get(key)));
            }
        }
        return "\n\n<figure>" + image + (caption.isEmpty() ? "" : "<figcaption>" + String.join(" — ", caption)
                + "</figcaption>") + "</figure>\n\n";
    }

    /**
     * A tag's text argument escaped for the page, its entities ({@code &gt;}, {@code &amp;}) read first: the site
     * writes the argument into its HTML as it stands, so a browser shows {@code >} where Lectern showed {@code &gt;}.
     */
    private static String asWritten(String value) {
        return Html.escape(Parser.unescapeEntities(value, true));
    }

    /** Where Chrome docs' {@code {% Img src="image/<uploader>/<file>" %}} images are served (authors link there too). */
    private static final String CHROME_IMAGES = "https://wd.imgix.net/";
    private static final Pattern CHROME_IMAGE = Pattern.compile("image/(?:[A-Za-z0-9]{20,40}|admin)/[^\\s\"]{1,300}");

    /**
     * Chrome docs' image tag, its image on the site's image server: {@code image/<uploader id>/<file>} names an upload
     * there, never a file of the repository, so the page shows a remote image (loaded when the reader allows it)
     * rather than a missing file.
     */
    static String chromeImage(Map<String, String> arguments, boolean block) {
        String src = arguments.get("src");
        if (src == null || !CHROME_IMAGE.matcher(src.strip()).matches()) {
            return figure(arguments, block);
        }
        return figure(CHROME_IMAGES + src.strip(), arguments, block);
    }

    /**
     * A figure inside another loses its own box, its picture and caption kept: Chrome docs' authors wrap an image tag in
     * a {@code <figure>} of their own (the tag itself makes a bare image on the site), often with blank lines or boxes
     * between, where Lectern made the tag a figure too.
     */
    static void unnestFigures(org.jsoup.nodes.Element body) {
        for (org.jsoup.nodes.Element inner : body.select("figure figure")) {
            inner.unwrap();
        }
    }

    /** Chrome docs' {@code {% Video src="…" %}} as the video element it stands for; nothing without a source. */
    static String video(Map<String, String> arguments, boolean block) {
        String src = arguments.get("src");
        if (src == null || src.isBlank()) {
            return "";
        }
        String video = "<video src=\"" + Html.escape(src.strip()) + "\"></video>";
        return block ? "\n\n" + video + "\n\n" : video;
    }

    /**
     * The opening of a callout block of the type the tag names ("note" when none): first positional argument
     * ({@code {% note info %}}, LoveIt's {@code {{< admonition tip "Title" >}}}) or {@code type=} (FixIt, hugo-notice)
     * or Docsy's {@code color=}; its title is {@code title=}, else the admonition's second argument, else the type.
     * Chrome docs' {@code Aside} labels as the site's does: the old type "gotchas" is "important", and a note has no
     * label at all.
     */
    static String calloutOpen(String name, Map<String, String> arguments) {
        List<String> words = NoteWords.typeAndTitle(arguments);
        String type = (words.isEmpty() ? arguments.getOrDefault("type", arguments.getOrDefault("color", "note"))
                : words.get(0)).toLowerCase(Locale.ROOT);
        boolean aside = "aside".equals(name);
        if (aside && "gotchas".equals(type)) {
            type = "important";
        }
        String open = "\n\n<div class=\"callout " + Callouts.classesOf(type) + "\">\n";
        if (aside && "note".equals(type) && !arguments.containsKey("title")) {
            return open + "\n";
        }
        boolean titled = "admonition".equals(name) || "notice".equals(name);
        String title = arguments.getOrDefault("title",
                titled && words.size() > 1 ? words.get(1) : Callouts.defaultTitle(type));
        return open + "<div class=\"callout-title\">" + Html.escape(title) + "</div>\n\n";
    }

    static String calloutClose() {
        return "\n\n</div>\n\n";
    }

    /** The opening of a Chrome docs {@code Compare} box: {@code 'better'} a "Do", {@code 'worse'} a "Don't" (or its label). */
    static String compareOpen(Map<String, String> arguments) {
        boolean worse = "worse".equalsIgnoreCase(arguments.getOrDefault("0", "better"));
        String label = arguments.getOrDefault("1", worse ? "Don't" : "Do");
        return "\n\n<div class=\"callout compare " + Callouts.classesOf(worse ? "caution" : "tip") + "\">\n"
                + "<div class=\"callout-title\">" + Html.escape(label) + "</div>\n\n";
    }

    /** What would start a block other than a paragraph at the start of a summary's line; its last mark gets escaped. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "[-+*](?=\\s|$)|>|#{1,6}(?=\\s|$)|\\d{1,9}[.)](?=\\s|$)|```|~~~|[-*_](?=(?:\\s*[-*_]){2,}\\s*$)");

    /** Chrome docs' image tag in a summary: a setting's checkbox or drop-down icon before or after its name. */
    private static final Pattern SUMMARY_IMAGE = Pattern.compile("\\{%-?\\s*Img\\b([^%\\n]{0,1000})%}");

    /**
     * The opening of a folded section. Its summary is one line, a paragraph of markdown the page's parser reads with
     * the rest (links, emphasis, code, inline tags, as the site shows them); an image tag is the picture inline, other
     * tags and line breaks in it go, a heading's marks too, and a mark that would start a list or a quote is escaped.
     */
    static String detailsOpen(String summary, boolean open) {
        String text = SUMMARY_IMAGE.matcher(summary)
                .replaceAll(icon -> Matcher.quoteReplacement(chromeImage(arguments(icon.group(1)), false)))
                .replaceAll("(?i)<br\\s*/?>", " ").replaceAll("\\{%[^%\\n]{0,2000}%}", " ")
                .replaceAll("\\s{1,2000}", " ").strip().replaceFirst("^#{1,6} ", "")
                .replaceAll("\\s?" + KramdownSyntax.ATTRIBUTE_LIST + "|" + KramdownSyntax.HEADING_ID, "").strip();
        Matcher block = BLOCK_START.matcher(text);
        if (block.lookingAt()) {
            text = text.substring(0, block.end() - 1) + "\\" + text.substring(block.end() - 1);
        }
        return "\n\n<details" + (open ? " open" : "") + "><summary>\n\n" + (text.isEmpty() ? "Details" : text)
                + "\n\n</summary>\n\n";
    }

    static String detailsClose() {
        return "\n\n</details>\n\n";
    }

    /**
     * A link to what an embed tag shows on its site (a video, a pen), or null when the tag is not an embed or names
     * nothing usable: {@code youtube}, {@code vimeo}, {@code codepen}, {@code glitch}, {@code gist}, as Jekyll, Hexo,
     * Hugo and Chrome docs write them. Alone on its line it is a block of its own.
     */
    static String embed(String name, String argumentText, boolean block) {
        if (!EMBEDS.contains(name)) {
            return null;
        }
        Map<String, String> arguments = arguments(argumentText);
        Map<String, String> object = objectArguments(argumentText);
        String first = arguments.get("0");
        String url;
        String label;
        switch (name) {
            case "youtube" -> {
                String id = safe(arguments.getOrDefault("id", object.getOrDefault("id", first)));
                String start = safe(arguments.getOrDefault("starttime", arguments.get("start")));
                boolean playlist = "playlist".equals(arguments.get("1")); // Hexo's {% youtube PL… 'playlist' %}
                url = id == null ? null : playlist ? "https://www.youtube.com/playlist?list=" + id
                        : "https://www.youtube.com/watch?v=" + id
                        + (start != null && start.matches("\\d{1,6}") ? "&t=" + start + "s" : "");
                label = "YouTube";
            }
            case "vimeo" -> {
                String id = safe(arguments.getOrDefault("id", first));
                url = id == null ? null : "https://vimeo.com/" + id;
                label = "Vimeo";
            }
            case "codepen" -> {
                String user = safe(object.getOrDefault("user", first));
                String id = safe(object.getOrDefault("id", arguments.get("1")));
                url = user == null || id == null ? null : "https://codepen.io/" + user + "/pen/" + id;
                label = "CodePen";
            }
            case "glitch" -> {
                String id = safe(object.getOrDefault("id", first));
                String path = object.get("path");
                url = id == null ? null : "https://glitch.com/edit/#!/" + id
                        + (path != null && path.matches("[\\w./-]{1,200}") ? "?path=" + path : "");
                label = "Glitch";
            }
            case "browsercompat" -> {
                // caniuse.com names the features it takes from MDN's compatibility data after their keys
                String key = first == null ? null : first.toLowerCase(Locale.ROOT).replace('.', '_');
                url = key != null && key.matches("[a-z0-9_-]{1,150}") ? "https://caniuse.com/mdn-" + key : null;
                label = "Browser support";
            }
            case "bilibili" -> {
                // a BV id, or an av number (Hugo themes' aid=, Hexo's {% bilibili 170001 %})
                String id = safe(arguments.getOrDefault("bvid", arguments.getOrDefault("id", arguments.getOrDefault("aid", first))));
                url = id == null ? null : "https://www.bilibili.com/video/" + (id.matches("\\d{1,15}") ? "av" + id : id) + "/";
                label = "Bilibili";
            }
            case "jsfiddle" -> {
                String id = first == null ? null : first.replaceFirst("^https?://jsfiddle\\.net/", "");
                url = id != null && id.matches("[\\w-]{1,100}(/[\\w-]{1,100}){0,2}/?") ? "https://jsfiddle.net/" + id : null;
                label = "JSFiddle";
            }
            case "iframe" -> {
                url = first != null && first.matches("https?://[^\\s\"'<>]{1,2000}") ? first : null;
                label = "Page";
            }
            case "tweet", "twitter", "x" -> {
                // Hugo: user= id= (or the id alone); Jekyll and Hexo: the post's address
                String id = safe(arguments.getOrDefault("id", first));
                String user = safe(arguments.get("user"));
                url = first != null && POST_URL.matcher(first).matches() ? first.replace("twitter.com", "x.com")
                        : id == null || !id.matches("\\d{1,25}") ? null
                        : "https://x.com/" + (user == null ? "i" : user) + "/status/" + id;
                label = "X";
            }
            case "instagram" -> {
                String id = safe(arguments.getOrDefault("id", first));
                url = id == null ? null : "https://www.instagram.com/p/" + id + "/";
                label = "Instagram";
            }
            case "gist" -> {
                // Hugo: user id; Hexo: id [file name]; jekyll-gist: user/id [file name] or id
                String second = arguments.get("1");
                String path = second != null && !second.contains(".") ? first + "/" + second : first;
                url = path != null && path.matches("[\\w-]{1,100}(/[\\w-]{1,100})?") ? "https://gist.github.com/" + path : null;
                label = "Gist";
            }
            default -> {
                return null;
            }
        }
        if (url == null) {
            return null;
        }
        String link = "<a class=\"embed-link\" href=\"" + Html.escape(url) + "\">" + label + " · "
                + Html.escape(url.replaceFirst("^https://(www\\.)?", "")) + "</a>";
        return block ? "\n\n<p class=\"embed\">" + link + "</p>\n\n" : link;
    }

    /**
     * Chrome docs' {@code {% ChromeDate 115 %}} (or {@code 111, "finalBetaDate"}): the site prints that release's date
     * from Chrome's schedule, which an offline reader does not have, so the release is named instead of leaving a gap
     * in the sentence.
     */
    static String chromeDate(Map<String, String> arguments) {
        String version = arguments.getOrDefault("0", "");
        if (!version.matches("\\d{1,4}")) {
            return "";
        }
        String which = switch (arguments.getOrDefault("1", "").toLowerCase(Locale.ROOT)) {
            case "earliestbetadate" -> "earliest beta";
            case "finalbetadate" -> "final beta";
            default -> "stable release";
        };
        return "<span class=\"release-date\">Chrome " + version + " " + which + "</span>";
    }

    /**
     * Chrome docs' {@code {% AndroidBrowserSupportTable _method="x", chrome="y@114.0", samsung="n@21.0" %}}: which
     * Android browsers support a Custom Tabs method, and the version tested, as a table of one column per browser.
     */
    static String androidBrowserSupport(Map<String, String> arguments) {
        StringBuilder head = new StringBuilder();
        StringBuilder row = new StringBuilder();
        int browsers = 0;
        for (Map.Entry<String, String> entry : arguments.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("_") || !key.matches("[a-z][\\w-]*") || browsers++ >= MAX_BROWSERS) {
                continue;
            }
            String name = ANDROID_BROWSERS.getOrDefault(key, Character.toUpperCase(key.charAt(0)) + key.substring(1));
            int at = entry.getValue().indexOf('@');
            String status = at < 0 ? entry.getValue() : entry.getValue().substring(0, at);
            String version = at < 0 ? "" : entry.getValue().substring(at + 1);
            String[] shown = switch (status) {
                case "y" -> new String[] {"supported", "✓ Yes"};
                case "n" -> new String[] {"unsupported", "✗ No"};
                case "ct_unimplemented" -> new String[] {"unsupported", "✗ No Custom Tabs"};
                default -> new String[] {"", status};
            };
            head.append("<th>").append(Html.escape(name)).append("</th>");
            row.append("<td class=\"").append(shown[0]).append("\">").append(Html.escape(shown[1]));
            if (!version.isEmpty()) {
                row.append("<br><small>").append(Html.escape(version)).append("</small>");
            }
            row.append("</td>");
        }
        if (browsers == 0) {
            return "";
        }
        return "\n\n<table class=\"browser-support\"><thead><tr>" + head + "</tr></thead><tbody><tr>" + row
                + "</tr></tbody></table>\n\n";
    }

    /** The file Hexo's {@code asset_img}/{@code asset_path}/{@code asset_link} name, in the post's asset folder, or null. */
    static String assetPath(String assetFolder, Map<String, String> arguments) {
        for (int i = 0; arguments.containsKey(Integer.toString(i)); i++) {
            String value = arguments.get(Integer.toString(i));
            if (value.contains(".") && !value.contains("..") && !value.startsWith("/") && !value.contains(":")) {
                return assetFolder.isEmpty() ? value : assetFolder + "/" + value;
            }
        }
        return null;
    }

    /**
     * What follows the asset's file name among the positional arguments, the width and height straight after the name
     * left out (a number later is part of the title, "The famous tram 28", and so is a single number before bare words,
     * "2023 年 10 月的照片", which Hexo would take for a width where its author plainly wrote a caption): the title Hexo gives
     * it, then its description, both the title when only one is given. Hexo's {@code '"title" "alt"'} gives the two in
     * quotes, which go.
     */
    static String[] assetTitle(Map<String, String> arguments) {
        List<String> words = new ArrayList<>();
        boolean afterFile = false;
        for (int i = 0; arguments.containsKey(Integer.toString(i)); i++) {
            String value = arguments.get(Integer.toString(i));
            if (afterFile) {
                words.add(value);
            }
            afterFile |= value.contains(".");
        }
        int sizes = 0;
        while (sizes < Math.min(2, words.size()) && words.get(sizes).matches("\\d{1,5}(px|%)?")) {
            sizes++;
        }
        // one number before bare words begins the caption ("2023 年 10 月的照片"); two are a width and a height
        boolean sized = sizes == 2 || sizes == 1 && (words.size() == 1 || words.get(1).startsWith("\""));
        String text = String.join(" ", words.subList(sized ? sizes : 0, words.size())).strip();
        int between = text.indexOf("\" \"");
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            return between > 0 ? new String[] {text.substring(1, between), text.substring(between + 3, text.length() - 1)}
                    : new String[] {text.substring(1, text.length() - 1), text.substring(1, text.length() - 1)};
        }
        return new String[] {text, text};
    }

    /** The {@code key: value} entries of an object argument, keys lower-cased. */
    private static Map<String, String> objectArguments(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = OBJECT_ENTRY.matcher(text);
        while (m.find()) {
            String value = null;
            for (int group = 2; value == null && group <= 6; group++) {
                value = m.group(group);
            }
            found.put(m.group(1).toLowerCase(Locale.ROOT), value);
        }
        return found;
    }

    private static String safe(String id) {
        return id != null && SAFE_ID.matcher(id).matches() ? id : null;
    }
}
