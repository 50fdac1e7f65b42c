package dev.lectern.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the original an article names near its top: "原文：url", "> 原文: <url>", "Source: [x](url)". */
final class SourceLink {

    private static final int LINES_SEARCHED = 30;
    private static final Pattern LINE = Pattern.compile(
            "^[\\s>*_]*(?:原文(?:链接|地址)?|出处|来源|転載元|元記事|source|original|canonical(?:_url)?)[*_\\s]*[:：]"
                    + "[^\\n]*?(https?://[^\\s<>()\\[\\]\"'）]+)",
            Pattern.CASE_INSENSITIVE);

    private SourceLink() {
    }

    /** The URL, or null when none of the first lines names a source. */
    static String find(String markdown) {
        int lineStart = 0;
        for (int line = 0; line < LINES_SEARCHED && lineStart < markdown.length(); line++) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            Matcher matcher = LINE.matcher(markdown.substring(lineStart, lineEnd));
            if (matcher.find()) {
                return matcher.group(1);
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }
}
