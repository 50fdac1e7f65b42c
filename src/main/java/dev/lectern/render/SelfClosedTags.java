package dev.lectern.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elements whose content HTML reads as raw text, written self-closed as XHTML blogs did
 * ({@code <script type="text/javascript" src="…" />}, {@code <style/>}, {@code <iframe …/>}): HTML ignores the slash,
 * so the element stayed open and took the rest of the article with it, all of it then dropped by the sanitizer. They
 * are closed where they stand; {@code <plaintext>}, which nothing closes, is dropped. Outside code; one pass (an
 * attribute run stops at the next angle bracket, so no tag is read twice).
 */
final class SelfClosedTags {

    private static final Pattern TAG = Pattern.compile(
            "<(script|style|iframe|xmp|noembed|noframes|noscript|textarea|title|pre)((?:\\s[^<>]{0,4000})?)/>"
                    + "|<plaintext(?:\\s[^<>]{0,4000})?/?>", Pattern.CASE_INSENSITIVE);

    private SelfClosedTags() {
    }

    /** Whether the text may hold such a tag (a quick check before the parse it costs). */
    static boolean mayHave(String markdown) {
        return markdown.contains("/>") || markdown.toLowerCase(java.util.Locale.ROOT).contains("<plaintext");
    }

    /** The text with such tags outside the code ranges (sorted {start, end}) closed at once, or plaintext's dropped. */
    static String rewrite(String markdown, List<int[]> codeRanges) {
        Matcher tag = TAG.matcher(markdown);
        StringBuilder out = null;
        int copied = 0;
        int code = 0;
        while (tag.find()) {
            while (code < codeRanges.size() && codeRanges.get(code)[1] <= tag.start()) {
                code++;
            }
            if (code < codeRanges.size() && codeRanges.get(code)[0] <= tag.start()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(markdown.length() + 64);
            }
            out.append(markdown, copied, tag.start());
            if (tag.group(1) != null) {
                out.append('<').append(tag.group(1)).append(tag.group(2).stripTrailing()).append("></")
                        .append(tag.group(1)).append('>');
            }
            copied = tag.end();
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }
}
