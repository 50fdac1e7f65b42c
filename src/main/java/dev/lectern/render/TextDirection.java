package dev.lectern.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Right-to-left text laid out right to left, as GitHub, Obsidian and Typora do: every block takes {@code dir="auto"},
 * so it runs the way its first strong letter does (an Arabic paragraph from the right, an English one in the same
 * article from the left), and a page in a right-to-left language is right to left as a whole. Code reads left to
 * right wherever it stands. The page's text is unchanged (anchors and offsets stay where they were).
 */
final class TextDirection {

    /** Languages written right to left (primary subtags; iw and ji are Hebrew's and Yiddish's old codes). */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "he", "iw", "ur", "yi", "ji", "ps", "sd", "ug",
            "ckb", "dv", "syr", "arc");
    /** The blocks that hold only text: their own text picks their direction ({@code dir="auto"}). */
    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, dt, dd, caption, th, td, figcaption, summary, "
            + ".callout-title, .article-title, .article-subtitle";
    /**
     * The blocks that hold other blocks: {@code dir="auto"} skips every descendant with a dir of its own, so a list
     * whose items are directed would find no letter and be left to right; their first strong letter is read here.
     */
    private static final String CONTAINERS = "ul, ol, dl, li, table, blockquote, details, .callout, nav.tags";
    private static final String CODE = "pre, code";

    private TextDirection() {
    }

    /** Whether a page in that language (a BCP 47 tag, as front matter gives it) is right to left as a whole. */
    static boolean rightToLeft(String lang) {
        String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = l.indexOf('-');
        return RTL_LANGUAGES.contains(dash < 0 ? l : l.substring(0, dash)) || l.startsWith("ku-arab"); // Sorani as ku
    }

    /** Whether the text holds a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
    static boolean holdsRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && rtl(Character.codePointAt(text, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean rtl(int codePoint) {
        byte d = Character.getDirectionality(codePoint);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * Gives the blocks under root their direction (text blocks {@code dir="auto"}) and its code {@code dir="ltr"}, leaving alone what an article's
     * own HTML directed. Only a page that holds right-to-left letters or is right to left needs it: elsewhere every
     * block resolves to left to right anyway, and such pages stay as they were.
     */
    static void mark(Element root) {
        Map<Element, String> containers = new LinkedHashMap<>();
        for (Element container : root.select(CONTAINERS)) {
            if (!container.hasAttr("dir") && container.closest(CODE) == null) {
                containers.put(container, null);
            }
        }
        firstStrong(root, containers);
        containers.forEach((container, dir) -> {
            if (dir != null) {
                container.attr("dir", dir);
            }
        });
        for (Element block : root.select(TEXT_BLOCKS)) {
            if (!block.hasAttr("dir") && block.closest(CODE) == null) {
                block.attr("dir", "auto");
            }
        }
        for (Element code : root.select(CODE)) {
            if (!code.hasAttr("dir") && (code.parent() == null || code.parent().closest(CODE) == null)) {
                code.attr("dir", "ltr");
            }
        }
    }

    /**
     * Puts into {@code containers} "rtl" or "ltr" as the first strong letter of each one's text is, as {@code dir="auto"}
     * reads it (code, what the article directed itself and callout titles skipped); those with none keep null. One walk
     * of the page: each letter found settles every container still waiting around it (a walk per container read nested
     * lists again for each level).
     */
    private static void firstStrong(Element root, Map<Element, String> containers) {
        java.util.List<Element> waiting = new java.util.ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (containers.containsKey(e)) {
                        waiting.add(e);
                        return FilterResult.CONTINUE;
                    }
                    // a callout's title may be the word Lectern gives it (Note), in the reader's language: its text decides
                    return e.hasAttr("dir") && e != root || e.nameIs("pre") || e.nameIs("code") || e.hasClass("callout-title")
                            ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (node instanceof TextNode text && !waiting.isEmpty()) {
                    String dir = direction(text.getWholeText());
                    if (dir != null) {
                        waiting.forEach(container -> containers.put(container, dir));
                        waiting.clear();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!waiting.isEmpty() && waiting.get(waiting.size() - 1) == node) {
                    waiting.remove(waiting.size() - 1); // left without a letter
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** "ltr" or "rtl" as the text's first strong letter is, or null when it has none. */
    private static String direction(String t) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return "ltr";
            }
            if (rtl(cp)) {
                return "rtl";
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
