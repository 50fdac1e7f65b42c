package dev.lectern.render;

/**
 * What flexmark can lay out in a few seconds without a deep stack: markdown beyond these limits (thousands of nested
 * quotes or list levels, tens of thousands of brackets or emphasis marks in one block, thousands of reference
 * definitions) is shown as plain text instead. Brackets and emphasis marks cost more than linear time only within the
 * paragraph whose inlines flexmark parses, so they are counted per block (up to a blank line) and the squares of the
 * blocks' counts are summed against the square of the limit: one block of 8,000 brackets reaches it, as do 64 blocks of
 * 1,000, while a long ordinary article with a few links and emphasised words in each paragraph renders normally. One
 * linear pass; nothing here grows the stack with the input.
 */
public final class MarkdownLimits {

    /** Why an article is shown as plain text. */
    public enum Breach { NESTING, LINKS, DELIMITERS }

    static final int MAX_QUOTE_DEPTH = 50;
    static final int MAX_INDENT = 200;
    static final int MAX_BRACKETS = 8_000;
    static final int MAX_DEFINITIONS = 1_000;
    static final int MAX_DELIMITERS = 20_000;

    private MarkdownLimits() {
    }

    /** The first limit the markdown goes beyond, or null when it renders normally. */
    public static Breach check(String markdown) {
        long brackets = 0;
        long delimiters = 0;
        long bracketCost = 0;
        long delimiterCost = 0;
        int definitions = 0;
        int lineStart = 0;
        boolean atLineStart = true;
        boolean blank = true;
        int indent = 0;
        int quotes = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                if (blank) {
                    bracketCost += brackets * brackets;
                    delimiterCost += delimiters * delimiters;
                    brackets = 0;
                    delimiters = 0;
                }
                atLineStart = true;
                blank = true;
                indent = 0;
                quotes = 0;
                lineStart = i + 1;
                continue;
            }
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
                    if (c == '[' && i - lineStart <= 3 + quotes * 2 && isDefinition(markdown, i)) {
                        definitions++;
                    }
                }
                if (indent > MAX_INDENT || quotes > MAX_QUOTE_DEPTH) {
                    return Breach.NESTING;
                }
            }
            if (c == '[' && bracketCost + ++brackets * brackets > (long) MAX_BRACKETS * MAX_BRACKETS) {
                return Breach.LINKS;
            } else if ((c == '*' || c == '_')
                    && delimiterCost + ++delimiters * delimiters > (long) MAX_DELIMITERS * MAX_DELIMITERS) {
                return Breach.DELIMITERS;
            }
        }
        return definitions > MAX_DEFINITIONS ? Breach.LINKS : null;
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
