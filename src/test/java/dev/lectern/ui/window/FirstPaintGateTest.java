package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate that holds work back until the first article is painted, and drops it once its window has closed. */
class FirstPaintGateTest {

    private final FirstPaintGate gate = new FirstPaintGate();
    private final List<String> ran = new ArrayList<>();

    @Test
    void workWaitsForTheFirstPaintThenRunsInOrderAndLaterWorkRunsAtOnce() {
        gate.execute(() -> ran.add("watch the folder"));
        gate.execute(() -> ran.add("build the index"));
        assertThat(ran).isEmpty();

        gate.open();
        assertThat(ran).containsExactly("watch the folder", "build the index");
        gate.execute(() -> ran.add("later"));
        assertThat(ran).endsWith("later");
    }

    @Test
    void aWindowClosedBeforeItsFirstPaintStartsNothingAfterwards() {
        gate.execute(() -> ran.add("watch the folder"));
        gate.discard();

        gate.open(); // the paint, or the 15 s fallback, after the window closed
        gate.execute(() -> ran.add("follow renamed articles"));
        assertThat(ran).isEmpty();
    }
}
