package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Re-anchors 100 annotations in a 100 KB article after edits; prints the time, asserts only the outcome. */
class ReanchorBenchmarkTest {

    private static final System.Logger LOG = System.getLogger(ReanchorBenchmarkTest.class.getName());
    private static final String[] WORDS = ("lambda bucket region cache queue stream table index shard replica "
            + "serverless function deploy latency throughput keynote announce preview general available pricing "
            + "instance container cluster network gateway policy role token secret metric alarm trace log").split(" ");

    @Test
    void hundredAnnotationsInAHundredKilobyteArticle() {
        Random random = new Random(42);
        StringBuilder builder = new StringBuilder();
        while (builder.length() < 100_000) {
            builder.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
        }
        String text = builder.toString();
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int start = 1000 + i * 980 + random.nextInt(100);
            anchors.add(Anchor.of(text, start, start + 20 + random.nextInt(300), null));
        }
        StringBuilder edited = new StringBuilder(text);
        for (int i = anchors.size() - 1; i >= 0; i--) {
            Anchor anchor = anchors.get(i);
            if (i % 10 == 9) {
                edited.delete(anchor.start(), anchor.end());
            } else if (i % 3 == 0) {
                edited.setCharAt((anchor.start() + anchor.end()) / 2, '#');
            }
        }
        edited.insert(0, "A new introduction paragraph. ".repeat(20));
        String current = edited.toString();

        Reanchorer reanchorer = new Reanchorer();
        Map<AnchorState, Integer> states = new EnumMap<>(AnchorState.class);
        long started = System.nanoTime();
        for (Anchor anchor : anchors) {
            states.merge(reanchorer.locate(anchor, current).state(), 1, Integer::sum);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        String summary = "Re-anchored 100 annotations in a " + current.length() / 1000 + " KB article in " + millis
                + " ms: " + states;
        System.out.println(summary);
        LOG.log(System.Logger.Level.INFO, summary);
        assertThat(states).containsEntry(AnchorState.ORPHANED, 10).containsEntry(AnchorState.MOVED, 30)
                .containsEntry(AnchorState.ANCHORED, 60);
    }
}
