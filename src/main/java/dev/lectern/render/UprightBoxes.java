package dev.lectern.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The characters of a vertical page that stand upright, each in a box of its own: the WebKit inside JavaFX ignores
 * {@code text-orientation} and lays every character of a vertical column on its side, and what it does stand upright
 * is text combined horizontally ({@code text-combine-upright}). Display only: anchors count the same text.
 */
final class UprightBoxes {

    /** Characters that a combined box draws by their ink, at the top of their square: given a box of their own. */
    private static final String FLAT = "一二";
    /** Small kana, which a vertical column sets in the top right of their square, not the bottom left. */
    private static final String SMALL_KANA = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
    /** Characters set upright one by one on a vertical page at most; the rest of a longer page lies on its side. */
    static final int MAX_UPRIGHT = 60_000;

    /** Characters set upright so far on this page. */
    private int made;

    private UprightBoxes() {
    }

    /**
     * Puts each Han and kana character under {@code root} in a {@code <span class="vu">} that CSS combines upright
     * ({@code vb}: 一 and 二, in a square box instead; {@code vs}: small kana, moved to the top right), as are full-width
     * letters and digits and ！？; punctuation, brackets, dashes and ー are left to turn with the column, which gives them
     * their vertical shape, and are kept in a {@code <span class="vn">} with the box beside them. Converted phrases and
     * readings are entered (what they show is set upright; what they count is unchanged), and inline code; code blocks
     * and formulas are not.
     * At most {@link #MAX_UPRIGHT} characters a page: returns whether there were more.
     */
    static boolean mark(Element root) {
        return new UprightBoxes().boxAll(root);
    }

    private boolean boxAll(Element root) {
        // each element holding text is rebuilt once, whole: one insert per text node renumbered its later siblings
        // each time, quadratic in a paragraph of thousands of commas
        Set<Element> parents = new LinkedHashSet<>();
        for (TextNode text : ReadingTextNodes.under(root, e -> e.is(CjkSpans.SKIPPED) && !isInlineCode(e)
                || e.hasClass("vu") || e.hasClass("tcy") || e.hasClass("upright"))) {
            Element parent = text.parent();
            parents.add(parent.hasClass("lt-conv") ? parent.parent() : parent); // a phrase is rebuilt with its parent
        }
        for (Element parent : parents) {
            if (made >= MAX_UPRIGHT) {
                return true;
            }
            rebuild(parent);
        }
        return false;
    }

    /**
     * Whether the element is inline code ({@code `内存泄漏`}; a code block's {@code code} is never reached, its
     * {@code pre} is skipped): its Han and kana stand upright like the words around it, its Latin letters lie on their
     * side as before. A formula's source shown as code is not.
     */
    private static boolean isInlineCode(Element e) {
        return e.normalName().equals("code") && !e.className().contains("math");
    }

