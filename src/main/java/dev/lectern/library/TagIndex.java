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

    private final int size;
    private final Map<Facet, List<TagNode>> roots;
    private final Map<String, Entry> byKey;
    private final Map<TagRef, Entry> byNodeRef;
    private final BitSet untagged;
    /** Each translated article's group of versions, itself among them. */
    private final Map<dev.lectern.model.ArticleId, List<Translation>> translations;

    TagIndex(int size, Map<Facet, List<TagNode>> roots, Map<String, Entry> byKey,
             IdentityHashMap<TagRef, Entry> byNodeRef, BitSet untagged,
             Map<dev.lectern.model.ArticleId, List<Translation>> translations) {
        this.size = size;
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
