package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The captions Hexo writes from a tag's words: {@code {% codeblock _.compact http://underscorejs.org Underscore.js %}}
 * is a code block captioned "_.compact" with a link to Underscore.js, {@code {% blockquote Seth Godin http://… Welcome
 * %}} a quote whose source links to where it was said.
 */
final class HexoCaptions {

    /** The longest caption kept. */
    private static final int MAX = 300;

    private HexoCaptions() {
    }

    /**
     * A code block's caption over it ({@code <p class="code-label">}), or "" when the tag names none: its words before an
     * address, options ({@code lang:java}, {@code line_number:false}) left out, then the address as a link under the words
     * after it.
     */
    static String codeCaption(String argumentText) {
        List<String> words = new ArrayList<>();
        for (String word : argumentText.strip().split("\\s+")) {
            if (word.startsWith("http://") || word.startsWith("https://") || !word.contains(":")) {
                words.add(word);
            }
        }
        String caption = captionWithLink(words, "link");
        return caption.isEmpty() ? "" : "\n\n<p class=\"code-label\">" + caption + "</p>\n";
    }

    /**
     * A Hexo quote's source ({@code author, source}, then an address and its title), escaped, its address a link under
     * its title, else under the source ({@code David Levithan, Wide Awake https://…}: "Wide Awake" leads there).
     */
    static String quoteSource(String argumentText) {
        List<String> words = new ArrayList<>(List.of(argumentText.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        int last = words.size() - 1;
        if (last > 0 && words.get(last).matches("https?://\\S{1,2000}")) {
            String before = String.join(" ", words.subList(0, last));
            int comma = before.lastIndexOf(", ");
            if (comma > 0) {
                return Html.escape(cut(before.substring(0, comma))) + ", <a href=\"" + Html.escape(words.get(last)) + "\">"
                        + Html.escape(cut(before.substring(comma + 2))) + "</a>";
            }
        }
        return captionWithLink(words, null);
    }

    /** The words before the first address, then a link to it under the words after it (or its host and path). */
    private static String captionWithLink(List<String> words, String defaultText) {
        int at = -1;
        for (int i = 0; i < words.size() && at < 0; i++) {
            if (words.get(i).matches("https?://[^\\s\"'<>]{1,2000}")) {
                at = i;
            }
        }
        String before = String.join(" ", at < 0 ? words : words.subList(0, at)).strip();
        StringBuilder caption = new StringBuilder(Html.escape(cut(before)));
        if (at >= 0) {
            String url = words.get(at);
            String text = String.join(" ", words.subList(at + 1, words.size())).strip();
            if (text.isEmpty()) {
                text = defaultText != null ? defaultText : url.replaceFirst("^https?://(www\\.)?", "");
            }
            caption.append(caption.length() == 0 ? "" : before.endsWith(",") ? " " : ", ").append("<a href=\"")
                    .append(Html.escape(url)).append("\">").append(Html.escape(cut(text))).append("</a>");
        }
        return caption.toString();
    }

    private static String cut(String text) {
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }
}
