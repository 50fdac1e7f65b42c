package dev.lectern.render;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Sets each run of emoji, pictographs, technical symbols and mathematical letters in a {@code <span class="lt-emoji">}
 * (display only: the text nodes keep every character, so highlight offsets do not move), which the stylesheet sets in
 * an emoji font ({@link EmojiFont}). This WebKit cannot draw colour emoji fonts, and after every character outside the
 * BMP it draws the empty-glyph box of the font the character's element is set in; the emoji font's empty glyph draws
 * nothing. CJK characters outside the BMP are {@link AstralSpans}' work: that font does not hold them.
 */
final class EmojiSpans {

    /** What {@link EmojiFont} holds (keep in step with src/packaging/fonts), then joiners and selectors. */
    static final String CHARACTERS = "\\u2300-\\u23FF\\u2600-\\u27BF\\u2B00-\\u2BFF"
            + "\\x{1D400}-\\x{1D7FF}\\x{1F000}-\\x{1FAFF}";
    /** A run of them, joiners and selectors included, as a pattern's source (Java's {@code \\x{…}} escapes). */
    private static final String RUN = "[" + CHARACTERS + "][" + CHARACTERS
            + "\\x{E0020}-\\x{E007F}\\uFE0E\\uFE0F\\u200D\\u20E3]*";
    private static final Pattern EMOJI = Pattern.compile(RUN + "+");
    /** Where text is not prose: drawings and formulas (code is marked: emoji in code draw boxes too). */
    private static final Evaluator SKIPPED = QueryParser.parse("svg, math, script, style, .math");
    /** Spans a page gets at most: past them, a page of nothing but emoji is left as it is. */
    static final int MAX_SPANS = 5000;

    private EmojiSpans() {
    }

    /** Marks the emoji under root; callers skip pages whose text {@link #mayHoldEmoji} says has none. */
    static void mark(Element root) {
        CjkSpans.wrap(ReadingTextNodes.under(root, e -> e.is(SKIPPED)), EMOJI, "lt-emoji", MAX_SPANS);
    }

    /**
     * The same run as a JavaScript pattern's source, for the page's own code (diagrams.js marks the emoji of the
     * labels mermaid draws): {@code \\u{…}} escapes, used with the {@code u} flag.
     */
    static String javaScriptRun() {
        return RUN.replace("\\x{", "\\u{");
    }

    /** Whether the text (a page's rendered text or HTML) holds a character the font is for; most pages hold none. */
    static boolean mayHoldEmoji(String text) {
        return EMOJI.matcher(text).find();
    }
}
