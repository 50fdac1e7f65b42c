package dev.lectern.render;

import dev.lectern.model.CjkScript;

/** Counts over article text: CJK characters, Latin words, reading time, and the language guessed from script. */
final class TextStats {

    private static final int CJK_PER_MINUTE = 400;
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

    /** Whole minutes, at least one (none for a text without a word): about 400 CJK characters and 200 other words a minute. */
    int readingMinutes() {
        if (cjkCharacters() == 0 && words == 0) {
            return 0;
        }
        double minutes = (double) cjkCharacters() / CJK_PER_MINUTE + (double) words / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.round(minutes));
    }

    /**
     * "ja" when kana make a tenth of the Han and kana (Chinese notes quoting a Japanese line stay Chinese) and the
     * CJK text is not a sprinkle in Latin prose (an English post naming a key 変換 stays English), "ko" for Hangul,
     * "zh-Hant" for Han text written in Traditional characters (這, 們: at least 5, three times those only Simplified
     * writes), so that a Taiwan or Hong Kong blog is set in Traditional fonts, its punctuation centred; "zh-CN" for other
     * Han text, else "en".
     */
    String guessLang() {
        if (kana > 0 && kana * 10 >= han + kana && (han + kana) * 4 >= words) {
            return "ja";
        }
        if (hangul > han && hangul > 20) {
            return "ko";
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
