package dev.lectern.render;

import dev.lectern.model.InlineTags;
import dev.lectern.model.TagPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A vault note's tags among its words ({@code #reading}, {@link InlineTags}) as links that show the notes with that tag,
 * as the header's tag chips do ({@link TagLinks}).
 */
final class InlineTagLinks {

    private static final Set<String> SKIPPED = Set.of("code", "pre", "kbd", "samp", "a", "math", "svg", "script",
            "style", "textarea");
    /** The most tags one page turns into links (the library lists at most {@link InlineTags#MOST_TAGS} per note). */
    static final int MOST_LINKS = 2_000;

    private InlineTagLinks() {
    }

    /** The tags of a text node's lines (a paragraph's soft breaks), as the library reads a note line by line. */
    private static List<int[]> tagsByLine(String text, boolean firstLineStart) {
        List<int[]> tags = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            tags.addAll(InlineTags.in(text, start, end, start > 0 || firstLineStart));
            start = end + 1;
        }
        return tags;
    }

    static void convert(Element body) {
        int links = 0;
        for (TextNode node : ReadingTextNodes.under(body, e -> SKIPPED.contains(e.normalName()) || e.hasClass("math")
                || e.hasClass("code-block"))) {
            String text = node.getWholeText();
            if (links >= MOST_LINKS) {
                break;
            }
            if (text.indexOf('#') < 0) {
                continue;
            }
            Node before = node.previousSibling();
            boolean lineStart = before == null || before instanceof Element e && e.nameIs("br");
            List<Node> parts = new ArrayList<>();
            int done = 0;
            for (int[] tag : tagsByLine(text, lineStart)) {
                TagPath path = TagPath.parse(text.substring(tag[0] + 1, tag[1]));
                if (path == null || links++ >= MOST_LINKS) {
                    continue;
                }
                if (tag[0] > done) {
                    parts.add(new TextNode(text.substring(done, tag[0])));
                }
                parts.add(new Element("a").addClass("tag-inline").attr("href", TagLinks.href(path))
                        .text(text.substring(tag[0], tag[1])));
                done = tag[1];
            }
            if (!parts.isEmpty()) {
                if (done < text.length()) {
                    parts.add(new TextNode(text.substring(done)));
                }
                ReadingTextNodes.replace(node, parts);
            }
        }
    }
}
