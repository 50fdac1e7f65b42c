package dev.lectern.render;

/**
 * What flexmark can lay out in a few seconds without a deep stack: markdown beyond these limits (thousands of nested
 * quotes or list levels, tens of thousands of brackets or emphasis marks in one block, thousands of reference
 * definitions) is shown as plain text instead. Brackets and emphasis marks cost more than linear time only within the
 * paragraph whose inlines flexmark parses, so they are counted per block (up to a blank line) and the squares of the
 * blocks' counts are summed against the square of the limit: one block of 8,000 brackets reaches it, as do 64 blocks of
 * 1,000, while a long ordinary article with a few links and emphasised words in each paragraph renders normally.
 * More costs of flexmark grow with a block's size: each backtick outside fenced code makes it copy its whole block
 * (40,000 in one paragraph: 10 s a parse), each inline HTML tag or entity makes it copy its paragraph (20,000
 * {@code <span>} in one: 97 s; 20,000 {@code &amp;}: 8.5 s), and each line of a block that starts with a blank makes
 * it rebuild the block's text (40,000 such lines: 5 s a parse); they are summed per block the same way (a block that
 * opens with a block-level HTML tag is not parsed for inlines, and its tags are not counted). Raw HTML elements nested
 * more than {@value #MAX_HTML_DEPTH} deep are past it too. One linear pass; nothing
 * here grows the stack with the input.
 */
public final class MarkdownLimits {

    /** Why an article is shown as plain text. */
    public enum Breach { NESTING, LINKS, DELIMITERS, CODE_SPANS, LONG_BLOCKS, HTML_TAGS, HTML_DEPTH }

    static final int MAX_QUOTE_DEPTH = 50;
    static final int MAX_INDENT = 200;
    static final int MAX_BRACKETS = 8_000;
    static final int MAX_DEFINITIONS = 1_000;
    static final int MAX_DELIMITERS = 20_000;
    /** Backticks times the characters of their block, summed over blocks: about a second of flexmark's time. */
    static final long MAX_CODE_SPAN_COST = 500_000_000L;
    static final int MAX_INDENTED_LINES = 8_000;
    /** Inline HTML tags and entities times the characters of their paragraph, summed over paragraphs: about 3 s. */
    static final long MAX_INLINE_HTML_COST = 500_000_000L;
    /**
     * Raw HTML elements open inside one another: a real page stays under a hundred, the web view stops nesting at 512,
     * and past a few thousand the parser, the sanitizer and the page's later passes take seconds to minutes
     * (100,000 nested {@code <div>}s never rendered).
     */
    static final int MAX_HTML_DEPTH = 500;
    /** Elements without content ({@code <br>}) or whose end tag HTML lets a page leave out ({@code <p>}, {@code <li>}). */
    private static final java.util.Set<String> UNNESTED_TAGS = java.util.Set.of("area", "base", "basefont", "bgsound",
            "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
            "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt",
            "rp", "rtc", "colgroup", "caption", "html", "head", "body");
    /** CommonMark's names that start an HTML block, whose tags flexmark does not parse as inlines. */
    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("address", "article", "aside", "base",
            "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem",
            "nav", "noframes", "ol", "optgroup", "option", "p", "param", "pre", "script", "search", "section", "style",
            "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    private MarkdownLimits() {
    }

