package dev.lectern.library;

import dev.lectern.model.Article;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable index over a list of articles; article i = position i in the list passed to build.
 * Tags are merged ignoring case and shown in their most common spelling. Each node keeps the
 * sorted positions of its articles (itself and all descendants): far smaller than a BitSet per
 * node for the many rare tags of a large library, and {@link #count} walks them without allocating.
 */
public final class TagIndex {

    /** The articles of one node and its display name. */
    record Entry(int[] members, String displayName) {
    }

    /**
     * How the kanji-only labels read: each such node's articles, in sum, Japanese (+1), Chinese (-1) or neither (0);
     * the library's articles in sum likewise.
     */
    record Readings(IdentityHashMap<TagRef, Integer> nodes, int library) {
    }

    private final int size;
    private final Map<Facet, List<TagNode>> roots;
    private final Map<String, Entry> byKey;
    private final Map<TagRef, Entry> byNodeRef;
    private final BitSet untagged;
    /** Each translated article's group of versions, itself among them. */
    private final Map<dev.lectern.model.ArticleId, List<Translation>> translations;
    private final Readings readings;

    TagIndex(int size, Map<Facet, List<TagNode>> roots, Map<String, Entry> byKey,
             IdentityHashMap<TagRef, Entry> byNodeRef, BitSet untagged,
             Map<dev.lectern.model.ArticleId, List<Translation>> translations, Readings readings) {
        this.size = size;
        this.readings = readings;
        this.translations = translations;
        this.roots = Map.copyOf(roots);
        this.byKey = Map.copyOf(byKey);
        this.byNodeRef = byNodeRef;
        this.untagged = untagged;
    }

    /** Builds the index; the list is read once and not kept. */
    public static TagIndex build(List<Article> articles) {
        return new TagTreeBuilder(articles).build();
    }

    /** The article's versions in the library's other languages (none in a library in one language). */
    public List<Translation> translationsOf(dev.lectern.model.ArticleId article) {
        return translations.getOrDefault(article, List.of()).stream().filter(t -> !t.article().equals(article)).toList();
    }

    /**
     * Whether a node's label of kanji alone (小説, 日常) is read as Japanese when tags are sorted by name: yes when
     * most of its articles are Japanese (front matter's lang, kana in the title), no when most are Chinese; where its
     * articles do not tell, as the library's articles as a whole, and where they do not either, as the caller says
     * (the interface's language). False for any other label: kana are read as kana whatever the library.
     */
    public boolean readsJapanese(TagRef ref, boolean otherwise) {
        Integer vote = readings.nodes().get(ref);
        if (vote == null) {
            return false;
        }
        int decided = vote != 0 ? vote : readings.library();
        return decided != 0 ? decided > 0 : otherwise;
    }

    /** The number of articles indexed. */
    public int size() {
        return size;
    }

    /** Top-level nodes of a facet, sorted by total (descending), then label ignoring case. */
    public List<TagNode> roots(Facet facet) {
        return roots.getOrDefault(facet, List.of());
    }

    /** Articles having the tag or one of its descendants (segments compared ignoring case); a copy, empty if unknown. */
    public BitSet articlesWith(TagRef ref) {
        BitSet result = new BitSet(size);
        Entry entry = entry(ref);
        if (entry != null) {
            for (int member : entry.members()) {
                result.set(member);
            }
        }
        return result;
    }

    /** Articles without any tag (categories do not count); a copy. */
    public BitSet untagged() {
        return (BitSet) untagged.clone();
    }

    /** How many articles in {@code within} have the tag (or a descendant); allocates nothing for nodes of this index. */
    public int count(TagRef ref, BitSet within) {
        Entry entry = entry(ref);
        if (entry == null) {
            return 0;
        }
        int limit = within.length();
        int count = 0;
        for (int member : entry.members()) {
            if (member >= limit) {
                break;
            }
            if (within.get(member)) {
                count++;
            }
        }
        return count;
    }

    /** The full path in its most common spelling, e.g. "Lang/Java"; the ref's own text if unknown. */
    public String displayName(TagRef ref) {
        Entry entry = entry(ref);
        return entry == null ? ref.path().toString() : entry.displayName();
    }

    private Entry entry(TagRef ref) {
        Entry entry = byNodeRef.get(ref);
        return entry != null ? entry : byKey.get(TagTreeBuilder.key(ref.facet(), ref.path().segments()));
    }
}
