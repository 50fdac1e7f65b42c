package dev.lectern.render;

import dev.lectern.model.CjkScript;

/** Counts over article text: CJK characters, Latin words, reading time, and the language guessed from script. */
final class TextStats {

    private static final int CJK_PER_MINUTE = 400;
    /**
     * Hangul syllables a minute, read silently: Rhiu et al. (2017), "Korean Version Self-testing Application for
     * Reading Speed", Korean J Ophthalmol 31(3), measured 202 ± 88 words (eojeol) a minute for silent reading, and
     * Korean prose has about 3 syllables a word (3.1 in a long Korean article of the tests' library): about 600.
     */
    private static final int HANGUL_PER_MINUTE = 600;
    private static final int WORDS_PER_MINUTE = 200;

    private int han;
    private int kana;
    private int hangul;
    private int words;
    private int simplified;
    private int traditional;

    private TextStats() {
    }

    static TextStats of(String text) {
        TextStats stats = new TextStats();
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean cjk = true;
            switch (script) {
                case HAN -> {
                    stats.han++;
                    stats.simplified += HanForms.simplifiedOnly(cp) ? 1 : 0;
                    stats.traditional += HanForms.traditionalOnly(cp) ? 1 : 0;
                }
                case HIRAGANA, KATAKANA -> stats.kana++;
                case HANGUL -> stats.hangul++;
                default -> cjk = false;
            }
            boolean wordChar = !cjk && Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                stats.words++;
            }
            inWord = wordChar;
        }
        return stats;
    }

    static boolean isCjk(int codePoint) {
        return CjkScript.isLetter(codePoint);
    }

    int cjkCharacters() {
        return han + kana + hangul;
    }

    int latinWords() {
        return words;
    }

    /**
     * Whole minutes, at least one (none for a text without a word): about 400 Han and kana characters, 600 Hangul
     * syllables and 200 other words a minute.
     */
    int readingMinutes() {
        if (cjkCharacters() == 0 && words == 0) {
            return 0;
        }
        double minutes = (double) (han + kana) / CJK_PER_MINUTE + (double) hangul / HANGUL_PER_MINUTE
                + (double) words / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.round(minutes));
    }

    /**
     * "ko" when Hangul clearly outnumbers kana (three times: a Korean article with one Japanese sentence stays Korean),
     * makes at least a fifth of the Han (Korean mixed with many Hanja, 大韓民國은 民主共和國이다, stays Korean; Chinese
     * notes quoting a Korean word stay Chinese) and is not a sprinkle in Latin prose, however short the text;
     * "ja" when kana make a tenth of the Han and kana (Chinese notes quoting a Japanese line stay Chinese) and the
     * CJK text is not a sprinkle in Latin prose (an English post naming a key 変換 stays English);
     * "zh-Hant" for Han text written in Traditional characters (這, 們: at least 5, three times those only Simplified
     * writes), so that a Taiwan or Hong Kong blog is set in Traditional fonts, its punctuation centred; "zh-CN" for other
     * Han text, else "en".
     */
    String guessLang() {
        if (hangul > 0 && hangul >= 3 * kana && hangul * 4 >= han && hangul * 4 >= words) {
            return "ko";
        }
        if (kana > 0 && kana * 10 >= han + kana && (han + kana) * 4 >= words) {
            return "ja";
        }
        if (han > 0 && han * 4 >= words) {
            return traditional >= 5 && traditional > 3 * simplified ? "zh-Hant" : "zh-CN";
        }
        return "en";
    }

    /** The language for {@code <html lang>}: the article's own when it names one ("zh" is read as zh-CN). */
    static String pageLang(String declared, TextStats stats) {
        if (declared == null || declared.isBlank()) {
            return stats.guessLang();
        }
        String lang = declared.strip().replace('_', '-');
        return lang.equalsIgnoreCase("zh") ? "zh-CN" : lang;
    }
}
