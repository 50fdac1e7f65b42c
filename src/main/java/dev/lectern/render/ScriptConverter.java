package dev.lectern.render;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Shows the Han text of a rendered body in another script, phrase by phrase (OpenCC's dictionaries through opencc4j),
 * without changing what anchors count: converted text sits in {@code <span class="lt-conv" data-src="source">}, from
 * which the page's code and {@link PageText} read the source text back. A run that keeps its length maps char for
 * char; a phrase that changes length (线程 → 執行緒) has a span of its own, and positions inside it snap to its ends. Code, math and ruby are left as written.
 */
final class ScriptConverter {

    /** One piece of a text: the source and what is shown for it. */
    record Piece(String source, String shown) {
        boolean keepsLength() {
            return source.length() == shown.length();
        }
    }

    /** Han characters converted per article at most; the rest is shown as written (keeps huge articles bounded). */
    static final int MAX_CHARS = 1_000_000;
    /** Length-changing runs are split into phrases within windows of this many characters (keeps the cost linear). */
    static final int WINDOW = 48;
    /** The longest phrase looked for when splitting a length-changing run. */
    static final int MAX_PHRASE = 12;

    private ScriptConverter() {
    }

    /** Converts the body's eligible text in place; does nothing for {@link Script#AS_WRITTEN}. */
    static void convert(Element body, Script script) {
        UnaryOperator<String> convert = converter(script);
        if (convert == null) {
            return;
        }
        int budget = MAX_CHARS;
        for (TextNode node : ReadingTextNodes.of(body)) {
            String text = node.getWholeText();
            if (budget < text.length()) {
                return;
            }
            budget -= text.length();
            List<Piece> pieces = pieces(text, convert);
            if (pieces.size() != 1 || !pieces.get(0).source().equals(pieces.get(0).shown())) {
                replace(node, pieces);
            }
        }
    }

    /**
     * Replaces the node by its pieces: runs that keep their length joined into one span (or left as text when
     * unchanged), each length-changing piece in a span of its own; every span carries its source.
     */
    private static void replace(TextNode node, List<Piece> pieces) {
        List<Node> parts = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece.keepsLength()) {
                source.append(piece.source());
                shown.append(piece.shown());
                continue;
            }
            addRun(parts, source, shown);
            parts.add(span(piece.source(), piece.shown()));
        }
        addRun(parts, source, shown);
        Node at = node;
        for (Node part : parts) {
            at.after(part);
            at = part;
        }
        node.remove();
    }

    private static void addRun(List<Node> parts, StringBuilder source, StringBuilder shown) {
        if (source.length() > 0) {
            String from = source.toString();
            String to = shown.toString();
            parts.add(from.equals(to) ? new TextNode(to) : span(from, to));
            source.setLength(0);
            shown.setLength(0);
        }
    }

    private static Element span(String source, String shown) {
        return new Element("span").addClass("lt-conv").attr("data-src", source).text(shown);
    }

    /** The phrase-level converter for a script, or null for as written. */
    static UnaryOperator<String> converter(Script script) {
        return switch (script) {
            case AS_WRITTEN -> null;
            case SIMPLIFIED -> ZhConverterUtil::toSimple;
            case TRADITIONAL -> ZhConverterUtil::toTraditional;
            case TAIWAN -> ZhTwConverterUtil::toTraditional;
            case HONG_KONG -> ZhHkConverterUtil::toTraditional;
        };
    }

    /**
     * The text cut into pieces whose source and shown forms correspond: one piece when the whole keeps its length,
     * else Han runs (cut into windows) split into the smallest pieces whose conversions add up to the run's.
     */
    static List<Piece> pieces(String text, UnaryOperator<String> convert) {
        String whole = convert.apply(text);
        if (whole.length() == text.length()) {
            return List.of(new Piece(text, whole));
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean han = isHan(text.codePointAt(i));
            int end = i;
            while (end < text.length() && isHan(text.codePointAt(end)) == han && end - i < WINDOW) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = text.substring(i, end);
            if (!han) {
                pieces.add(new Piece(run, run));
            } else {
                split(run, convert.apply(run), convert, pieces);
            }
            i = end;
        }
        return pieces;
    }

    /** Adds the run's pieces: each the shortest prefix whose conversion begins the run's and leaves the rest's. */
    private static void split(String run, String shown, UnaryOperator<String> convert, List<Piece> out) {
        if (run.length() == shown.length()) {
            out.add(new Piece(run, shown));
            return;
        }
        int pos = 0;
        int shownPos = 0;
        while (pos < run.length()) {
            int cut = -1;
            String left = null;
            for (int k = pos + 1; k <= Math.min(run.length(), pos + MAX_PHRASE) && cut < 0; k++) {
                if (Character.isHighSurrogate(run.charAt(k - 1)) && k < run.length()) {
                    continue;
                }
                left = convert.apply(run.substring(pos, k));
                String rest = shown.substring(Math.min(shown.length(), shownPos + left.length()));
                if (shown.startsWith(left, shownPos)
                        && (k == run.length() ? rest.isEmpty() : convert.apply(run.substring(k)).equals(rest))) {
                    cut = k;
                }
            }
            if (cut < 0) {
                out.add(new Piece(run.substring(pos), shown.substring(shownPos)));
                return;
            }
            out.add(new Piece(run.substring(pos, cut), left));
            pos = cut;
            shownPos += left.length();
        }
    }

    static boolean isHan(int codePoint) {
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
