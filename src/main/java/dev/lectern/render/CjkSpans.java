package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Display-only markup for CJK typesetting: wraps runs of a page's text in spans that carry no meaning (the text nodes
 * keep every character, so highlight offsets do not move). In vertical writing, numbers of two digits become
 * {@code <span class="tcy">} (set across the column, tate-chū-yoko), of one digit {@code <span class="upright">}
 * (both combined upright: this WebKit lays every character of a vertical column on its side; {@link UprightBoxes}
 * does the same for Han and kana), and on Chinese pages curly quotes are shown as corner brackets, carrying the
 * quote they stand for as a converted phrase does ({@link ScriptConverter}). Adjacent punctuation marks get
 * {@code <span class="pc">} on the first, set half-width (this WebKit ignores the fonts' halt/chws features); curly
 * quotes of Latin text get {@code <span class="lq">}, set in a font that draws them proportional. Code,
 * formulas and keyboard keys are left alone. With the CJK–Latin spacing on, an empty {@code <span class="lt-sp">}
 * marks each boundary between CJK and Latin text. The patterns are plain character classes: linear in the text.
 */
final class CjkSpans {

    /**
     * Two ASCII digits that are not part of a longer number, a Latin word or a decimal, nor next to a Latin word
     * (Java 17 and 25 GB stay rotated with their words); {@link #ONE_DIGIT} likewise for one.
     */
    private static final Pattern TWO_DIGITS = Pattern.compile(
            "(?<![0-9A-Za-z.,])(?<![A-Za-z] )[0-9]{2}(?![0-9A-Za-z%]|[.,][0-9]| [A-Za-z])");
    private static final Pattern ONE_DIGIT = Pattern.compile(
            "(?<![0-9A-Za-z.,])(?<![A-Za-z] )[0-9](?![0-9A-Za-z%]|[.,][0-9]| [A-Za-z])");
    /**
     * Two or three half-width ! and ? after a CJK character (「やった!!」「なに?!」), which the novel sites set combined
     * across the column; {@link #ONE_MARK} one, set upright. After a Latin letter they lie with their word.
     */
    private static final Pattern TWO_MARKS = Pattern.compile("(?<=[^\\x00-\\x7F])[!?]{2,3}(?![!?])");
    private static final Pattern ONE_MARK = Pattern.compile("(?<=[^\\x00-\\x7F])[!?](?![!?])");
    /**
     * Commas, stops, colons and semicolons of Traditional Chinese, which its fonts centre in their square and keep so
     * in a vertical column (Noto Sans CJK TC and HK have no 'vert' glyph for them): this WebKit lays them on their side.
     */
    private static final Pattern CENTRED_STOPS = Pattern.compile("[、。，．：；]");
    /** Commas and full stops, which this WebKit draws on the left of a vertical column (no 'vert' glyphs). */
    private static final Pattern VERTICAL_STOPS = Pattern.compile("[、。，．]");
    /**
     * A full-width punctuation mark followed by another, whose blank half is squeezed out (「。」」 reads 。」 not 。 」):
     * a closing mark before any mark, an opening mark before an opening one. Only marks drawn at one side of their
     * square in Simplified Chinese and Japanese fonts; colons and marks of Traditional fonts stay.
     */
    private static final Pattern PUNCTUATION_PAIR = Pattern.compile(
            "[、。，」』）〕】》〉](?=[、。，」』）〕】》〉「『（〔【《〈])|[「『（〔【《〈](?=[「『（〔【《〈])");
    /**
     * The same with curly quotes, which Simplified Chinese fonts draw full-width at one side of their square (，“ read
     * as a full blank square between the marks); Japanese fonts draw them proportional, so not on Japanese pages.
     */
    private static final Pattern PUNCTUATION_PAIR_ZH = Pattern.compile(
            "[、。，」』）〕】》〉”’](?=[、。，」』）〕】》〉”’「『（〔【《〈“‘])|[「『（〔【《〈“‘](?=[「『（〔【《〈“‘])");
    /**
     * Curly quotes and apostrophes of Latin text (Let’s, builders’ library, “Hello, world”, ‘x’), which a Chinese font
     * draws full-width: an apostrophe after a Latin letter or digit and before a letter, a blank or Latin punctuation,
     * and a quotation of at most 200 Latin characters that is not part of a CJK sentence. Marks with a CJK character
     * or mark just before or after them (处理“Case 3”的) quote a Latin term in Chinese and keep their full width, as
     * Chinese is printed.
     */
    private static final String CJK_NEIGHBOUR = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF01-\\uFF60]";
    private static final Pattern LATIN_QUOTES = Pattern.compile(
            "(?<=[A-Za-z0-9])’(?=[A-Za-z \\t\\n.,;:!?)\\]]|$)"
            + "|(?<!" + CJK_NEIGHBOUR + ")“[\\x20-\\x7E\\u00A0-\\u024F\\u2013\\u2014\\u2019\\u2026]{1,200}”(?!"
            + CJK_NEIGHBOUR + ")"
            + "|(?<!" + CJK_NEIGHBOUR + ")‘[\\x20-\\x7E\\u00A0-\\u024F\\u2013\\u2014\\u2026]{1,200}’(?!"
            + CJK_NEIGHBOUR + ")");
    /** Where a CJK character meets a Latin letter or digit, either way round, with no space between them. */
    private static final Pattern LATIN_BOUNDARY = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])(?=[A-Za-z0-9])"
            + "|(?<=[A-Za-z0-9])(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
    /**
     * A run of Chinese or Japanese characters and their punctuation, which a page in another language (a Latin font
     * first) would take from the system's fallback font: this WebKit never goes further down the font list.
     */
    private static final Pattern CJK_RUN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF01-\\uFF60\\uFFE0-\\uFFE6]++");
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");
    /** Chinese curly quotes, which this WebKit lays on their side in a vertical column. */
    private static final Pattern CURLY_QUOTES = Pattern.compile("[“”‘’]");
    /**
     * What a vertical Chinese page shows for “ ” ‘ ’: corner brackets, double quotes as 『』 and single as 「」 in
     * Simplified Chinese (GB/T 15834-2011), 「」 and 『』 in Traditional, as Taiwan and Hong Kong print them. Like
     * all brackets they are turned with the column, which gives them their vertical shape.
     */
    private static final String VERTICAL_QUOTES_SIMPLIFIED = "『』「」";
    private static final String VERTICAL_QUOTES_TRADITIONAL = "「」『』";
    /** Spans at most for CJK runs on a page in another language (a cap on what a hostile page adds). */
    static final int MAX_CJK_RUNS = 20_000;
    /** What typesetting never enters: code, formulas, keyboard keys. */
    static final Evaluator SKIPPED = QueryParser.parse("pre, code, kbd, samp, svg, math, script, style, .math");

    private CjkSpans() {
    }

    /** Adds the spans the page's language and the options call for. */
    static void typeset(Element body, String lang, RenderOptions options) {
        boolean cjk = PageTemplate.verticalScript(lang);
        boolean vertical = options.vertical() && cjk;
        if (vertical) {
            markUprightNumbers(body);
        }
        if (cjk) {
            wrap(body, LATIN_QUOTES, "lq");
        }
        if (cjk && !PageTemplate.traditional(lang)) {
            wrap(body, lang.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? PUNCTUATION_PAIR_ZH : PUNCTUATION_PAIR,
                    "pc");
            if (vertical) {
                markVerticalStops(body);
            }
        } else if (vertical) {
            markCentredStops(body);
        }
        // a page converted to Traditional takes Taiwan's and Hong Kong's 「」 across the line too: “” read as a
        // Simplified page's marks there
        boolean toTraditional = options.script() != Script.AS_WRITTEN && PageTemplate.traditional(lang);
        if ((vertical || toTraditional) && lang.toLowerCase(java.util.Locale.ROOT).startsWith("zh")) {
            markVerticalQuotes(body, PageTemplate.traditional(lang));
        }
        if (options.latinSpacing() && cjk) {
            markLatinBoundaries(body);
        }
        if (takesCjkRuns(lang)) {
            markCjkRuns(body);
        }
    }

    /** Whether the page's language is not Chinese, Japanese or Korean, whose fonts set CJK text already. */
    static boolean takesCjkRuns(String lang) {
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        return !l.startsWith("zh") && !l.startsWith("ja") && !l.startsWith("ko");
    }

    /**
     * On a page that is not Chinese, Japanese or Korean, wraps each run of CJK characters in
     * {@code <span class="cjk-run">} (with {@code ja} when it holds kana), which CSS sets in a CJK font: a Chinese
     * place name in an English title (北京), a Japanese quotation in an English post.
     */
    static void markCjkRuns(Element root) {
        wrap(textNodes(root), CJK_RUN, run -> new Element("span").attr("class", KANA.matcher(run).find() ? "cjk-run ja"
                : "cjk-run").appendChild(new TextNode(run)), MAX_CJK_RUNS);
    }

    /** Whether the text may hold a CJK character (a quick test before parsing a fragment to mark its runs). */
    static boolean mayHoldCjk(String text) {
        return CJK_RUN.matcher(text).find();
    }

    /** Marks the short numbers and exclamations under {@code root} for upright setting in vertical writing. */
    static void markUprightNumbers(Element root) {
        wrap(root, TWO_DIGITS, "tcy");
        wrap(root, ONE_DIGIT, "upright");
        wrap(root, TWO_MARKS, "tcy");
        wrap(root, ONE_MARK, "upright");
    }

    /**
     * Marks commas and full stops for vertical writing in Simplified Chinese and Japanese, whose horizontal glyphs this
     * WebKit leaves on the left of a vertical column: CSS moves them to the right, where a vertical column has them.
     */
    static void markVerticalStops(Element root) {
        wrap(root, VERTICAL_STOPS, "vp");
    }

    /**
     * Marks the commas, stops, colons and semicolons of a vertical Traditional Chinese page, which a vertical column
     * sets upright in the middle of their square, as the page's font draws them: CSS combines each upright (on its
     * side, ， reads as a tick and ： as ‥).
     */
    static void markCentredStops(Element root) {
        wrap(root, CENTRED_STOPS, "vc");
    }

    /**
     * Shows the curly quotes of Chinese text as the corner brackets a vertical column (or a page converted to
     * Traditional) takes, each in a
     * {@code <span class="lt-conv" data-src="“">} like a converted phrase, so highlights, find and the page's text count
     * the quote as written. Quotes of Latin text ({@code .lq}) stay, set on their side with their words; at most
     * {@link #MAX_CJK_RUNS} are shown so.
     */
    static void markVerticalQuotes(Element root, boolean traditional) {
        String shown = traditional ? VERTICAL_QUOTES_TRADITIONAL : VERTICAL_QUOTES_SIMPLIFIED;
        wrap(ReadingTextNodes.under(root, e -> e.is(SKIPPED) || e.hasClass("lq")), CURLY_QUOTES,
                quote -> new Element("span").addClass("lt-conv").attr("data-src", quote)
                        .text(String.valueOf(shown.charAt("“”‘’".indexOf(quote)))), MAX_CJK_RUNS);
    }

    /**
     * Puts an empty {@code <span class="lt-sp">} at each boundary between CJK and Latin text inside a text node; CSS
     * gives it a thin width. (This WebKit's own text-autospace widens the line but leaves selection and hit-testing
     * where the characters would be without it, so highlights would drift from the words.)
     */
    static void markLatinBoundaries(Element root) {
        TextReplacements replacements = new TextReplacements();
        for (TextNode text : textNodes(root)) {
            String whole = text.getWholeText();
            Matcher m = LATIN_BOUNDARY.matcher(whole);
            List<Node> pieces = new ArrayList<>();
            int done = 0;
            while (m.find()) {
                pieces.add(new TextNode(whole.substring(done, m.start())));
                pieces.add(new Element("span").addClass("lt-sp"));
                done = m.start();
            }
            if (!pieces.isEmpty()) {
                pieces.add(new TextNode(whole.substring(done)));
                replacements.put(text, pieces);
            }
        }
        replacements.apply();
    }

    /** The text nodes under root, in document order, outside code, formulas and keys (those subtrees are not entered). */
    private static List<TextNode> textNodes(Element root) {
        return ReadingTextNodes.under(root, e -> e.is(SKIPPED));
    }

    private static void wrap(Element root, Pattern pattern, String cssClass) {
        wrap(textNodes(root), pattern, cssClass, Integer.MAX_VALUE);
    }

    /** Wraps each match of the pattern in the text nodes in a span of the class, at most {@code max} spans in all. */
    static void wrap(List<TextNode> texts, Pattern pattern, String cssClass, int max) {
        wrap(texts, pattern, match -> new Element("span").addClass(cssClass).appendChild(new TextNode(match)), max);
    }

    /**
     * Puts the node made of each match in its place in the text nodes, at most {@code max} in all; the text around
     * the matches stays as it is.
     */
    private static void wrap(List<TextNode> texts, Pattern pattern, Function<String, Node> made, int max) {
        TextReplacements replacements = new TextReplacements();
        int count = 0;
        for (TextNode text : texts) {
            String whole = text.getWholeText();
            Matcher m = pattern.matcher(whole);
            List<Node> pieces = new ArrayList<>();
            int done = 0;
            while (count < max && m.find()) {
                pieces.add(new TextNode(whole.substring(done, m.start())));
                pieces.add(made.apply(m.group()));
                done = m.end();
                count++;
            }
            if (!pieces.isEmpty()) {
                pieces.add(new TextNode(whole.substring(done)));
                replacements.put(text, pieces);
            }
        }
        replacements.apply();
    }
}
