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
        if (text == null || text.isEmpty() || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
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
            }
            i = next;
        }
        composed.append(Normalizer.normalize(text.subSequence(stretch, text.length()), Normalizer.Form.NFC));
        return composed.toString();
    }

    /** A character of the CJK Compatibility Ideographs blocks, which NFC would replace. */
    static boolean isCompatibilityIdeograph(int codePoint) {
        return codePoint >= 0xF900 && codePoint <= 0xFAFF || codePoint >= 0x2F800 && codePoint <= 0x2FA1F;
    }
}
