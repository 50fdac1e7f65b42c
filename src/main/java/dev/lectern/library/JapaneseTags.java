package dev.lectern.library;

import dev.lectern.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * Which language an article is written in, as far as its tags' order needs to know: a tag of kanji alone (小説, 日常,
 * 恋愛) is read しょうせつ, にちじょう, れんあい by a Japanese reader and xiǎoshuō, rìcháng, liàn'ài by a Chinese one, and
 * its characters cannot tell which. Its articles can: front matter's {@code lang}, else kana in the title (which a
 * Chinese title never has), else a character Japanese does not write (the simplified 线, 们, 说: none of JIS X 0208 or
 * Windows' Japanese code page). A title of kanji alone in shared forms (第一話, 東京物語) says nothing.
 */
final class JapaneseTags {

    /** Characters of a title or subtitle looked at. */
    private static final int MAX_CHARS = 200;
    private static final int HAN_FIRST = 0x4E00;
    private static final int HAN_LAST = 0x9FFF;
    /** The unified ideographs Japanese writes (windows-31j encodes them), made once on first use. */
    private static volatile BitSet japaneseHan;

    private JapaneseTags() {
    }

    /** +1 for an article in Japanese, -1 for one in Chinese, 0 when nothing in its metadata says. */
    static int vote(Article article) {
        String lang = article.lang();
        if (lang != null && lang.regionMatches(true, 0, "ja", 0, 2)) {
            return 1;
        }
        if (lang != null && lang.regionMatches(true, 0, "zh", 0, 2)) {
            return -1;
        }
        int title = vote(article.title());
        return title != 0 ? title : vote(article.subtitle());
    }

    /** +1 for a text with kana, -1 for one with a Chinese-only character and no kana, else 0. */
    static int vote(String text) {
        if (text == null) {
            return 0;
        }
        boolean chinese = false;
        BitSet japanese = null;
        for (int i = 0, n = Math.min(text.length(), MAX_CHARS); i < n; i++) {
            char c = text.charAt(i);
            if (c < '\u3041') {
                continue; // Latin, digits, punctuation: the most of most titles
            }
            if (isKana(c)) {
                return 1;
            }
            if (!chinese && c >= HAN_FIRST && c <= HAN_LAST) {
                japanese = japanese != null ? japanese : japaneseHan();
                chinese = !japanese.get(c - HAN_FIRST);
            }
        }
        return chinese ? -1 : 0;
    }

    /** True for a name with a kanji (or hanzi) and no kana: the names whose reading depends on the language. */
    static boolean kanjiOnly(String name) {
        boolean han = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isKana(c)) {
                return false;
            }
            han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        return han;
    }

    /** Hiragana or katakana, the long-vowel mark included; not the middle dot ・ that Chinese writes too. */
    static boolean isKana(char c) {
        return c >= '\u3041' && c <= '\u3096' || c >= '\u30A1' && c <= '\u30FA' || c == '\u30FC'
                || c >= '\u31F0' && c <= '\u31FF' || c >= '\uFF66' && c <= '\uFF9F';
    }

    private static BitSet japaneseHan() {
        BitSet set = japaneseHan;
        if (set == null) {
            CharsetEncoder jis = Charset.forName("windows-31j").newEncoder();
            set = new BitSet(HAN_LAST - HAN_FIRST + 1);
            for (int c = HAN_FIRST; c <= HAN_LAST; c++) {
                if (jis.canEncode((char) c)) {
                    set.set(c - HAN_FIRST);
                }
            }
            japaneseHan = set;
        }
        return set;
    }
}
