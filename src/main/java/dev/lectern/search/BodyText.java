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

    private BodyText() {
    }

    /** The visible text of a markdown body on one line; "" for null. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = replace(markdown, FENCE, "", "```", "~~~");
        text = replace(text, COMMENT, " ", "<!--");
        text = replace(text, ATTRIBUTES, " ", "{:");
        text = replace(text, REFERENCE, "", "]:");
        text = replace(text, IMAGE, "$1", "![");
        text = replace(text, LINK, "$1", "](");
        text = replace(text, HTML, " ", "<");
        text = replace(text, TEMPLATE, " ", "{%", "{{");
        text = TextPasses.dropRulesAndLineMarkers(text);
        text = TextPasses.blankMarks(text);
        text = TextPasses.joinCjkLines(text);
        return TextPasses.collapseSpace(text).strip();
    }

    /** The pattern replaced, but only when the text holds one of the literals every match contains: a regex pass costs. */
    private static String replace(String text, Pattern pattern, String replacement, String... literals) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return pattern.matcher(text).replaceAll(replacement);
            }
        }
        return text;
    }
}
