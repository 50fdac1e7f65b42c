package dev.lectern.model;

import java.util.Objects;

/**
 * Where an annotation sits in an article's rendered plain text (the text nodes of the article body concatenated,
 * as a DOM TreeWalker gives them; offsets count UTF-16 units, as Java and JavaScript strings do).
 *
 * @param quote   the exact text selected, never empty
 * @param prefix  up to {@link #CONTEXT} characters before the quote
 * @param suffix  up to {@link #CONTEXT} characters after the quote
 * @param start   offset of the quote's first character
 * @param end     offset just after the quote's last character
 * @param heading text of the nearest heading before the quote, or null
 * @param originalQuote the words as the reader highlighted them, when an edit to the article changed them since (the
 *                      quote is then the passage as it reads now); null while the quote is still the words highlighted
 */
public record Anchor(String quote, String prefix, String suffix, int start, int end, String heading,
                     String originalQuote) {

    /** How many characters of context are kept on each side. */
    public static final int CONTEXT = 32;

    public Anchor {
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (quote.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("an anchor needs a quote and 0 <= start <= end, got " + start + ".." + end);
        }
        originalQuote = originalQuote == null || originalQuote.isEmpty() || originalQuote.equals(quote) ? null
                : originalQuote;
    }

    /** An anchor on words that are still as the reader highlighted them. */
    public Anchor(String quote, String prefix, String suffix, int start, int end, String heading) {
        this(quote, prefix, suffix, start, end, heading, null);
    }

    /**
     * The same passage found again in the changed text at [start, end): its quote and context become the text's, and
     * the words first highlighted are kept in {@link #originalQuote} (dropped when the text reads as they did again).
     */
    public Anchor foundAgainIn(String text, int start, int end) {
        Anchor now = of(text, start, end, heading);
        String first = originalQuote != null ? originalQuote
                : FormulaGaps.onlyFormulasAdded(quote, now.quote) ? null : quote; // formulas gained words: not an edit
        return new Anchor(now.quote, now.prefix, now.suffix, start, end, heading, first);
    }

    /** The anchor of text[start, end) with its context taken from the same text. */
    public static Anchor of(String text, int start, int end, String heading) {
        return new Anchor(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end, heading);
    }
}
