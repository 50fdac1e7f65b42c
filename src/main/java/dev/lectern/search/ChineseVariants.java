package dev.lectern.search;

import dev.lectern.model.CjkScript;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The simplified and traditional forms of a Chinese text (线程 ⇄ 線程), and its Taiwan and Hong Kong words (内存 ⇄
 * 記憶體, 线程 ⇄ 執行緒), converted phrase by phrase by OpenCC's dictionaries (opencc4j). The dictionaries load on
 * first use, which takes a second or more: call {@link #warmUp} off the UI thread first.
 */
final class ChineseVariants {

    private ChineseVariants() {
    }

    /**
     * The text and its other forms, each once, the text first; the text alone when it holds no Han character. The
     * Taiwan and Hong Kong forms are those the reader is shown in those scripts (View › Chinese Script), so a word
     * typed as seen there finds the simplified articles that hold it; a query is converted once, never the index.
     */
    static List<String> of(String text) {
        if (!hasHan(text)) {
            return List.of(text);
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(text);
        // each script's words through the simplified ones: 執行緒池 → 线程池 → 線程池 (an article in plain traditional)
        Set<String> simple = new LinkedHashSet<>(List.of(ZhConverterUtil.toSimple(text), ZhTwConverterUtil.toSimple(text),
                ZhHkConverterUtil.toSimple(text)));
        // and the simplified words no converter gives back: 乾燥 (as 干燥 is shown) left as it is, 乾 being simplified too
        simple.addAll(SimplifiedSpellings.of(text));
        forms.addAll(simple);
        for (String form : simple) {
            forms.add(ZhConverterUtil.toTraditional(form));
            forms.add(ZhTwConverterUtil.toTraditional(form));
            forms.add(ZhHkConverterUtil.toTraditional(form));
        }
        forms.remove("");
        return List.copyOf(forms);
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
