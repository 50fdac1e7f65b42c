package dev.lectern.ui.common;

import javafx.scene.control.Labeled;

/**
 * A passage of an article shown in the interface (a highlight in a panel, the popover, the daily review): in the
 * quotation marks of its script, 「…」 for Japanese and “…” otherwise, shortened on a whole character, and set in the
 * cut of the interface font for its script ({@link TextScript}). The Chinese cut draws “ full-width at one side of
 * its square, so a Japanese or English passage between them opened on a gap.
 */
public final class Quoted {

    private Quoted() {
    }

    /** Shows the passage quoted on the label, in its script's cut ({@link TextScript#show(Labeled, String)}). */
    public static void show(Labeled label, String passage, int max) {
        TextScript.show(label, quote(passage, max));
    }

    /** The passage on one line (runs of white space made one space), at most {@code max} characters and "…", quoted. */
    public static String quote(String passage, int max) {
        return inMarks(shorten(passage, max));
    }

    /** The text as it is between the quotation marks of its script. */
    public static String inMarks(String text) {
        return TextScript.of(text) == TextScript.Script.JAPANESE ? "「" + text + "」" : "“" + text + "”";
    }

    /**
     * The text as written, line breaks kept, at most {@code max} characters (code points) followed by "…" when it was
     * longer: a passage shown whole where there is room for it (the daily review), never a whole article's worth.
     */
    public static String head(String text, int max) {
        int end = 0;
        for (int kept = 0; end < text.length() && kept < max; kept++) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end < text.length() ? text.substring(0, end) + "…" : text;
    }

    /**
     * The text on one line (runs of white space one space), at most {@code max} characters (code points: an emoji or a
     * rare ideograph is not cut in half into a box) followed by "…" when it was longer. Reads no further than it keeps:
     * a cell shows a highlight of a whole article as fast as one of a line.
     */
    public static String shorten(String text, int max) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), max + 1));
        int kept = 0;
        boolean blank = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                blank = line.length() > 0;
                continue;
            }
            if (kept + (blank ? 1 : 0) >= max) {
                return line + "…";
            }
            if (blank) {
                line.append(' ');
                kept++;
                blank = false;
            }
            line.appendCodePoint(c);
            kept++;
        }
        return line.toString();
    }
}
