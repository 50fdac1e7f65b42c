package dev.lectern.library;

import dev.lectern.model.KramdownSyntax;
import dev.lectern.model.RubyMarkup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of an article's plain text from its markdown: what search snippets are cut from and matches
 * are shown in (the index itself holds the markdown), and, for one line, what a title shows. Markdown syntax goes, the words a reader sees stay, white space
 * collapses, and a line break between two CJK characters joins them as the page does ({@link
 * dev.lectern.model.CjkScript}, shared with render and search). The rendered page's text ({@code render.PageText},
 * which anchors and find count) holds the same words in the same order; {@code PlainTextAgreesWithPageTextTest}
 * checks that over the sample articles and corpus A and lists where the two differ by design.
 *
 * <p>Every pass of {@link #body} is linear in the text: loops ({@link TextPasses}, {@link MarkupPasses}) that give
 * what the regexes they replaced gave, {@link UnderscoreEmphasis}, and one anchored regex. {@link #line} sees at most
 * {@link #MAX_LINE} characters.
 */
public final class PlainText {

    /** A fence line; the one regex left in {@link #body}, anchored at line starts (linear, measured). */
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~)[^\\n]*$");

    /** One block marker at the start of a line: a quote mark, heading hashes, a bullet or a list number. */
    private static final Pattern BLOCK_MARKER = Pattern.compile("\\s*(?:>|#{1,6}\\s|[-*+]\\s|\\d{1,9}[.)]\\s)\\s*");
    /** A title needs no more of a line than this; longer lines are cut first, so no pattern sees more. */
    static final int MAX_LINE = 1000;
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINE_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)|\\[([^\\]]*)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>]*)>");
    private static final Pattern LINE_HTML = Pattern.compile("<[^>]*>");
    /** Liquid and Nunjucks tags such as {% Aside %}; they render to nothing a title could use. */
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{%.*?%}");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern HEADING_ID = Pattern.compile(KramdownSyntax.HEADING_ID);
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|~~)(\\S(?:.*?\\S)?)\\1");

    private PlainText() {
    }

    /** The visible text of a markdown body (or a stretch of whole lines of it) on one line; "" for null. */
    public static String body(String markdown) {
        return body(markdown, false);
    }

    /**
     * The same, for a vault's note when note is true: its wiki links read as their words, its {@code %%comments%%}
     * and block ids go, its inline footnotes read in brackets where they stand ({@link FootnoteMarks}) and its template
     * placeholders ({@code {{date}}}) stay, as its page shows them ({@link NoteText}).
     */
    public static String body(String markdown, boolean note) {
        return body(markdown, note, false);
    }

    /**
     * A vault note's text as {@link #body} gives it, with the words search finds but the page hides: a
     * {@code %%comment%%} keeps its words (without its marks), and a wiki link with words of its own reads
     * {@code words (Note)}. What a snippet shows when a match is only there; "" for null.
     */
    public static String noteWithHiddenWords(String markdown) {
        return body(markdown, true, true);
    }

    private static String body(String markdown, boolean note, boolean hidden) {
        if (markdown == null) {
            return "";
        }
        String text = MathMarks.hide(markdown); // a formula's < > | * _ are TeX, not markup
        text = text.contains("{:") && text.contains("toc") ? MarkupPasses.tableOfContents(text) : text;
        text = text.contains("```") || text.contains("~~~") ? FENCE.matcher(text).replaceAll("") : text;
        text = text.contains("<!--") ? MarkupPasses.comments(text) : text;
        text = note && text.contains("%%") ? NoteText.comments(text, hidden) : text;
        text = note && text.contains("^[") ? FootnoteMarks.inline(text) : text;
        text = note && text.contains(":: ") ? NoteText.blockProperties(text) : text;
        text = note && text.contains("[[") ? NoteText.wikiLinks(text, hidden) : text;
        text = note && text.contains("^") ? NoteText.blockIds(text) : text;
        text = text.contains("{:") ? MarkupPasses.enclosed(text, "{:", '}') : text;
        text = text.contains("[^") ? FootnoteMarks.marks(text) : text;
        text = text.contains("][") || text.contains("]:") ? MarkupPasses.referenceLinks(text) : text;
        text = text.contains("]:") ? MarkupPasses.references(text) : text;
        text = text.contains("![") ? MarkupPasses.bracketed(text, "![") : text;
        text = text.contains("](") ? MarkupPasses.bracketed(text, "[") : text;
        text = text.contains("<") ? MarkupPasses.enclosed(text, "<", '>') : text;
        text = !note && (text.contains("{%") || text.contains("{{")) ? MarkupPasses.templates(text) : text;
        text = text.contains("==") ? TextPasses.highlightMarks(text) : text;
        text = RubyMarkup.plain(text);
        text = text.contains("] ") ? TextPasses.dropTaskBoxes(text, note) : text;
        text = TextPasses.dropRulesAndLineMarkers(text);
        text = UnderscoreEmphasis.blank(text);
        text = TextPasses.blankMarks(text);
        text = TextPasses.joinCjkLines(text);
        return MathMarks.show(TextPasses.collapseSpace(text).strip());
    }

    /**
     * The visible text of one markdown line, as a title shows it: as {@link #body} but every leading block marker
     * goes (a quote around a heading), emphasis and code marks go without leaving a space, autolinks and reference
     * links keep their text, HTML tags leave nothing, and so do kramdown attribute lists ({@code {: #id}}) and a
     * closing heading id ({@code {#id}}); "" when nothing is left.
     */
    public static String line(String line) {
        String text = stripBlockMarkers(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
        text = text.contains("{:") ? MarkupPasses.enclosed(text, "{:", '}') : text;
        text = text.contains("{#") ? HEADING_ID.matcher(text).replaceFirst("") : text;
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINE_LINK.matcher(text).replaceAll("$1$2");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = LINE_HTML.matcher(text).replaceAll("");
        text = TEMPLATE_TAG.matcher(text).replaceAll("");
        text = CODE.matcher(text).replaceAll("$1");
        text = RubyMarkup.plain(text);
        for (int i = 0; i < 3 && EMPHASIS.matcher(text).find(); i++) {
            text = EMPHASIS.matcher(text).replaceAll("$2");
        }
        return TextPasses.collapseSpace(text).strip();
    }

    /** Drops leading quote marks, heading hashes, bullets and list numbers, one at a time (a loop, not a repeated group, which would recurse once per marker). */
    private static String stripBlockMarkers(String line) {
        Matcher marker = BLOCK_MARKER.matcher(line);
        int start = 0;
        while (start < line.length() && marker.region(start, line.length()).lookingAt()) {
            start = marker.end();
        }
        return line.substring(start).stripLeading();
    }
}
