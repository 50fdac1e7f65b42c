package dev.lectern.library;

import dev.lectern.model.LoadOnce;
import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The reading of a Japanese name in hiragana, from Kuromoji's dictionary (読書ノート → どくしょのーと); words it has no
 * reading for stay as written. Only names with kana are taken for Japanese: a name of kanji alone may be Chinese.
 */
final class JapaneseReading {

    /** Tokenizers hold state: one per thread, made on first use (the dictionary loads once, lazily). */
    private static final ThreadLocal<JapaneseTokenizer> TOKENIZER =
            ThreadLocal.withInitial(() -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));

    /** Kuromoji's dictionaries, loaded once on a thread nothing interrupts ({@link LoadOnce}); furigana load them too. */
    static final String KUROMOJI = "kuromoji";

    private JapaneseReading() {
    }

    private static void loadDictionaries() {
        new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL); // its constructor loads them
    }

    /** True for a name with both kana and kanji, whose kanji are read the Japanese way. */
    static boolean applies(String name) {
        boolean kana = false;
        boolean han = false;
        for (int i = 0; i < name.length() && !(kana && han); i++) {
            char c = name.charAt(i);
            kana |= c >= '\u3041' && c <= '\u3096' || c >= '\u30A1' && c <= '\u30FA';
            han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        return kana && han;
    }

    /** The name as read, katakana turned into hiragana; null when the analyser fails (the caller then keeps its key). */
    static String of(String name) {
        LoadOnce.await(KUROMOJI, JapaneseReading::loadDictionaries);
        JapaneseTokenizer tokenizer = TOKENIZER.get();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        StringBuilder out = new StringBuilder(name.length() * 2);
        try {
            tokenizer.setReader(new StringReader(name));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String read = reading.getReading();
                out.append(read != null ? read : term.toString());
            }
            tokenizer.end();
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // nothing was opened: a StringReader
            }
        }
        StringBuilder hiragana = new StringBuilder(out.length());
        out.chars().forEach(c -> hiragana.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : (char) c));
        return hiragana.toString();
    }
}
