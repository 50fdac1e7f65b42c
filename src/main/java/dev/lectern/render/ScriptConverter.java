package dev.lectern.render;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.github.houbb.opencc4j.support.segment.impl.Segments;
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
 * char; a phrase that changes length (线程 → 執行緒) has a span of its own, and positions inside it snap to its ends.
 * Code, math and ruby are left as written.
 */
final class ScriptConverter {

    /** One piece of a text: the source and what is shown for it. */
    record Piece(String source, String shown) {
        boolean keepsLength() {
            return source.length() == shown.length();
        }
    }

    /** Characters of text converted per article at most; the rest is shown as written (keeps huge articles bounded). */
    static final int MAX_CHARS = 300_000;
    /** Length-changing runs are split into phrases within windows of this many characters (keeps the cost linear). */
    static final int WINDOW = 200;
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
        TextReplacements replacements = new TextReplacements();
        for (TextNode node : ReadingTextNodes.of(body, MAX_CHARS)) {
            String text = node.getWholeText();
            List<Piece> pieces = pieces(text, script);
            if (pieces.stream().anyMatch(p -> !p.source().equals(p.shown()))) {
                replacements.put(node, parts(pieces));
            }
        }
        replacements.apply();
    }

    /**
     * What replaces a node cut into these pieces: runs that keep their length joined into one span (or left as text
     * when unchanged), each length-changing piece in a span of its own; every span carries its source.
     */
    private static List<Node> parts(List<Piece> pieces) {
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
        return parts;
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
            case TAIWAN -> ScriptConverter::toTaiwan;
            case HONG_KONG -> ZhHkConverterUtil::toTraditional;
        };
    }

    /**
     * Taiwan's script in Taiwan's own forms ({@link TaiwanVariants}), phrase by phrase as opencc4j segments it, where
     * a 面 that is a phrase alone stays 面: opencc4j's Taiwan table, keyed by Simplified characters, made each such 面
     * (face, side) 麵 (noodles) — 峰会里面 came out 峰會裏麵 — where OpenCC keeps it; noodles are phrases (面条, 吃面).
     */
    private static String toTaiwan(String text) {
        if (text.indexOf('面') < 0) {
            return TaiwanVariants.of(ZhTwConverterUtil.toTraditional(text));
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        for (String phrase : Bootstraps.TAIWAN.doSeg(text)) {
            shown.append(phrase.equals("面") ? phrase : ZhTwConverterUtil.toTraditional(phrase));
        }
        return TaiwanVariants.of(shown.toString());
    }

    /**
     * The text cut into pieces whose source and shown forms correspond: runs of other characters as they are, runs of
     * Han characters (cut into windows) whole when their conversion keeps their length, else split into the
     * converter's own phrases, or, should their conversions not add up to the run's, into the smallest pieces that do.
     */
    static List<Piece> pieces(String text, Script script) {
        UnaryOperator<String> convert = converter(script);
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
                String shown = convert.apply(run);
                if (run.length() == shown.length() || !addPhrases(run, shown, script, pieces)) {
                    split(run, shown, convert, pieces);
                }
            }
            i = end;
        }
        return pieces;
    }

    /** Adds the run's phrases as the converter segments it, when their conversions add up to the run's. */
    private static boolean addPhrases(String run, String shown, Script script, List<Piece> out) {
        UnaryOperator<String> convert = converter(script);
        List<String> phrases = (script == Script.TAIWAN ? Bootstraps.TAIWAN : Bootstraps.DEFAULT).doSeg(run);
        List<Piece> pieces = new ArrayList<>(phrases.size());
        StringBuilder source = new StringBuilder();
        StringBuilder converted = new StringBuilder();
        for (String phrase : phrases) {
            String to = convert.apply(phrase);
            pieces.add(new Piece(phrase, to));
            source.append(phrase);
            converted.append(to);
        }
        if (!source.toString().equals(run) || !converted.toString().equals(shown)) {
            return false;
        }
        out.addAll(pieces);
        return true;
    }

    /** The converters' segmenters, loaded on first use. */
    private static final class Bootstraps {
        static final ZhConvertBootstrap DEFAULT = ZhConvertBootstrap.newInstance().init();
        static final ZhConvertBootstrap TAIWAN = ZhConvertBootstrap.newInstance(Segments.twFastForward())
                .dataMap(DataMaps.taiwan()).init();
    }

    /**
     * Adds the run's pieces: at each place the longest prefix (up to {@link #MAX_PHRASE}) whose conversion begins what
     * is left of the run's conversion, shortened to its first part when it converts as two parts (so 线程池 gives
     * 线程 → 執行緒 and 池); when no prefix fits, the rest is one piece. Pieces always add up to the run and to its
     * conversion.
     */
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
            for (int k = pos + 1; k <= Math.min(run.length(), pos + MAX_PHRASE); k++) {
                if (Character.isHighSurrogate(run.charAt(k - 1)) && k < run.length()) {
                    continue;
                }
                String converted = convert.apply(run.substring(pos, k));
                boolean last = k == run.length();
                if (!converted.isEmpty() && shown.startsWith(converted, shownPos)
                        && last == (shownPos + converted.length() == shown.length())) {
                    cut = k;
                    left = converted;
                }
            }
            if (cut < 0) {
                out.add(new Piece(run.substring(pos), shown.substring(shownPos)));
                return;
            }
            for (int j = pos + 1; j < cut; j++) {
                String head = convert.apply(run.substring(pos, j));
                if (!head.isEmpty() && left.startsWith(head)
                        && convert.apply(run.substring(j, cut)).equals(left.substring(head.length()))) {
                    cut = j;
                    left = head;
                    break;
                }
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
