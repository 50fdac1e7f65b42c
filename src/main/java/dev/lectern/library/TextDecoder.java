package dev.lectern.library;

import dev.lectern.model.ComposedText;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of an article into text with '\n' line endings: UTF-8 (with or without BOM),
 * UTF-16 with a BOM, or a detected legacy encoding such as GB18030 or Big5. Control characters that have no visible
 * form (backspace, escape, C1 codes: debris of copying from terminals and word processors) are dropped, so that
 * nothing shows them as empty boxes and every reader of the text (page, title, search, snippets) sees the same words.
 * Decomposed characters (Hangul saved as loose jamo on macOS) are composed here, for the same readers.
 */
final class TextDecoder {

    private static final Charset FALLBACK = Charset.forName("GB18030");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Decodes and normalises line endings; throws NotTextException for binary data. */
    String decode(byte[] bytes) throws NotTextException {
        return normalise(decodeRaw(bytes));
    }

    /**
     * The lines of a long UTF-8 file that fit in limit bytes, decoded, or null when the file is short,
     * starts with a BOM, or the head is not plain UTF-8: then only {@link #decode} gives the right text.
     * The head ends early, after its first fence line ({@code ---}, {@code ...} or {@code +++}) below the first line,
     * which closes any front matter the file has: decoding only that much is what a first scan spends least on.
     * Throws NotTextException for binary data anywhere in the file, as decode does.
     */
    String decodeHead(byte[] bytes, int limit) throws NotTextException {
        if (bytes.length <= limit || startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE)
                || startsWith(bytes, 0xFE, 0xFF)) {
            return null;
        }
        requireNoNul(bytes);
        int end = limit;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--; // a newline byte never sits inside a UTF-8 sequence
        }
        end = Math.min(end, afterFirstFence(bytes, end));
        String head = new String(bytes, 0, end, StandardCharsets.UTF_8);
        return end == 0 || head.indexOf('\uFFFD') >= 0 ? null : normalise(head);
    }

    /**
     * Where the first line below the first that holds only {@code ---}, {@code ...} or {@code +++} (with spaces or tabs
     * around) ends, its newline included, within bytes[0, end); end when there is none.
     */
    static int afterFirstFence(byte[] bytes, int end) {
        int line = lineEnd(bytes, 0, end) + 1;
        while (line < end) {
            int next = lineEnd(bytes, line, end);
            if (next < end && isFence(bytes, line, next)) {
                return next + 1;
            }
            line = next + 1;
        }
        return end;
    }

    /** Where the line starting at from ends (its newline), or end. */
    private static int lineEnd(byte[] bytes, int from, int end) {
        int i = from;
        while (i < end && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    /** Whether bytes[from, to) hold three of '-', '.' or '+' with only spaces or tabs before and also '\r' after. */
    private static boolean isFence(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        int j = to;
        while (j > i && (bytes[j - 1] == ' ' || bytes[j - 1] == '\t' || bytes[j - 1] == '\r')) {
            j--;
        }
        if (j - i != 3) {
            return false;
        }
        byte mark = bytes[i];
        return (mark == '-' || mark == '.' || mark == '+') && bytes[i + 1] == mark && bytes[i + 2] == mark;
    }

    private static void requireNoNul(byte[] bytes) throws NotTextException {
        // Text files never contain NUL bytes unless they are UTF-16/32, which carry a BOM.
        // Eight bytes at a time: (v - 0x01..01) & ~v & 0x80..80 is non-zero exactly when v holds a zero byte.
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            long v = (long) LONGS.get(bytes, i);
            if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotTextException("not a text file (contains NUL bytes)");
            }
        }
    }

    private String decodeRaw(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        requireNoNul(bytes);
        // The String constructor is several times faster than a CharsetDecoder but replaces bad bytes
        // with U+FFFD: only when that character shows up is the strict check needed.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, detect(bytes));
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK")) {
            return FALLBACK; // GB18030 is a superset of both
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unsupported) {
            return FALLBACK;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** '\n' line endings, no invisible control characters, and composed characters (NFC, see {@link ComposedText}). */
    static String normalise(String text) {
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return ComposedText.of(withoutInvisibleControls(lines));
    }

    /**
     * The text without C0 and C1 control characters other than the white space markdown knows (tab, line feed,
     * vertical tab, form feed; carriage returns are gone by now) and without DEL; the same text when it has none.
     */
    static String withoutInvisibleControls(String text) {
        int first = 0;
        while (first < text.length() && !isInvisibleControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isInvisibleControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isInvisibleControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }
}