    /** Puts the element's text (and converted phrases) back as it is with its upright characters in boxes. */
    private void rebuild(Element parent) {
        List<Node> children = new ArrayList<>();
        boolean changed = false;
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                changed |= upright(text, children);
            } else if (child instanceof Element phrase && phrase.hasClass("lt-conv")) {
                changed |= uprightConverted(phrase, children);
            } else {
                children.add(child);
            }
        }
        if (changed) {
            parent.empty();
            parent.appendChildren(keptTogether(children));
        }
    }

    /** Marks that may not start a column (closing brackets and quotes, stops, commas, ！？), and may not end one. */
    private static final String CLOSERS = "、。，．：；！？）」』】》〉〕｝〗〙…‥”’";
    private static final String OPENERS = "（「『【《〈〔｛〖〘“‘";

    /**
     * The nodes with each upright box kept in one {@code <span class="vn">} (no break inside) with the closing marks
     * after it and the opening marks before it: a column may break between any two boxes, and would start with 。
     * or end with 「 (kinsoku).
     */
    private static List<Node> keptTogether(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Element box && box.hasClass("vu"))) {
                out.add(nodes.get(i));
                continue;
            }
            List<Node> group = new ArrayList<>();
            takeOpeners(out, group);
            group.add(box);
            i = takeClosers(nodes, i, group);
            out.add(group.size() == 1 ? box : new Element("span").addClass("vn").appendChildren(group));
        }
        return out;
    }

    /** Moves the opening marks at the end of what is laid out so far into the group. */
    private static void takeOpeners(List<Node> out, List<Node> group) {
        Node before = out.isEmpty() ? null : out.get(out.size() - 1);
        if (before instanceof TextNode text) {
            String whole = text.getWholeText();
            int cut = whole.length();
            while (cut > 0 && OPENERS.indexOf(whole.charAt(cut - 1)) >= 0) {
                cut--;
            }
            if (cut < whole.length()) {
                out.remove(out.size() - 1);
                if (cut > 0) {
                    out.add(new TextNode(whole.substring(0, cut)));
                }
                group.add(new TextNode(whole.substring(cut)));
            }
        } else if (before instanceof Element mark && !mark.hasClass("vu") && only(mark.text(), OPENERS)) {
            group.add(out.remove(out.size() - 1));
        }
    }

    /**
     * Adds the closing marks that follow node {@code i} to the group (a text node's leading marks, or elements of marks
     * alone); returns the index of the last node taken whole.
     */
    private static int takeClosers(List<Node> nodes, int i, List<Node> group) {
        while (i + 1 < nodes.size()) {
            Node next = nodes.get(i + 1);
            if (next instanceof Element mark && only(mark.text(), CLOSERS)) {
                group.add(mark);
                i++;
                continue;
            }
            if (!(next instanceof TextNode text)) {
                break;
            }
            String whole = text.getWholeText();
            int cut = 0;
            while (cut < whole.length() && CLOSERS.indexOf(whole.charAt(cut)) >= 0) {
                cut++;
            }
            if (cut == 0) {
                break;
            }
            group.add(new TextNode(whole.substring(0, cut)));
            if (cut < whole.length()) {
                nodes.set(i + 1, new TextNode(whole.substring(cut)));
                break;
            }
            i++;
        }
        return i;
    }

    /** Whether the text is not empty and all of its characters are among the marks. */
    private static boolean only(String text, String marks) {
        return !text.isEmpty() && text.chars().allMatch(c -> marks.indexOf(c) >= 0);
    }

    /** Adds the text node to the list, or its pieces, each upright character in a span.vu; whether it was cut. */
    private boolean upright(TextNode text, List<Node> out) {
        return boxes(text.getWholeText(), text.getWholeText(), text, out);
    }

    /**
     * Adds a converted phrase to the list as it is shown upright. A run that keeps its length is cut where its upright
     * characters are, each a span.vu that is also a converted phrase of its own source character (the rest converted
     * runs, or text where unchanged), so anchors stay exact; a phrase that changes length keeps one source for all its
     * boxes. Returns whether the list holds anything but the phrase as it was.
     */
    private boolean uprightConverted(Element phrase, List<Node> out) {
        String source = phrase.attr("data-src");
        String shown = phrase.wholeText();
        if (source.length() != shown.length() || phrase.childNodeSize() != 1) {
            rebuild(phrase); // the phrase counts its source once, whatever boxes show it
            out.add(phrase);
            return false;
        }
        return boxes(source, shown, phrase, out);
    }

    /**
     * Adds what the node shows (with the source it stands for, of the same length) cut where its upright characters
     * are, each in a span.vu; the node itself when it has none. Returns whether it was cut.
     */
    private boolean boxes(String source, String shown, Node node, List<Node> out) {
        int first = out.size();
        int done = 0;
        for (int i = 0; i < shown.length() && made < MAX_UPRIGHT; ) {
            int next = i + Character.charCount(shown.codePointAt(i));
            int c = shown.codePointAt(i);
            if (isUpright(c)) {
                addConverted(out, source.substring(done, i), shown.substring(done, i));
                Node letter = addConverted(out, source.substring(i, next), shown.substring(i, next));
                Element box = letter instanceof Element phrase ? phrase : new Element("span").appendChild(letter);
                String kind = SMALL_KANA.indexOf(c) >= 0 ? "vu vs" : FLAT.indexOf(c) >= 0 ? "vu vb"
                        : c == '！' || c == '？' ? "vu vq" : "vu";
                out.set(out.size() - 1, box.addClass(kind));
                done = next;
                made++;
            }
            i = next;
        }
        if (out.size() == first) {
            out.add(node);
            return false;
        }
        addConverted(out, source.substring(done), shown.substring(done));
        return true;
    }

    /** Adds the shown text as a converted phrase of its source, or as text when it is the source; returns it or null. */
    private static Node addConverted(List<Node> pieces, String source, String shown) {
        if (shown.isEmpty()) {
            return null;
        }
        Node piece = source.equals(shown) ? new TextNode(shown)
                : new Element("span").addClass("lt-conv").attr("data-src", source).appendChild(new TextNode(shown));
        pieces.add(piece);
        return piece;
    }

    /**
     * Whether a character stands upright in a vertical column: Han, kana (not ー ゠), full-width letters and digits,
     * and ！？ (a question mark on its side reads as another sign).
     */
    static boolean isUpright(int c) {
        if (c == 0x30FC || c == 0x30A0) {
            return false;
        }
        if (c >= 0xFF10 && c <= 0xFF19 || c >= 0xFF21 && c <= 0xFF3A || c >= 0xFF41 && c <= 0xFF5A || c == 0xFF01
                || c == 0xFF1F) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

}
