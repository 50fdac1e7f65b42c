package dev.lectern.app.bench;

import dev.lectern.library.Facet;
import dev.lectern.library.FilterEngine;
import dev.lectern.library.MatchMode;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs the list's real filter ({@link FilterEngine}, as the UI's view model does) on each change: 1 to 3 random tags
 * checked (all-of or any-of), a text query, a read state (or all), then counts every node of both trees within the
 * result. Returns the time of each change in nanoseconds.
 */
final class FilterBench {

    private static final List<String> QUERIES = List.of("", "java", "chrome", "的", "api");
    private static final ReadState[] STATES = ReadState.values();

    private final FilterEngine engine = new FilterEngine();
    private final List<TagNode> nodes = new ArrayList<>();
    /** Keeps the results alive so the JIT cannot drop the work. */
    long sink;

    FilterBench(List<Article> articles, TagIndex index) {
        for (Facet facet : Facet.values()) {
            collect(index.roots(facet));
        }
        Random random = new Random(articles.size());
        Map<ArticleId, ReadState> states = new HashMap<>();
        for (Article a : articles) {
            states.put(a.id(), STATES[random.nextInt(STATES.length)]);
        }
        engine.setReadStates(states::get);
        engine.setLibrary(articles, index);
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
            int readState = random.nextInt(STATES.length + 1) - 1;
            long start = System.nanoTime();
            engine.clearTags();
            tags.forEach(tag -> engine.setChecked(tag, true));
            engine.setMode(allOf ? MatchMode.ALL : MatchMode.ANY);
            engine.setQuery(query);
            engine.setReadState(readState < 0 ? null : STATES[readState]);
            List<Article> visible = engine.apply();
            int counted = 0;
            for (TagNode node : nodes) {
                counted += engine.count(node.ref());
            }
            times[i] = System.nanoTime() - start;
            checksum += visible.size() + counted + engine.stateCount(ReadState.UNREAD);
        }
        sink += checksum;
        Arrays.sort(times);
        return times;
    }

    private void collect(List<TagNode> level) {
        for (TagNode node : level) {
            nodes.add(node);
            collect(node.children());
        }
    }
}