    /** The first limit the markdown goes beyond, or null when it renders normally. */
    public static Breach check(String markdown) {
        PerBlock brackets = new PerBlock((long) MAX_BRACKETS * MAX_BRACKETS);
        PerBlock delimiters = new PerBlock((long) MAX_DELIMITERS * MAX_DELIMITERS);
        PerBlock backticks = new PerBlock(MAX_CODE_SPAN_COST);
        PerBlock indentedLines = new PerBlock((long) MAX_INDENTED_LINES * MAX_INDENTED_LINES);
        PerBlock tags = new PerBlock(MAX_INLINE_HTML_COST);
        boolean htmlBlock = false;
        /** Inside a code span of this line ({@code `<div>`} names a tag, it opens none). */
        boolean inCodeSpan = false;
        long blockChars = 0;
        int definitions = 0;
        int lineStart = 0;
        boolean atLineStart = true;
        boolean blank = true;
        boolean firstLineOfBlock = true;
        int indent = 0;
        int quotes = 0;
        int htmlDepth = 0;
        int deepest = 0;
        char fence = 0;
        for (int i = 0; i <= markdown.length(); i++) {
            // the end of the text ends its last line: a file without a final line break is checked whole too
            char c = i < markdown.length() ? markdown.charAt(i) : '\n';
            if (c == '\n') {
                if (blank) {
                    brackets.endBlock(brackets.count);
                    delimiters.endBlock(delimiters.count);
                    backticks.endBlock(blockChars);
                    indentedLines.endBlock(indentedLines.count);
                    tags.endBlock(blockChars);
                    blockChars = 0;
                }
                firstLineOfBlock = blank;
                if (backticks.over(blockChars)) {
                    return Breach.CODE_SPANS;
                }
                if (tags.over(blockChars)) {
                    return Breach.HTML_TAGS;
                }
                if (deepest > MAX_HTML_DEPTH) {
                    return Breach.HTML_DEPTH;
                }
                if (indentedLines.over(indentedLines.count)) {
                    return Breach.LONG_BLOCKS;
                }
                atLineStart = true;
                inCodeSpan = false;
                blank = true;
                indent = 0;
                quotes = 0;
                lineStart = i + 1;
                continue;
            }
            blockChars++;
            if (c != ' ' && c != '\t' && c != '\r' && c != '>') {
                blank = false;
            }
            if (atLineStart) {
                if (c == ' ' || c == '\t') {
                    indent += c == '\t' ? 4 : 1;
                } else if (c == '>') {
                    quotes++;
                } else {
                    atLineStart = false;
                    if (firstLineOfBlock) {
                        htmlBlock = c == '<' && indent <= 3 && opensHtmlBlock(markdown, i);
                    }
                    if (indent > 0 && !firstLineOfBlock && fence == 0 && "-*+0123456789".indexOf(c) < 0) {
                        indentedLines.count++; // a line that continues its block after blanks (a list item's is cheap)
                    }
                    if (c == '[' && i - lineStart <= 3 + quotes * 2 && isDefinition(markdown, i)) {
                        definitions++;
                    }
                    if ((c == '`' || c == '~') && indent <= 3 && opensFence(markdown, i, c)) {
                        fence = fence == 0 ? c : fence == c ? 0 : fence;
                    }
                }
                if (indent > MAX_INDENT || quotes > MAX_QUOTE_DEPTH) {
                    return Breach.NESTING;
                }
            }
            if (c == '`') {
                inCodeSpan = !inCodeSpan;
            }
            // indented code shows its tags as text, unless the block is raw HTML
            if (c == '<' && fence == 0 && !inCodeSpan && (indent < 4 || htmlBlock) && startsTag(markdown, i)) {
                htmlDepth = Math.max(0, htmlDepth + nesting(markdown, i));
                deepest = Math.max(deepest, htmlDepth);
            }
            if (c == '`' && fence == 0) {
                backticks.count++;
            } else if ((c == '<' && startsTag(markdown, i) || c == '&' && startsEntity(markdown, i)) && fence == 0
                    && !htmlBlock) {
                tags.count++;
            } else if (c == '[' && brackets.over(++brackets.count)) {
                return Breach.LINKS;
            } else if ((c == '*' || c == '_') && delimiters.over(++delimiters.count)) {
                return Breach.DELIMITERS;
            }
        }
        return definitions > MAX_DEFINITIONS ? Breach.LINKS : null;
    }

    /** A count kept per block (up to a blank line) whose blocks' costs, each its count times a weight, are summed. */
    private static final class PerBlock {
        private final long limit;
        private long sum;
        long count;

        PerBlock(long limit) {
            this.limit = limit;
        }

        /** Whether the blocks before this one and this one, its count weighed by weight, cost more than the limit. */
        boolean over(long weight) {
            return sum + count * weight > limit;
        }

        void endBlock(long weight) {
            sum += count * weight;
            count = 0;
        }
    }

    /** Whether a tag may start at the {@code <}: a letter, a slash, {@code !} or {@code ?} follows. */
    private static boolean startsTag(String text, int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        return next < 128 && Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /**
     * How the tag at the {@code <} changes the depth of raw HTML: +1 for a start tag of an element that holds content,
     * -1 for its end tag, 0 for the rest (void, self-closed, comments). Looks no further than the next {@code <}, so
     * the scans of all tags together read the text once.
     */
    private static int nesting(String text, int at) {
        int i = at + 1;
        boolean end = text.charAt(i) == '/';
        if (end) {
            i++;
        }
        int start = i;
        while (i < text.length() && i - start < 12 && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
        }
        if (i == start || UNNESTED_TAGS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
            return 0;
        }
        // a tag's name ends at a blank, its end or a slash: <https://…> and <ann@example.com> are links, not tags
        char after = i < text.length() ? text.charAt(i) : ' ';
        if (!Character.isWhitespace(after) && after != '>' && after != '/') {
            return 0;
        }
        if (end) {
            return -1;
        }
        while (i < text.length() && text.charAt(i) != '>' && text.charAt(i) != '<') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '>' && text.charAt(i - 1) == '/' ? 0 : 1;
    }

    /** Whether an entity may start at the {@code &}: a letter or {@code #} follows. */
    private static boolean startsEntity(String text, int at) {
        char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        return next == '#' || next < 128 && Character.isLetter(next);
    }

    /** Whether the line's {@code <} opens an HTML block: a comment, a declaration or a block-level tag. */
    private static boolean opensHtmlBlock(String text, int at) {
        int i = at + 1;
        if (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '?')) {
            return true;
        }
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < text.length() && i - start < 12 && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
        }
        return i > start && BLOCK_TAGS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether three or more of the fence character start here (a code fence opens or closes on this line). */
    private static boolean opensFence(String text, int at, char c) {
        return at + 2 < text.length() && text.charAt(at + 1) == c && text.charAt(at + 2) == c;
    }

    /** Whether a line starting at the bracket looks like a reference definition {@code [label]: url}. */
    private static boolean isDefinition(String text, int bracket) {
        int end = Math.min(text.length(), bracket + 1000);
        for (int i = bracket + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i + 1 < text.length() && text.charAt(i + 1) == ':';
            }
            if (c == '\n' || c == '[') {
                return false;
            }
        }
        return false;
    }
}
