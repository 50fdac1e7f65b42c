package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final WindowBounds LAPTOP = new WindowBounds(0, 0, 1440, 870);
    private static final WindowBounds MONITOR = new WindowBounds(1440, -200, 2560, 1400);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowBounds saved = new WindowBounds(100, 50, 1200, 800);
        assertThat(WindowPlacement.onScreen(saved, List.of(LAPTOP, MONITOR))).isEqualTo(saved);
        WindowBounds onMonitor = new WindowBounds(2000, 0, 1600, 1000);
        assertThat(WindowPlacement.onScreen(onMonitor, List.of(LAPTOP, MONITOR))).isEqualTo(onMonitor);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorIsCentredOnTheFirstScreenAndShrunkToFit() {
        WindowBounds saved = new WindowBounds(2000, 0, 1600, 1000);
        assertThat(WindowPlacement.onScreen(saved, List.of(LAPTOP))).isEqualTo(new WindowBounds(0, 0, 1440, 870));
        WindowBounds small = new WindowBounds(3000, 100, 800, 600);
        assertThat(WindowPlacement.onScreen(small, List.of(LAPTOP))).isEqualTo(new WindowBounds(320, 135, 800, 600));
    }

    @Test
    void aWindowHangingOverAnEdgeIsMovedBackWhole() {
        WindowBounds saved = new WindowBounds(800, 400, 800, 600);
        assertThat(WindowPlacement.onScreen(saved, List.of(LAPTOP))).isEqualTo(new WindowBounds(640, 270, 800, 600));
        WindowBounds aboveTop = new WindowBounds(100, -250, 800, 600);
        assertThat(WindowPlacement.onScreen(aboveTop, List.of(LAPTOP))).isEqualTo(new WindowBounds(100, 0, 800, 600));
    }

    @Test
    void aWindowMostlyOffTheScreenIsCentred() {
        WindowBounds saved = new WindowBounds(1000, 600, 800, 600);
        assertThat(WindowPlacement.onScreen(saved, List.of(LAPTOP))).isEqualTo(new WindowBounds(320, 135, 800, 600));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToIt() {
        WindowBounds saved = new WindowBounds(-10, -10, 2000, 1200);
        assertThat(WindowPlacement.onScreen(saved, List.of(LAPTOP))).isEqualTo(LAPTOP);
    }

    @Test
    void aWindowSavedTinyOpensAtAUsableSize() {
        WindowBounds saved = new WindowBounds(100, 100, 50, 20);
        assertThat(WindowPlacement.onScreen(saved, List.of(LAPTOP)))
                .isEqualTo(new WindowBounds(100, 100, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT));
    }

    @Test
    void unsetBoundsOrNoScreensAreLeftAlone() {
        assertThat(WindowPlacement.onScreen(WindowBounds.UNSET, List.of(LAPTOP))).isEqualTo(WindowBounds.UNSET);
        WindowBounds saved = new WindowBounds(5000, 5000, 800, 600);
        assertThat(WindowPlacement.onScreen(saved, List.of())).isEqualTo(saved);
    }
}
