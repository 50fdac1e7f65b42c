package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Problem;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The text of the line over the page that lists an article's problems. */
class WarningTextTest {

    @Test
    void listsEachProblemOnItsOwnLine() {
        String text = ReaderView.warningText(List.of(Problem.of(Problem.Kind.DATE_INVALID, "第二天"),
                Problem.of(Problem.Kind.FRONT_MATTER_NOT_TOML, 3)));
        assertThat(text.lines()).hasSize(3);
        assertThat(text.lines().skip(1)).allMatch(line -> line.startsWith("\u2022 "));
        assertThat(text).contains("第二天");
    }

    @Test
    void aFileWithHundredsOfBadLinesListsTheFirstFewAndCountsTheRest() {
        List<Problem> many = IntStream.rangeClosed(1, 500).mapToObj(n -> Problem.of(Problem.Kind.FRONT_MATTER_NOT_TOML, n)).toList();
        String text = ReaderView.warningText(many);
        assertThat(text.lines()).hasSize(1 + ReaderView.WARNINGS_LISTED + 1);
        assertThat(text).contains("495");
    }
}
