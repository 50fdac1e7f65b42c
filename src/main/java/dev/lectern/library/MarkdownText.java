package dev.lectern.library;

import java.util.regex.Pattern;

/** Strips inline markdown from one line so it can serve as a title. */
final class MarkdownText {

    private static final Pattern BLOCK_MARKERS = Pattern.compile("^\\s*(?:(?:>\\s*)+|#{1,6}\\s+|[-*+]\\s+|\\d{1,9}[.)]\\s+)*");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)|\\[([^\\]]*)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>]*)>");
    private static final Pattern HTML = Pattern.compile("<[^>]*>");
    /** Liquid and Nunjucks tags such as {% Aside %}; they render to nothing a title could use. */
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{%.*?%}");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|~~)(\\S(?:.*?\\S)?)\\1");

    private MarkdownText() {
    }

    /** The visible text of a markdown line, whitespace collapsed; "" when nothing is left. */
    static String plain(String line) {
        String text = BLOCK_MARKERS.matcher(line).replaceFirst("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1$2");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = HTML.matcher(text).replaceAll("");
        text = TEMPLATE_TAG.matcher(text).replaceAll("");
        text = CODE.matcher(text).replaceAll("$1");
        for (int i = 0; i < 3 && EMPHASIS.matcher(text).find(); i++) {
            text = EMPHASIS.matcher(text).replaceAll("$2");
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
