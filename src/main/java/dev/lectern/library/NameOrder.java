package dev.lectern.library;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The order of names (tags, titles) as a Chinese reader sorts them: Chinese by pinyin, interleaved alphabetically with
 * Latin names (安全 &lt; Bash &lt; 编程 &lt; 测试 &lt; zsh), accents and case ignored, full-width letters as their
 * ASCII forms; Japanese kana by their reading (katakana as hiragana, in gojūon order, after the Latin and pinyin
 * names); a Japanese name of kana and kanji by its reading from Kuromoji's dictionary (読書ノート as どくしょのーと), a
 * name of kanji alone by pinyin, or by its Japanese reading when the caller knows it is Japanese (小説 as しょうせつ:
 * {@link TagIndex#readsJapanese}). Kana sort in gojūon order as a Japanese dictionary sorts them: voiced and small kana
 * as their plain forms (が as か, ょ as よ), the long-vowel mark as the vowel it lengthens (ファンタジー as ふあんたしい).
 * Pinyin is phrase-aware (重庆 chongqing, 银行 yinhang). Each name's key is worked out once and kept (up to
 * {@value #CACHE_LIMIT} names): a comparison only looks keys up. Safe from several threads.
 */
public final class NameOrder {

    /** Keys kept; past this a key is recomputed per call, still correct. */
    static final int CACHE_LIMIT = 250_000;
    /** Ends a pinyin syllable: below every letter, so 巴士 (ba shi) sorts before bash, as a dictionary does. */
    private static final char SYLLABLE_END = '\u0001';
    /** Characters of a name looked at; a longer name sorts by its start. */
    private static final int MAX_CHARS = 200;
    /** The vowel of each hiragana from ぁ (U+3041) to ゖ (U+3096): what a long-vowel mark after it stands for. */
    private static final String VOWELS = "ああいいううええおおああいいううええおおああいいううええおおああいいうううええおおあいうえおあああいいいうううえええおおおあいうえおああううおおあいうえおああいえおんうあえ";
    /** Small kana and the plain kana they are sorted as. */
    private static final String SMALL = "ぁぃぅぇぉっゃゅょゎゕゖ";
    private static final String PLAIN = "あいうえおつやゆよわかけ";

    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** The keys of kanji-only names read the Japanese way (the others are the same either way). */
    private final Map<String, String> japaneseKeys = new ConcurrentHashMap<>();

    /** The collation key of a name: compare keys with {@link String#compareTo}. */
    public String key(String name) {
        return key(name, false);
    }

    /**
     * The collation key of a name, a name of kanji alone read as Japanese when {@code japanese} (恋愛 as れんあい, not
     * lian'ai); every other name has the same key either way.
     */
    public String key(String name, boolean japanese) {
        if (name == null) {
            return "";
        }
        String cached = japanese ? japaneseKeys.get(name) : null;
        if (cached != null) {
            return cached;
        }
        // asked the Japanese way, a name with kana or without kanji reads the same either way: its plain key
        Map<String, String> cache = japanese && JapaneseTags.kanjiOnly(cut(name)) ? japaneseKeys : keys;
        cached = cache == keys ? keys.get(name) : null;
        if (cached != null) {
            return cached;
        }
        String key = compute(name, cache == japaneseKeys);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(name, key);
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

    /** The tag tree with each level sorted by name in this order (instead of by count), kanji-only labels by pinyin. */
    public List<TagNode> byName(List<TagNode> nodes) {
        return byName(nodes, node -> false);
    }

    /**
     * The tag tree with each level sorted by name in this order, the kanji-only labels of the nodes {@code japanese}
     * accepts by their Japanese reading and the others by pinyin.
     */
    public List<TagNode> byName(List<TagNode> nodes, Predicate<TagNode> japanese) {
        List<TagNode> sorted = new ArrayList<>(nodes.size());
        for (TagNode node : nodes) {
            sorted.add(node.children().isEmpty() ? node
                    : new TagNode(node.ref(), node.label(), node.total(), byName(node.children(), japanese)));
        }
        Map<TagNode, String> nodeKeys = new IdentityHashMap<>(sorted.size() * 2);
        sorted.forEach(node -> nodeKeys.put(node, key(node.label(), japanese.test(node))));
        sorted.sort(Comparator.comparing((TagNode node) -> nodeKeys.get(node))
                .thenComparing(TagNode::label, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(TagNode::label));
        return List.copyOf(sorted);
    }

    /**
     * Works out the keys of a tag tree's labels now (off the UI thread after a library loads), each read as
     * {@code japanese} says, so that the first sort by name only looks them up.
     */
    public void prepare(List<TagNode> nodes, Predicate<TagNode> japanese) {
        for (TagNode node : nodes) {
            key(node.label(), japanese.test(node));
            prepare(node.children(), japanese);
        }
    }

    private static String cut(String name) {
        return name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name;
    }

    private static String compute(String name, boolean japanese) {
        String text = cut(name);
        if (JapaneseReading.applies(text) || japanese) {
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
                appendKana(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : Character.toLowerCase(c), key);
                i++;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** A character of the key, a kana as the dictionary sorts it: small as plain, the long-vowel mark as its vowel. */
    private static void appendKana(char c, StringBuilder key) {
        int small = SMALL.indexOf(c);
        if (small >= 0) {
            key.append(PLAIN.charAt(small));
        } else if (c == '\u30FC' && key.length() > 0 && key.charAt(key.length() - 1) >= '\u3041'
                && key.charAt(key.length() - 1) <= '\u3096') {
            key.append(VOWELS.charAt(key.charAt(key.length() - 1) - '\u3041'));
        } else {
            key.append(c);
        }
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
