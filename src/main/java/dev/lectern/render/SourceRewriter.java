package dev.lectern.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites markdown source outside code before it is parsed for good. Liquid and Nunjucks tags: site-URL
 * variables vanish (their paths become root-relative), {@code {% Img %}} becomes an image, {@code {% raw %}}
 * keeps its content, other tags go. CJK emphasis: {@code **} between full-width punctuation and a letter gets a
 * zero-width space, so that CommonMark's flanking rules close {@code **重点。**然后} as a Chinese writer meant.
 */
final class SourceRewriter {

    private static final String ZERO_WIDTH_SPACE = "\u200B";
    /**
     * Group 1: a one-line {@code {{ expression }}}; groups 2, 3: {@code {% name arguments %}};
     * group 4: an asterisk run between letters, digits or punctuation.
     */
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([^\\n]*?)}}|\\{%-?\\s*(\\w*)([^\\n]*?)-?%}"
            + "|(?<=[\\p{L}\\p{N}\\p{P}])(\\*{1,3})(?=[\\p{L}\\p{N}\\p{P}])");
    private static final Pattern CJK_EMPHASIS = Pattern.compile(
            "[\\p{P}&&[^\\x00-\\x7f]]\\*{1,3}[\\p{L}\\p{N}]|[\\p{L}\\p{N}]\\*{1,3}[\\p{P}&&[^\\x00-\\x7f]]");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private SourceRewriter() {
    }

    /** Whether the source may need a rewrite at all; most articles do not and skip the second parse. */
    static boolean mayNeedRewrite(String markdown) {
        return markdown.contains("{{") || markdown.contains("{%") || CJK_EMPHASIS.matcher(markdown).find();
    }

    /** Rewrites {@code markdown}, leaving alone the sorted code ranges {start, end} and everything in raw blocks. */
    static String rewrite(String markdown, List<int[]> codeRanges) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        Matcher matcher = TOKEN.matcher(markdown);
        int copied = 0;
        int range = 0;
        boolean inRaw = false;
        while (matcher.find()) {
            int start = matcher.start();
            while (range < codeRanges.size() && codeRanges.get(range)[1] <= start) {
                range++;
            }
            boolean inCode = range < codeRanges.size() && codeRanges.get(range)[0] <= start;
            String name = matcher.group(2);
            if (inCode || inRaw && !"endraw".equals(name)) {
                continue;
            }
            out.append(markdown, copied, start);
            copied = matcher.end();
            if (matcher.group(4) != null) {
                out.append(emphasis(markdown, start, matcher.end()));
            } else if ("raw".equals(name) || "endraw".equals(name)) {
                inRaw = "raw".equals(name);
            } else if ("Img".equalsIgnoreCase(name)) {
                out.append(image(matcher.group(3)));
            }
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }

    private static String emphasis(String markdown, int start, int end) {
        String run = markdown.substring(start, end);
        boolean punctuationBefore = isWidePunctuation(markdown.codePointBefore(start));
        boolean punctuationAfter = isWidePunctuation(markdown.codePointAt(end));
        if (punctuationBefore && Character.isLetterOrDigit(markdown.codePointAt(end))) {
            return ZERO_WIDTH_SPACE + run;
        }
        if (punctuationAfter && Character.isLetterOrDigit(markdown.codePointBefore(start))) {
            return run + ZERO_WIDTH_SPACE;
        }
        return run;
    }

    private static boolean isWidePunctuation(int codePoint) {
        if (codePoint <= 0x7f) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static String image(String arguments) {
        String src = null;
        String alt = "";
        Matcher attribute = ATTRIBUTE.matcher(arguments);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            if ("src".equals(attribute.group(1))) {
                src = value;
            } else if ("alt".equals(attribute.group(1))) {
                alt = value;
            }
        }
        if (src == null) {
            return "";
        }
        return "<img src=\"" + Html.escape(src) + "\" alt=\"" + Html.escape(alt) + "\">";
    }
}
