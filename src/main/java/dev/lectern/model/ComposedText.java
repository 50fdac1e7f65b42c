package dev.lectern.model;

import java.text.Normalizer;

/**
 * Text in composed form (NFC), as readers and keyboards write it: a file saved on macOS often holds Hangul as loose
 * jamo (ᄒ+ᅡ+ᆫ for 한), kana with a separate voicing mark (か+U+3099 for が) and é as e+U+0301, which would show as
 * broken syllables and never match what a reader types. CJK compatibility ideographs (U+F900–U+FAFF,
 * U+2F800–U+2FA1F) are kept as written: NFC would swap them for their unified twins, and Korean texts choose them on
 * purpose (樂 U+F914 read 낙 beside 樂 U+F95C read 락).
 */
public final class ComposedText {

    private ComposedText() {
    }

    /** The text in NFC with compatibility ideographs untouched; the same string, cheaply, when it is already so. */
    public static String of(String text) {
        if (text == null || text.isEmpty() || !hasLongMarkRun(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text; // the check, like NFC itself, orders a run of marks in time growing with its square
        }
        StringBuilder composed = new StringBuilder(text.length());
        int stretch = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isCompatibilityIdeograph(cp)) {
                composed.append(Normalizer.normalize(text.subSequence(stretch, i), Normalizer.Form.NFC));
                composed.append(text, i, next);
                stretch = next;
            } else if (isMark(cp)) {
                int marks = 0;
                while (next < text.length() && isMark(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                    marks++;
                }
                if (marks >= MAX_MARKS) { // its character and marks as written, after what came before composed
                    int base = i > stretch ? i - Character.charCount(text.codePointBefore(i)) : i;
                    composed.append(Normalizer.normalize(text.subSequence(stretch, base), Normalizer.Form.NFC));
                    composed.append(text, base, next);
                    stretch = next;
                }
            }
            i = next;
        }
        composed.append(Normalizer.normalize(text.subSequence(stretch, text.length()), Normalizer.Form.NFC));
        return composed.toString();
    }

    /**
     * The most combining marks after one character that are composed: NFC puts a run of marks in order one by one, in
     * time that grows with the square of the run (320,000 marks took 52 s), so a longer run, which no script writes
     * (Unicode's stream-safe text allows 30), is left as written with its character.
     */
    static final int MAX_MARKS = 30;

    private static boolean hasLongMarkRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = isMark(cp) ? run + 1 : 0;
            if (run >= MAX_MARKS) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isMark(int codePoint) {
        if (codePoint < 0x300) { // below the first combining mark: most of any text, answered without a table
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A character of the CJK Compatibility Ideographs blocks, which NFC would replace. */
    static boolean isCompatibilityIdeograph(int codePoint) {
        return codePoint >= 0xF900 && codePoint <= 0xFAFF || codePoint >= 0x2F800 && codePoint <= 0x2FA1F;
    }
}
