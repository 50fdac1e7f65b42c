package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.TagPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a TagIndex: one tree per facet, nodes merged ignoring case, labelled by their most common spelling. */
final class TagTreeBuilder {

    private static final Comparator<TagNode> NODE_ORDER = Comparator.comparingInt(TagNode::total).reversed()
            .thenComparing(TagNode::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TagNode::label);

    /** A node while the tree grows. */
    private static final class Growing {
        final Map<String, Integer> spellings = new HashMap<>();
        final Map<String, Growing> children = new LinkedHashMap<>();
        int[] members = new int[2];
        int count;

        void add(int article, String spelling) {
            if (count > 0 && members[count - 1] == article) {
                return;
            }
            if (count == members.length) {
                members = Arrays.copyOf(members, count * 2);
            }
            members[count++] = article;
            spellings.merge(spelling, 1, Integer::sum);
        }

        /** Most common spelling; ties go to the alphabetically first. */
        String label() {
            return spellings.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
        }
    }

    private final List<Article> articles;
    private final Map<String, TagIndex.Entry> byKey = new HashMap<>();
    private final IdentityHashMap<TagRef, TagIndex.Entry> byNodeRef = new IdentityHashMap<>();
    /** Labels repeat across articles: each is parsed once per facet. */
    private final Map<Facet, Map<String, Chain>> chains = new EnumMap<>(Facet.class);
    /** Each article's language for its tags' reading (JapaneseTags.vote), and each kanji-only node's sum of them. */
    private final byte[] votes;
    private final IdentityHashMap<TagRef, Integer> nodeVotes = new IdentityHashMap<>();

    TagTreeBuilder(List<Article> articles) {
        this.articles = articles;
        this.votes = new byte[articles.size()];
    }

    TagIndex build() {
        Map<Facet, Growing> trees = new EnumMap<>(Facet.class);
        BitSet untagged = new BitSet(articles.size());
        ArticleLanguages.Found found = new ArticleLanguages().of(articles);
        String[] languages = found.names();
        int libraryVote = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            votes[i] = (byte) JapaneseTags.vote(article);
            libraryVote += votes[i];
            if (add(Facet.TAG, trees.computeIfAbsent(Facet.TAG, f -> new Growing()), article.tags(), i) == 0) {
                untagged.set(i);
            }
            add(Facet.CATEGORY, trees.computeIfAbsent(Facet.CATEGORY, f -> new Growing()), article.categories(), i);
            if (languages[i] != null) {
                add(Facet.LANGUAGE, trees.computeIfAbsent(Facet.LANGUAGE, f -> new Growing()), List.of(languages[i]), i);
            }
        }
        Map<Facet, List<TagNode>> roots = new EnumMap<>(Facet.class);
        trees.forEach((facet, tree) -> roots.put(facet, children(facet, tree, List.of(), List.of())));
        return new TagIndex(articles.size(), roots, byKey, byNodeRef, untagged, translations(found),
                new TagIndex.Readings(nodeVotes, Integer.signum(libraryVote)));
    }

    /**
     * Each article's group of versions: the articles whose paths differ from its own only in their language, shared
     * by the group (at most {@value #MOST_VERSIONS}: a library of thousands of made-up language folders stays small).
     */
    private Map<ArticleId, List<Translation>> translations(ArticleLanguages.Found found) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            if (found.siblings()[i] != null && found.names()[i] != null) {
                groups.computeIfAbsent(found.siblings()[i], k -> new ArrayList<>(2)).add(i);
            }
        }
        Map<ArticleId, List<Translation>> versions = new HashMap<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1) {
                List<Translation> all = group.stream().limit(MOST_VERSIONS)
                        .map(j -> new Translation(articles.get(j).id(), found.names()[j])).toList();
                group.forEach(i -> versions.put(articles.get(i).id(), all));
            }
        }
        return versions;
    }

    private static final int MOST_VERSIONS = 200;

    private int add(Facet facet, Growing tree, List<String> labels, int article) {
        Map<String, Chain> known = chains.computeIfAbsent(facet, f -> new HashMap<>());
        int added = 0;
        for (String label : labels) {
            Chain chain = known.computeIfAbsent(label, l -> chain(tree, l));
            for (int i = 0; i < chain.nodes().length; i++) {
                chain.nodes()[i].add(article, chain.spellings()[i]);
            }
            added += chain.nodes().length == 0 ? 0 : 1;
        }
        return added;
    }

    /** The nodes a label passes through, from the top level down, with the spelling of each segment. */
    private record Chain(Growing[] nodes, String[] spellings) {
    }

    private static Chain chain(Growing tree, String label) {
        TagPath path = TagPath.parse(label);
        if (path == null) {
            return new Chain(new Growing[0], new String[0]);
        }
        Growing[] nodes = new Growing[path.depth()];
        Growing node = tree;
        for (int i = 0; i < nodes.length; i++) {
            node = node.children.computeIfAbsent(path.segments().get(i).toLowerCase(Locale.ROOT), s -> new Growing());
            nodes[i] = node;
        }
        return new Chain(nodes, path.segments().toArray(new String[0]));
    }

    private List<TagNode> children(Facet facet, Growing parent, List<String> keyPath, List<String> labelPath) {
        List<TagNode> nodes = new ArrayList<>(parent.children.size());
        parent.children.forEach((segmentKey, child) -> {
            List<String> keys = append(keyPath, segmentKey);
            List<String> labels = append(labelPath, child.label());
            TagRef ref = new TagRef(facet, new TagPath(labels));
            TagIndex.Entry entry = new TagIndex.Entry(Arrays.copyOf(child.members, child.count), String.join("/", labels));
            byKey.put(key(facet, keys), entry);
            byNodeRef.put(ref, entry);
            if (JapaneseTags.kanjiOnly(child.label())) {
                int vote = 0;
                for (int k = 0; k < child.count; k++) {
                    vote += votes[child.members[k]];
                }
                nodeVotes.put(ref, Integer.signum(vote));
            }
            nodes.add(new TagNode(ref, child.label(), child.count, children(facet, child, keys, labels)));
        });
        nodes.sort(NODE_ORDER);
        return List.copyOf(nodes);
    }

    private static List<String> append(List<String> list, String item) {
        List<String> result = new ArrayList<>(list);
        result.add(item);
        return result;
    }

    /** The lookup key of a path: facet and lower-cased segments. */
    static String key(Facet facet, List<String> segments) {
        StringBuilder key = new StringBuilder(facet.name());
        for (String segment : segments) {
            key.append('/').append(segment.strip().toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
