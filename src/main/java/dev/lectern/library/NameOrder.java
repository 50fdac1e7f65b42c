package dev.lectern.library;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The order of names (tags, titles) as a Chinese reader sorts them: Chinese by pinyin, interleaved alphabetically with
 * Latin names (安全 &lt; Bash &lt; 编程 &lt; 测试 &lt; zsh), accents and case ignored, full-width letters as their
 * ASCII forms; Japanese kana by their reading (katakana as hiragana, in gojūon order, after the Latin and pinyin
 * names); a Japanese name of kana and kanji by its reading from Kuromoji's dictionary (読書ノート as どくしょのーと), a
 * name of kanji alone (Chinese or Japanese: it cannot be told) by pinyin. Pinyin is phrase-aware (重庆
 * chongqing, 银行 yinhang). Each name's key is worked out once and kept (up to {@value #CACHE_LIMIT} names): a
 * comparison only looks keys up. Safe from several threads.
 */
public final class NameOrder {

    /** Keys kept; past this a key is recomputed per call, still correct. */
    static final int CACHE_LIMIT = 250_000;
    /** Ends a pinyin syllable: below every letter, so 巴士 (ba shi) sorts before bash, as a dictionary does. */
    private static final char SYLLABLE_END = '\u0001';
    /** Characters of a name looked at; a longer name sorts by its start. */
    private static final int MAX_CHARS = 200;

    private final Map<String, String> keys = new ConcurrentHashMap<>();

    /** The collation key of a name: compare keys with {@link String#compareTo}. */
    public String key(String name) {
        if (name == null) {
            return "";
        }
        String cached = keys.get(name);
        if (cached != null) {
            return cached;
        }
        String key = compute(name);
        if (keys.size() < CACHE_LIMIT) {
            keys.put(name, key);
        }
        return key;
    }

    /**
     * Works out the keys of these names now (call it off the UI thread after a library loads), so that the first sort
     * by name only looks them up: the phrase-aware pinyin of 100,000 titles takes seconds.
     */
    public void prepare(Iterable<String> names) {
        for (String name : names) {
            key(name);
        }
    }

    /** Orders things by their names in this order; ties by the name ignoring case, then as written. */
    public <T> Comparator<T> comparing(Function<T, String> name) {
        return Comparator.comparing((T item) -> key(name.apply(item)))
                .thenComparing(item -> String.valueOf(name.apply(item)), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(item -> String.valueOf(name.apply(item)));
    }

    /** The tag tree with each level sorted by name in this order (instead of by count). */
    public List<TagNode> byName(List<TagNode> nodes) {
        List<TagNode> sorted = new ArrayList<>(nodes.size());
        for (TagNode node : nodes) {
            sorted.add(node.children().isEmpty() ? node
                    : new TagNode(node.ref(), node.label(), node.total(), byName(node.children())));
        }
        sorted.sort(comparing(TagNode::label));
        return List.copyOf(sorted);
    }

    private static String compute(String name) {
        String text = name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name;
        if (JapaneseReading.applies(text)) {
            String read = JapaneseReading.of(text);
            text = read != null ? read : text;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder key = new StringBuilder(plain.length() * 3);
        int i = 0;
        while (i < plain.length()) {
            char c = plain.charAt(i);
            if (isHan(c)) {
                int end = i;
                while (end < plain.length() && isHan(plain.charAt(end))) {
                    end++;
                }
                appendPinyin(plain.substring(i, end), key);
                i = end;
            } else {
                key.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : Character.toLowerCase(c));
                i++;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static void appendPinyin(String run, StringBuilder key) {
        String pinyin = PinyinHelper.toPinyin(run, PinyinStyleEnum.NORMAL).toLowerCase(Locale.ROOT).strip();
        String[] syllables = pinyin.split("\\s+");
        if (syllables.length != run.length()) {
            // not one syllable per character (an unknown character): keep the characters, after every letter
            key.append(run);
            return;
        }
        for (int k = 0; k < syllables.length; k++) {
            boolean letters = !syllables[k].isEmpty() && syllables[k].chars().allMatch(ch -> ch >= 'a' && ch <= 'z');
            key.append(letters ? syllables[k] : String.valueOf(run.charAt(k))).append(SYLLABLE_END);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
