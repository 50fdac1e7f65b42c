package dev.lectern.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds tags by name as a quick "go to tag" box ranks them: a name that starts with the typed text first, then one
 * with a word starting with it, then one holding it anywhere, then one whose pinyin or initials start with it
 * (fbs → 分布式); shorter names first within each. Works out the pinyin of the names once, on first use.
 */
public final class TagNames {

    private final List<String> names;
    private final Pinyin pinyin = new Pinyin();
    private List<List<String>> keys;

    public TagNames(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The best matching names, at most limit. Call it off the UI thread: the first call works out the pinyin. */
    public synchronized List<String> find(String typed, int limit) {
        String needle = Snippets.fold(typed == null ? "" : typed.strip());
        if (needle.isEmpty()) {
            return List.of();
        }
        if (keys == null) {
            keys = new ArrayList<>(names.size());
            names.forEach(name -> keys.add(pinyin.keys(name)));
        }
        List<String> variants = ChineseVariants.of(needle);
        List<int[]> ranked = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int rank = rank(Snippets.fold(names.get(i)), keys.get(i), variants, needle);
            if (rank >= 0) {
                ranked.add(new int[] {rank, names.get(i).length(), i});
            }
        }
        ranked.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]).thenComparingInt(r -> r[2]));
        return ranked.stream().limit(limit).map(r -> names.get(r[2])).toList();
    }

    /** 0 starts the name, 1 starts a word of it, 2 lies in it, 3 starts its pinyin; -1 no match. */
    private static int rank(String name, List<String> pinyinKeys, List<String> variants, String needle) {
        int best = -1;
        for (String variant : variants) {
            int at = name.indexOf(variant);
            if (at == 0) {
                return 0;
            }
            if (at > 0) {
                int rank = Character.isLetterOrDigit(name.charAt(at - 1)) ? 2 : 1;
                best = best < 0 ? rank : Math.min(best, rank);
            }
        }
        if (best >= 0) {
            return best;
        }
        String lower = needle.toLowerCase(Locale.ROOT);
        for (String key : pinyinKeys) {
            if (key.startsWith(lower)) {
                return 3;
            }
        }
        return -1;
    }
}
