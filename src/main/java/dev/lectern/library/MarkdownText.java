package dev.lectern.library;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips inline markdown from one line so it can serve as a title. */
final class MarkdownText {

    /** One block marker at the start: a quote mark, heading hashes, a bullet or a list number (each matched without repetition of groups). */
    private static final Pattern BLOCK_MARKER = Pattern.compile("\\s*(?:>|#{1,6}\\s|[-*+]\\s|\\d{1,9}[.)]\\s)\\s*");
    /** A title needs no more of a line than this; longer lines are cut first, so no pattern sees more. */
    static final int MAX_LINE = 1000;
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
        String text = stripBlockMarkers(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
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

    /** Drops leading quote marks, heading hashes, bullets and list numbers, one at a time (a loop, not a repeated group, which would recurse once per marker). */
    private static String stripBlockMarkers(String line) {
        Matcher marker = BLOCK_MARKER.matcher(line);
        int start = 0;
        while (start < line.length() && marker.region(start, line.length()).lookingAt()) {
            start = marker.end();
        }
        return line.substring(start).stripLeading();
    }
}
