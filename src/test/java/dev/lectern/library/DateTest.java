package dev.lectern.library;

import static dev.lectern.library.EnglishWarnings.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTest {

    @TempDir
    Path dir;
    private ArticleFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ArticleFixture(dir);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-01-05|2020-01-05",
        "'2020-01-05'|2020-01-05",
        "2017-09-28 18:52:13 +0800|2017-09-28",
        "2017-09-28 23:30 +0800|2017-09-28",
        "2018-8-07 10:12:13 +0800|2018-08-07",
        "2018-8-7 9:05:00 +0800|2018-08-07",
        "2018-11-21 8:01:55 +0800|2018-11-21",
        "2020-01-05T10:00:00+08:00|2020-01-05",
        "2020-01-05T23:59:59Z|2020-01-05",
        "2020-01-05T01:00:00-05:00|2020-01-05",
        "2018-07-02 22:26:27+0800|2018-07-02",
        "2018-12-25 11:29 +0800|2018-12-25",
        "2018-08-07 +0800|2018-08-07",
        "'  2015-03-25  '|2015-03-25",
        "2014-10-1 12:00:00|2014-10-01",
        "2020/01/05|2020-01-05",
        "2020-01-05 10:00:00.123 UTC|2020-01-05",
    })
    void readsTheDateAsWrittenInItsOwnZone(String written, LocalDate expected) throws Exception {
        Article article = fixture.read("post.md", "---\ndate: " + written + "\n---\nText\n");

        assertThat(article.date()).isEqualTo(expected);
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void fileNamePrefixWhenNoDate() throws Exception {
        assertThat(fixture.read("2019-03-02-slug.md", "---\ntitle: x\n---\n").date()).isEqualTo(LocalDate.of(2019, 3, 2));
        assertThat(fixture.read("slug.md", "---\ntitle: x\n---\n").date()).isNull();
        assertThat(fixture.read("2019-02-30-bad.md", "text").date()).isNull();
        assertThat(fixture.read("2024-01-05.md", "Met the team.\n").date()).as("a daily note").isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(fixture.read("2024-01-06 Standup.md", "x\n").date()).isEqualTo(LocalDate.of(2024, 1, 6));
        assertThat(fixture.read("2024-01-07_notes.md", "x\n").date()).isEqualTo(LocalDate.of(2024, 1, 7));
        assertThat(fixture.read("20240107.md", "x\n").date()).isNull();
        assertThat(fixture.read("2024-01-0799.md", "x\n").date()).isNull();
    }

    @Test
    void anotherGeneratorsOrANotesAppsDateKeyIsReadWhenThereIsNoDate() throws Exception {
        assertThat(fixture.read("a.md", "---\npublishDate: 2021-02-03\n---\n").date()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(fixture.read("b.md", "---\npubDate: 2021-02-04T10:00:00Z\n---\n").date()).isEqualTo(LocalDate.of(2021, 2, 4));
        assertThat(fixture.read("c.md", "---\ncreated: 2021-02-05 09:30\n---\n").date()).isEqualTo(LocalDate.of(2021, 2, 5));
        assertThat(fixture.read("d.md", "---\ndate: 2021-01-01\ncreated: 2021-02-05\n---\n").date())
                .as("date first").isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-45", "yesterday", "2020-02-30", "2020-01-05 25:00:00", "[2020, 1]"})
    void nonsenseDateWarnsAndFallsBackToFileName(String written) throws Exception {
        Article named = fixture.read("2011-05-25-post.md", "---\ndate: " + written + "\n---\n");
        Article unnamed = fixture.read("post.md", "---\ndate: " + written + "\n---\n");

        assertThat(named.date()).isEqualTo(LocalDate.of(2011, 5, 25));
        assertThat(english(named)).singleElement().asString().contains("is not a date").contains("file name");
        assertThat(unnamed.date()).isNull();
        assertThat(english(unnamed)).singleElement().asString().contains("no date");
        assertThat(named.warnings()).extracting(dev.lectern.model.Problem::kind)
                .containsExactly(dev.lectern.model.Problem.Kind.DATE_INVALID_NAME_USED);
        assertThat(unnamed.warnings()).extracting(dev.lectern.model.Problem::kind)
                .containsExactly(dev.lectern.model.Problem.Kind.DATE_INVALID);
    }

    @Test
    void aTimeSince1970InSecondsOrMillisecondsIsItsDay() throws Exception {
        assertThat(fixture.read("a.md", "---\ncreated: 1608000000000\n---\n").date()).as("Dendron's milliseconds")
                .isEqualTo(LocalDate.of(2020, 12, 15));
        assertThat(fixture.read("b.md", "---\ndate: 1608000000\n---\n").date()).isEqualTo(LocalDate.of(2020, 12, 15));
        Article tiny = fixture.read("c.md", "---\ndate: 0000000042\n---\n");
        assertThat(tiny.date()).as("1970 is no article's date").isNull();
        assertThat(tiny.warnings()).isNotEmpty();
        assertThat(fixture.read("d.md", "---\ndate: 20201215\n---\n").date()).as("8 digits are no time").isNull();
        assertThat(fixture.read("e.md", "---\ndate: 946684800\n---\n").date()).as("nine digits: 2000")
                .isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void aDayWrittenInEnglishWordsIsADate() throws Exception {
        for (String written : List.of("Mar 18th, 2024", "March 18, 2024", "18 March 2024", "\"[[Mar 18th, 2024]]\"",
                "Sept. 18, 2024")) {
            LocalDate expected = written.startsWith("Sept") ? LocalDate.of(2024, 9, 18) : LocalDate.of(2024, 3, 18);
            assertThat(fixture.read("w.md", "---\ndate: " + written + "\n---\n").date()).as(written).isEqualTo(expected);
        }
        assertThat(fixture.read("w.md", "---\ndate: Smarch 18, 2024\n---\n").date()).isNull();
    }

    @Test
    void aTemplatesPlaceholderIsQuotedAsWrittenNotAsYamlReadsIt() throws Exception {
        Article post = fixture.read("post.md", "---\ndate: {{ page.date }}\n---\n");

        assertThat(post.date()).isNull();
        assertThat(english(post)).singleElement().asString().contains("\"{{ page.date }}\" is not a date");
    }

    @Test
    void explicitYamlTimestampIsStillADate() throws Exception {
        assertThat(fixture.read("post.md", "---\ndate: !!timestamp 2020-01-05\n---\n").date()).isEqualTo(LocalDate.of(2020, 1, 5));
    }
}
