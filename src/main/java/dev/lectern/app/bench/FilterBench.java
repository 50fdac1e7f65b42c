package dev.lectern.app.bench;

import dev.lectern.library.Facet;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Does what the UI does on each filter change: combines the sets of 1 to 3 random tags (all-of or
 * any-of), intersects with a text-match set, counts the read states of what that lets through and keeps
 * one of them (or all), builds the visible list in index order, and counts every node of both trees
 * within the result. Returns the time of each change in nanoseconds.
 */
final class FilterBench {

    private static final List<String> QUERIES = List.of("", "java", "chrome", "的", "api");

    private final List<Article> articles;
    private final TagIndex index;
    private final List<TagNode> nodes = new ArrayList<>();
    private final Map<String, BitSet> textMatches = new HashMap<>();
    /** A read state per article (ordinal of unread, in progress, read), as the UI's filter keeps them. */
    private final byte[] readStates;
    /** Keeps the results alive so the JIT cannot drop the work. */
    long sink;

    FilterBench(List<Article> articles, TagIndex index) {
        this.articles = articles;
        this.index = index;
        for (Facet facet : Facet.values()) {
            collect(index.roots(facet));
        }
        readStates = new byte[articles.size()];
        Random random = new Random(articles.size());
        for (int i = 0; i < readStates.length; i++) {
            readStates[i] = (byte) random.nextInt(3);
        }
    }

    int nodeCount() {
        return nodes.size();
    }

    /** Runs the given number of filter changes; returns sorted durations in nanoseconds. */
    long[] run(int changes, long seed) {
        Random random = new Random(seed);
        long[] times = new long[changes];
        long checksum = 0;
        for (int i = 0; i < changes; i++) {
            String query = QUERIES.get(random.nextInt(QUERIES.size()));
            List<TagRef> tags = new ArrayList<>();
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                tags.add(nodes.get(random.nextInt(nodes.size())).ref());
            }
            boolean allOf = random.nextBoolean();
            int readState = random.nextInt(4) - 1;
            long start = System.nanoTime();
            BitSet filter = byReadState(filter(tags, allOf, query), readState);
            List<Article> visible = new ArrayList<>(filter.cardinality());
            for (int a = filter.nextSetBit(0); a >= 0; a = filter.nextSetBit(a + 1)) {
                visible.add(articles.get(a));
            }
            int counted = 0;
            for (TagNode node : nodes) {
                counted += index.count(node.ref(), filter);
            }
            times[i] = System.nanoTime() - start;
            checksum += visible.size() + counted;
        }
        sink += checksum;
        Arrays.sort(times);
        return times;
    }

    private BitSet filter(List<TagRef> tags, boolean allOf, String query) {
        BitSet result = null;
        for (TagRef tag : tags) {
            BitSet with = index.articlesWith(tag);
            if (result == null) {
                result = with;
            } else if (allOf) {
                result.and(with);
            } else {
                result.or(with);
            }
        }
        result.and(textMatch(query));
        return result;
    }

    /** Counts the read states of the candidates, then keeps those in the given state (-1: all). */
    private BitSet byReadState(BitSet candidates, int state) {
        int[] counts = new int[3];
        BitSet kept = new BitSet(readStates.length);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            counts[readStates[i]]++;
            if (readStates[i] == state) {
                kept.set(i);
            }
        }
        sink += counts[0];
        return state < 0 ? candidates : kept;
    }

    /** The articles whose title contains the query, computed once per query as the UI keeps it while only tags change. */
    private BitSet textMatch(String query) {
        return textMatches.computeIfAbsent(query, q -> {
            BitSet matches = new BitSet(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).title().toLowerCase(Locale.ROOT).contains(q)) {
                    matches.set(i);
                }
            }
            return matches;
        });
    }

    private void collect(List<TagNode> level) {
        for (TagNode node : level) {
            nodes.add(node);
            collect(node.children());
        }
    }
}
