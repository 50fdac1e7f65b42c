package dev.lectern.render;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Sets each character outside the BMP that is not an emoji (CJK Extension B and later: 𠮷, 𩸽, Cantonese 𠮶; scripts
 * of the supplementary planes), and each character followed by an ideographic variation selector (葛󠄀), in a
 * {@code <span class="lt-astral">} of its own. This WebKit finds no fallback font for such a character, and after it
 * draws a box over the next character; the stylesheet sets the span in a CJK font that holds the supplementary
 * planes and makes it a box that clips what is drawn outside it. Display only: the text nodes keep every character,
 * so highlight offsets do not move. Runs after {@link EmojiSpans}, whose spans it leaves alone.
 */
final class AstralSpans {

    /** Ideographic variation selectors, which follow the character whose glyph they choose. */
    private static final String SELECTORS = "\\x{E0100}-\\x{E01EF}";
    private static final Pattern ASTRAL = Pattern.compile("(?:[\\x{10000}-\\x{10FFFF}&&[^" + EmojiSpans.CHARACTERS
            + SELECTORS + "]]|[^\\s" + SELECTORS + "](?=[" + SELECTORS + "]))[" + SELECTORS + "]?");
    private static final Evaluator SKIPPED = QueryParser.parse("svg, math, script, style, .math, .lt-emoji");
    /** Spans a page gets at most: past them, the rest of a page of nothing but such characters is left as it is. */
    static final int MAX_SPANS = 5000;

    private AstralSpans() {
    }

    /** Marks the characters under root; callers skip pages whose text {@link #mayHold} says has none. */
    static void mark(Element root) {
        CjkSpans.wrap(ReadingTextNodes.under(root, e -> e.is(SKIPPED)), ASTRAL, "lt-astral", MAX_SPANS);
    }

    /** Whether the text (a page's rendered text or HTML) holds such a character; few pages do. */
    static boolean mayHold(String text) {
        return ASTRAL.matcher(text).find();
    }
}
