package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The status bar's "37% · 13 min left", from where the window's far edge is and the article's reading time. */
class ReadingLeftTest {

    @Test
    void tellsThePartReachedAndTheMinutesStillAhead() {
        assertThat(ReadingLeft.text(OptionalDouble.of(0.05), 21)).isEqualTo("5% · 20 min left");
        assertThat(ReadingLeft.text(OptionalDouble.of(0.5), 21)).isEqualTo("50% · 11 min left");
        assertThat(ReadingLeft.text(OptionalDouble.of(0.379), 10)).as("a part begun is not yet reached").isEqualTo("37% · 6 min left");
    }

    @Test
    void aMinuteAtLeastUntilTheEndThenTheWholeWithoutMinutes() {
        assertThat(ReadingLeft.text(OptionalDouble.of(0.98), 3)).isEqualTo("98% · 1 min left");
        assertThat(ReadingLeft.text(OptionalDouble.of(0.997), 30)).as("a last line a pixel short of the edge").isEqualTo("100%");
        assertThat(ReadingLeft.text(OptionalDouble.of(1.0), 30)).isEqualTo("100%");
    }

    @Test
    void nothingForAPageThatFitsOrNoPageAndThePartAloneWithoutAReadingTime() {
        assertThat(ReadingLeft.text(OptionalDouble.empty(), 12)).isEmpty();
        assertThat(ReadingLeft.text(OptionalDouble.of(Double.NaN), 12)).isEmpty();
        assertThat(ReadingLeft.text(OptionalDouble.of(0.42), -1)).isEqualTo("42%");
        assertThat(ReadingLeft.text(OptionalDouble.of(-3), 12)).isEqualTo("0% · 12 min left");
    }
}
