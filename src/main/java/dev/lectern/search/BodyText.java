package dev.lectern.search;

import java.util.regex.Pattern;

/** Turns a markdown body into the plain text that is indexed and cut into snippets: syntax dropped roughly, whitespace collapsed. */
final class BodyText {

    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~)[^\\n]*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s*\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    /** Kramdown attribute lists such as {: #anchor .class}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:[^}\\n]*}");
    private static final Pattern HTML = Pattern.compile("<[^>\\n]*>");
    private static final Pattern TEMPLATE = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}");
    private static final Pattern LINE_MARKERS = Pattern.compile("(?m)^[ \\t]*(?:(?:>[ \\t]*)+|#{1,6}[ \\t]+|[-*+][ \\t]+|\\d{1,9}[.)][ \\t]+)");
    private static final Pattern MARKS = Pattern.compile("\\*+|~~|`+|\\|");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*[-=*_:| ]{3,}$");
    /** A line break between two CJK characters renders as nothing, so it must not split a word. */
    private static final Pattern CJK_BREAK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー])[ \\t]*\\n[ \\t]*(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー])");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private BodyText() {
    }

    /** The visible text of a markdown body on one line; "" for null. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = FENCE.matcher(markdown).replaceAll("");
        text = COMMENT.matcher(text).replaceAll(" ");
        text = ATTRIBUTES.matcher(text).replaceAll(" ");
        text = REFERENCE.matcher(text).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = HTML.matcher(text).replaceAll(" ");
        text = TEMPLATE.matcher(text).replaceAll(" ");
        text = RULE.matcher(text).replaceAll("");
        text = LINE_MARKERS.matcher(text).replaceAll("");
        text = MARKS.matcher(text).replaceAll(" ");
        text = CJK_BREAK.matcher(text).replaceAll("");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
