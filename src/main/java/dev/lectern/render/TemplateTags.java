package dev.lectern.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans Liquid and Nunjucks tags out of markdown source, outside code: site-URL variables become
 * root-relative paths, {@code {% Img %}} becomes an image, other tags go and {@code {% raw %}} keeps its content.
 */
final class TemplateTags {

    /** A one-line {@code {{ expression }}} (group 1) or {@code {% name arguments %}} (groups 2 and 3). */
    private static final Pattern TAG = Pattern.compile("\\{\\{([^\n]*?)}}|\\{%-?\\s*(\\w*)([^\n]*?)-?%}");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** Whether the source may hold a tag at all; most articles do not and skip the second parse. */
    static boolean mayContainTags(String markdown) {
        return markdown.contains("{{") || markdown.contains("{%");
    }

    /** Rewrites {@code markdown}, leaving alone the sorted code ranges {start, end} and everything in raw blocks. */
    static String clean(String markdown, List<int[]> codeRanges) {
        StringBuilder out = new StringBuilder(markdown.length());
        Matcher matcher = TAG.matcher(markdown);
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
            if ("raw".equals(name) || "endraw".equals(name)) {
                inRaw = "raw".equals(name);
            } else {
                // {{ site.image-srv }}, {{ site.baseurl }}, {{ site.url }} vanish, so that their paths become
                // root-relative and resolve against the library root; other expressions vanish too.
                out.append("Img".equalsIgnoreCase(name) ? image(matcher.group(3)) : "");
            }
        }
        return out.append(markdown, copied, markdown.length()).toString();
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
