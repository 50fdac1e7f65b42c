package dev.lectern.model;

/**
 * The one definition of Chinese, Japanese and Korean script that the library, the page and the search index share:
 * which characters are CJK letters, and between which characters a line break is no space ("中文。\n句子" reads
 * "中文。句子" on the page, in the index and in the text highlights are anchored in).
 */
public final class CjkScript {

    /** The katakana-hiragana prolonged sound mark, which Unicode files under no single script. */
    private static final int PROLONGED_SOUND = 'ー';

    private CjkScript() {
    }

    /** A Han, Hiragana, Katakana or Hangul letter (what counts as a CJK character). */
    public static boolean isLetter(int codePoint) {
        if (codePoint < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || codePoint == PROLONGED_SOUND;
    }

    /** A Han character (what has a pinyin reading and a simplified or traditional form). */
    public static boolean isHan(int codePoint) {
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** CJK punctuation (、。「」) or a full-width form (，！：). */
    public static boolean isPunctuation(int codePoint) {
        return codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
    }

    /** Whether a line break between two characters of this kind is dropped rather than read as a space. */
    public static boolean joinsLines(int codePoint) {
        return isLetter(codePoint) || isPunctuation(codePoint);
    }

    /** The text with every line break (and the spaces or tabs around it) between two joining characters removed. */
    public static String joinLines(String text) {
        StringBuilder joined = null;
        int copied = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            int before = newline;
            while (before > 0 && isBlank(text.charAt(before - 1))) {
                before--;
            }
            int after = newline + 1;
            while (after < text.length() && isBlank(text.charAt(after))) {
                after++;
            }
            if (before > 0 && after < text.length() && joinsLines(text.codePointBefore(before))
                    && joinsLines(text.codePointAt(after))) {
                joined = joined == null ? new StringBuilder(text.length()) : joined;
                joined.append(text, copied, before);
                copied = after;
            }
        }
        return joined == null ? text : joined.append(text, copied, text.length()).toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
