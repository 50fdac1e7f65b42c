package dev.lectern.search;

import dev.lectern.model.CjkScript;
import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pinyin keys of a short text (a title, tag or author) that a reader may type instead of its Chinese: for every
 * run of Han characters, the full pinyin and the initials from each syllable on ({@code 线程池} → xianchengchi,
 * chengchi, chi, xcc, cc, c), so that looking a typed text up as a key prefix finds it wherever it starts in the run.
 * Phrase-aware (银行 yinhang, 重庆 chongqing) through the houbb pinyin library, whose dictionaries load on first use.
 * Keeps the keys of the texts it has seen (tags and authors repeat across articles); safe from several threads.
 */
final class Pinyin {

    /** Syllables beyond this in one run are not keyed: a bound on the keys of a long title. */
    private static final int MAX_SYLLABLES = 24;
    /** Tags and authors repeat across articles: their keys are worked out once. */
    private static final int CACHE_LIMIT = 50_000;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /** The keys of a text; none when it holds no Han character. */
    List<String> keys(String text) {
        if (text == null || !ChineseVariants.hasHan(text)) {
            return List.of();
        }
        List<String> cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        List<String> keys = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isHan(text.charAt(end))) {
                end++;
            }
            addRun(text.substring(i, end), keys);
            i = end;
        }
        List<String> result = List.copyOf(keys);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(text, result);
        }
        return result;
    }

    /** Loads the dictionaries. */
    void warmUp() {
        keys("线程池");
    }

    private static void addRun(String run, List<String> keys) {
        String[] syllables = PinyinHelper.toPinyin(run, PinyinStyleEnum.NORMAL).toLowerCase(Locale.ROOT).strip().split("\\s+");
        int count = Math.min(syllables.length, MAX_SYLLABLES);
        for (int from = 0; from < count; from++) {
            StringBuilder full = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            for (int k = from; k < count; k++) {
                if (!syllables[k].isEmpty()) {
                    full.append(syllables[k]);
                    initials.append(syllables[k].charAt(0));
                }
            }
            if (full.length() > 0) {
                keys.add(full.toString());
                keys.add(initials.toString());
            }
        }
    }

    private static boolean isHan(char c) {
        return CjkScript.isHan(c);
    }

    /** Whether a typed text could be pinyin: ASCII letters only, at least two. */
    static boolean couldBe(String folded) {
        if (folded.length() < 2) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
