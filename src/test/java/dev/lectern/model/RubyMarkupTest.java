package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ruby markup of Japanese novel sites: what is read as a reading, and what Chinese 《》 keeps as written. */
class RubyMarkupTest {

    private static RubyMarkup.Ruby ruby(String base, String reading) {
        return new RubyMarkup.Ruby(List.of(base), List.of(reading));
    }

    @Test
    void aBarStartsTheBaseAndAnyLettersMayBeRead() {
        assertThat(RubyMarkup.parts("その日、|魔王《まおう》の城に｜約束された勝利の剣《エクスカリバー》が"))
                .containsExactly(new RubyMarkup.Plain("その日、"), ruby("魔王", "まおう"), new RubyMarkup.Plain("の城に"),
                        ruby("約束された勝利の剣", "エクスカリバー"), new RubyMarkup.Plain("が"));
        assertThat(RubyMarkup.parts("|Lectern《レクターン》")).containsExactly(ruby("Lectern", "レクターン"));
    }

    @Test
    void withoutABarTheKanjiJustBeforeAKanaReadingAreItsBase() {
        assertThat(RubyMarkup.parts("読み方は漢字《かんじ》と仮名")).containsExactly(new RubyMarkup.Plain("読み方は"),
                ruby("漢字", "かんじ"), new RubyMarkup.Plain("と仮名"));
        assertThat(RubyMarkup.parts("人々《ひとびと》と𠮷野《よしの》")).as("iteration marks and kanji beyond the BMP")
                .containsExactly(ruby("人々", "ひとびと"), new RubyMarkup.Plain("と"), ruby("𠮷野", "よしの"));
    }

    @Test
    void chineseBookTitlesAndMarksThatCloseNothingStayAsWritten() {
        for (String text : List.of("我读了鲁迅的《呐喊》和《三体》。", "書名《吾輩は猫である》", "《かな》で始まる", "|《", "漢字《かんじ",
                "漢字《》", "|漢字 《かんじ》", "{a|b} {{ x | y }} {漢字|kanji}", "|〃〔〕《記号》", "漢字《か\nんじ》",
                "读书笔记｜鲁迅《呐喊》", "读书笔记|Java《Effective Java》", "专栏｜《三体》读后感", "我在看宫崎骏的《となりのトトロ》。",
                "推荐动画《ドラえもん》", "周末看了《ソードアート・オンライン》")) {
            assertThat(RubyMarkup.plain(text)).as(text).isEqualTo(text);
        }
        assertThat(RubyMarkup.plain("读书笔记｜鲁迅《ろじん》")).as("a reading in kana is one anywhere").isEqualTo("读书笔记鲁迅");
        assertThat(RubyMarkup.plain("これは|明日《未来》の話")).as("in Japanese, a reading of kanji too").isEqualTo("これは明日の話");
        assertThat(RubyMarkup.parts("我读了《呐喊》")).containsExactly(new RubyMarkup.Plain("我读了《呐喊》"));
    }

    @Test
    void aBarBeforeTheOpeningMarkShowsTheMark() {
        assertThat(RubyMarkup.plain("記号は|《このまま》出る")).isEqualTo("記号は《このまま》出る");
    }

    @Test
    void bracesGiveAReadingToTheWholeBaseOrOneToEachCharacter() {
        assertThat(RubyMarkup.parts("{大阪|おおさか}と{東京|とう|きょう}")).containsExactly(ruby("大阪", "おおさか"),
                new RubyMarkup.Plain("と"), new RubyMarkup.Ruby(List.of("東", "京"), List.of("とう", "きょう")));
        assertThat(RubyMarkup.parts("{東京都|とう|きょう}")).as("readings that do not match the characters read the whole")
                .containsExactly(ruby("東京都", "とうきょう"));
    }

    @Test
    void doubleMarksSetDotsBesideTheirWords() {
        assertThat(RubyMarkup.parts("これは《《本当に》》大事")).containsExactly(new RubyMarkup.Plain("これは"),
                new RubyMarkup.Dots("本当に"), new RubyMarkup.Plain("大事"));
        assertThat(RubyMarkup.plain("《《閉じない")).isEqualTo("《《閉じない");
    }

    @Test
    void basesAndReadingsAreBounded() {
        String longBase = "一".repeat(RubyMarkup.MAX_BASE + 1);
        assertThat(RubyMarkup.parts("|" + longBase + "《いち》と")).as("a bar's base longer than the sites allow: the kanji rule")
                .containsExactly(new RubyMarkup.Plain("|一"), ruby("一".repeat(RubyMarkup.MAX_BASE), "いち"),
                        new RubyMarkup.Plain("と"));
        assertThat(RubyMarkup.plain("|" + "a".repeat(RubyMarkup.MAX_BASE + 1) + "《えい》")).isEqualTo("|" + "a".repeat(21) + "《えい》");
        assertThat(RubyMarkup.parts(longBase + "《いち》と")).as("a long run of kanji gives its last ones")
                .containsExactly(new RubyMarkup.Plain("一"), ruby("一".repeat(RubyMarkup.MAX_BASE), "いち"),
                        new RubyMarkup.Plain("と"));
        String longReading = "あ".repeat(RubyMarkup.MAX_READING + 1);
        assertThat(RubyMarkup.plain("漢《" + longReading + "》")).isEqualTo("漢《" + longReading + "》");
    }

    @Test
    void aHostileRunOfOpeningMarksIsReadOnceAndKeptAsWritten() {
        String hostile = "|漢字《かんじ".repeat(200_000) + "\n" + "{漢|".repeat(100_000) + "\n" + "《《".repeat(100_000);

        assertThat(RubyMarkup.plain(hostile)).isEqualTo(hostile);
    }
}
