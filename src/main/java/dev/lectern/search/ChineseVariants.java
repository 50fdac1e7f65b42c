package dev.lectern.search;

import dev.lectern.model.CjkScript;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The simplified and traditional forms of a Chinese text (线程 ⇄ 線程), and for a text in traditional characters the
 * simplified words of its Taiwan and Hong Kong ones and back (記憶體 → 内存, 執行緒 → 线程), converted phrase by
 * phrase by OpenCC's dictionaries (opencc4j). The dictionaries load on first use, which takes a second or more: call
 * {@link #warmUp} off the UI thread first.
 */
final class ChineseVariants {

    private ChineseVariants() {
    }

    /**
     * The text and its other forms, each once, the text first; the text alone when it holds no Han character. The
     * Taiwan and Hong Kong forms are those the reader is shown in those scripts (View › Chinese Script), so a word
     * typed as seen there finds the simplified articles that hold it; a query is converted once, never the index.
     * Their words (記憶體 for 内存, 效能 for 性能) are those of a text written in traditional characters only: a text
     * with none gets Taiwan's and Hong Kong's characters (里 → 裡), not their words, since a simplified 性能 turned into
     * 效能 found 绩效能力 (绩效|能力), and a simplified 效能 is a word of its own.
     */
    static List<String> of(String text) {
        if (!hasHan(text)) {
            return List.of(text);
        }
        boolean traditional = writtenTraditional(text);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(text);
        // each script's words through the simplified ones: 執行緒池 → 线程池 → 線程池 (an article in plain traditional)
        Set<String> simple = new LinkedHashSet<>();
        simple.add(ZhConverterUtil.toSimple(text));
        if (traditional) {
            simple.add(ZhTwConverterUtil.toSimple(text));
            simple.add(ZhHkConverterUtil.toSimple(text));
        }
        // and the simplified words no converter gives back: 乾燥 (as 干燥 is shown) left as it is, 乾 being simplified too
        simple.addAll(SimplifiedSpellings.of(text));
        forms.addAll(simple);
        for (String form : simple) {
            forms.add(ZhConverterUtil.toTraditional(form));
            if (traditional) {
                forms.add(ZhTwConverterUtil.toTraditional(form));
                forms.add(ZhHkConverterUtil.toTraditional(form));
            } else {
                String standard = ZhConverterUtil.toTraditional(form);
                forms.add(sameCharacters(form, ZhTwConverterUtil.toTraditional(form), standard));
                forms.add(sameCharacters(form, ZhHkConverterUtil.toTraditional(form), standard));
            }
        }
        forms.remove("");
        return List.copyOf(forms);
    }

    /** Whether the text holds a character only traditional Chinese writes (記, 內, 後), one with a simplified form. */
    static boolean writtenTraditional(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CjkScript.isHan(c) && !ZhConverterUtil.toSimple(String.valueOf(c)).equals(String.valueOf(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Taiwan or Hong Kong conversion of a simplified text with its characters kept and its words not: each character
     * of it that is a form of the simplified one at its place (裡 for 里), else the standard traditional one (性, not
     * the 效 of 效能); the standard conversion when a word changed the length (内存 → 記憶體).
     */
    private static String sameCharacters(String simplified, String converted, String standard) {
        int[] simple = simplified.codePoints().toArray();
        int[] local = converted.codePoints().toArray();
        int[] plain = standard.codePoints().toArray();
        if (local.length != simple.length || plain.length != simple.length) {
            return standard;
        }
        StringBuilder kept = new StringBuilder(converted.length());
        for (int i = 0; i < simple.length; i++) {
            boolean same = local[i] == simple[i] || ZhConverterUtil.toSimple(Character.toString(local[i]))
                    .equals(ZhConverterUtil.toSimple(Character.toString(simple[i])));
            kept.appendCodePoint(same ? local[i] : plain[i]);
        }
        return kept.toString();
    }

    /** Loads the dictionaries. */
    static void warmUp() {
        of("线程");
    }

    static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CjkScript.isHan(c)) {
                return true;
            }
        }
        return false;
    }
}
