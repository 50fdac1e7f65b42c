package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Logseq's names for its pages and journals, as its links write them. */
class LogseqNamesTest {

    @Test
    void aJournalIsNamedAsLogseqNamesItByDefault() {
        assertThat(LogseqNames.journalDay("2024_03_18")).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(LogseqNames.journalDay("2024_02_30")).as("no such day").isNull();
        assertThat(LogseqNames.journalDay("2024-03-18")).as("not a journal's file name").isNull();
        assertThat(java.util.stream.IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 30, 31)
                .mapToObj(d -> LogseqNames.journalName(LocalDate.of(2024, 1, d))))
                .containsExactly("Jan 1st, 2024", "Jan 2nd, 2024", "Jan 3rd, 2024", "Jan 4th, 2024", "Jan 11th, 2024",
                        "Jan 12th, 2024", "Jan 13th, 2024", "Jan 21st, 2024", "Jan 22nd, 2024", "Jan 23rd, 2024",
                        "Jan 30th, 2024", "Jan 31st, 2024");
    }

    @Test
    void aJournalIsNamedInTheGraphsOwnFormat() {
        LocalDate day = LocalDate.of(2024, 3, 18);
        assertThat(LogseqNames.journalName(day, "yyyy-MM-dd")).isEqualTo("2024-03-18");
        assertThat(LogseqNames.journalName(day, "EEE, dd.MM.yyyy")).isEqualTo("Mon, 18.03.2024");
        assertThat(LogseqNames.journalName(day, "EEEE, MMMM do yyyy")).isEqualTo("Monday, March 18th 2024");
        assertThat(LogseqNames.journalName(day, "d/M/yy 'day'")).isEqualTo("18/3/24 day");
        assertThat(LogseqNames.journalName(day, LogseqNames.DEFAULT_FORMAT)).isEqualTo("Mar 18th, 2024");
        assertThat(LogseqNames.journalName(day, "yyyy-MM-dd'T'''")).as("'' is a quote mark").isEqualTo("2024-03-18T'");
        assertThat(LogseqProperties.items("[[a]] [[b c]], #d, e f, [[g]] h")).as("page references one by one")
                .containsExactly("a", "b c", "d", "e f", "[[g]] h");
    }

    @Test
    void aPagesFileNameReadsAsItsName() {
        assertThat(LogseqNames.pageName("Java___Virtual Threads")).isEqualTo("Java/Virtual Threads");
        assertThat(LogseqNames.pageName("What%3F")).isEqualTo("What?");
        assertThat(LogseqNames.pageName("C++ and 100%")).as("no escape: as written").isEqualTo("C++ and 100%");
        assertThat(LogseqNames.pageName("50%25 off %zz")).as("a lone % among escapes: as written").isEqualTo("50%25 off %zz");
    }
}
