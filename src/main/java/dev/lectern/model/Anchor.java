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
 */
public record Anchor(String quote, String prefix, String suffix, int start, int end, String heading) {

    /** How many characters of context are kept on each side. */
    public static final int CONTEXT = 32;

    public Anchor {
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (quote.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("an anchor needs a quote and 0 <= start <= end, got " + start + ".." + end);
        }
    }

    /** The anchor of text[start, end) with its context taken from the same text. */
    public static Anchor of(String text, int start, int end, String heading) {
        return new Anchor(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end, heading);
    }
}
