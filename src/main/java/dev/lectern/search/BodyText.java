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
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*[-=*_:| ]{3,}$");

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
        text = RULE.matcher(text).replaceAll("");
        text = LINE_MARKERS.matcher(text).replaceAll("");
        text = blankMarks(text);
        text = joinCjkLines(text);
        return collapseSpace(text).strip();
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

    /** Each run of * or `, each | and each pair ~~ becomes one space (emphasis, code, table and strike-through marks). */
    private static String blankMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '*' || c == '`') {
                while (i < text.length() && text.charAt(i) == c) {
                    i++;
                }
                out.append(' ');
            } else if (c == '|' || (c == '~' && i + 1 < text.length() && text.charAt(i + 1) == '~')) {
                i += c == '|' ? 1 : 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Each run of ASCII white space (as regex \s: space, tab, line breaks, form feed, vertical tab) becomes one space. */
    private static String collapseSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }

    /**
     * Drops each line break (with the spaces and tabs around it) that stands between two CJK characters: it renders
     * as nothing, so it must not split a word. A loop over the line breaks, as a regex with a look-behind on the
     * script tests every character of the text and took a sixth of the indexing time.
     */
    private static String joinCjkLines(String text) {
        StringBuilder joined = null;
        int copied = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            int before = newline;
            while (before > 0 && isBlank(text.charAt(before - 1))) {
                before--;
            }
            int after = newline + 1;
            while (after < text.length() && isBlank(text.charAt(after))) {
                after++;
            }
            if (before > 0 && after < text.length() && isCjk(text.codePointBefore(before)) && isCjk(text.codePointAt(after))) {
                joined = joined == null ? new StringBuilder(text.length()) : joined;
                joined.append(text, copied, before);
                copied = after;
            }
        }
        return joined == null ? text : joined.append(text, copied, text.length()).toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isCjk(int codePoint) {
        if (codePoint < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || codePoint == 'ー';
    }
}
