package dev.lectern.render;

/**
 * Runs of combining marks on one letter ("Zalgo" text: an H under 160,000 accents) cut to the first
 * {@value #MAX_MARKS}. Real writing stacks a handful (Vietnamese two, Hebrew with niqqud and cantillation four, Tibetan
 * stacks and Devanagari clusters under ten), but Java's {@code \b}, which flexmark's autolinks and several rewriters
 * use, looks back over every mark before a position, so a run of n marks costs n² (5,000 marks: 6 s; 160,000: hours).
 * One linear pass; text without such runs is returned as it is.
 */
public final class MarkRuns {

    /** The most marks kept on one letter: well above any script's needs, far below where the cost shows. */
    public static final int MAX_MARKS = 32;

    private MarkRuns() {
    }

    /** Whether some letter of the text carries more than {@value #MAX_MARKS} marks in a row. */
    public static boolean over(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            run = isMark(c) ? run + 1 : 0;
            if (run > MAX_MARKS) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The text with each run of marks cut to its first {@value #MAX_MARKS}. */
    public static String cut(String text) {
        if (!over(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            run = isMark(c) ? run + 1 : 0;
            if (run <= MAX_MARKS) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return kept.toString();
    }

    private static boolean isMark(int c) {
        if (c < 0x300) {
            return false; // the common case, without a table look-up
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
