package dev.lectern.search;

import dev.lectern.model.CjkScript;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The simplified and traditional forms of a Chinese text (线程 ⇄ 線程), converted phrase by phrase by OpenCC's
 * dictionaries (opencc4j). The dictionaries load on first use, which takes a second or more: call {@link #warmUp}
 * off the UI thread first.
 */
final class ChineseVariants {

    private ChineseVariants() {
    }

    /** The text and its other forms, each once, the text first; the text alone when it holds no Han character. */
    static List<String> of(String text) {
        if (!hasHan(text)) {
            return List.of(text);
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(text);
        forms.add(ZhConverterUtil.toSimple(text));
        forms.add(ZhConverterUtil.toTraditional(text));
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
