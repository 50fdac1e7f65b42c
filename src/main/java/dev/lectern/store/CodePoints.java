package dev.lectern.store;

/** Converts offsets between UTF-16 units (how Lectern stores anchors) and Unicode code points (what exports count). */
public final class CodePoints {

    private CodePoints() {
    }

    /** The code point offset of a UTF-16 offset in the text (clamped to the text). */
    public static int toCodePoints(String text, int utf16) {
        return text.codePointCount(0, Math.max(0, Math.min(utf16, text.length())));
    }

    /** The UTF-16 offset of a code point offset in the text (clamped to the text). */
    public static int toUtf16(String text, int codePoints) {
        int clamped = Math.max(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        return text.offsetByCodePoints(0, clamped);
    }
}
