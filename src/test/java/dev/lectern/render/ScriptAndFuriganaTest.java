package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Display-only script conversion and furigana: the page shows converted text and readings, its text stays the source's. */
class ScriptAndFuriganaTest {

    private static final Path ROOT = Path.of("lib").toAbsolutePath();
    private static final String CHINESE = "# 标题\n\n我们的线程池的内存很大，后面再说。这是一个**重要**的句子。\n\n"
            + "`线程池` 在代码里不变。\n\n```\n内存 线程\n```\n";
    private static final String JAPANESE = "# 題\n\n日本語を読むのは楽しいです。薔薇が咲いた。\n\n"
            + "<ruby>漢字<rt>かんじ</rt></ruby>はそのまま。\n";

    private final PageRenderer renderer = new PageRenderer();

    private String render(String markdown, Script script, Furigana furigana) {
        RenderOptions options = RenderOptions.defaults(ROOT, ROOT.resolve("a.md")).withScript(script).withFurigana(furigana);
        return renderer.render(TestArticles.article("T"), markdown, options);
    }

    @Test
    void taiwanPhrasesThatChangeLengthAreShownConvertedWhileThePageTextStaysTheSource() {
        String written = render(CHINESE, Script.AS_WRITTEN, Furigana.OFF);
        String taiwan = render(CHINESE, Script.TAIWAN, Furigana.OFF);

        assertThat(taiwan).contains("<span class=\"lt-conv\" data-src=\"线程\">執行緒</span>"
                + "池的"
                + "<span class=\"lt-conv\" data-src=\"内存\">記憶體</span>");
        assertThat(taiwan).contains("<strong>重要</strong>").contains("這是一個").contains("後面再說");
        assertThat(PageText.of(taiwan)).isEqualTo(PageText.of(written));
        String text = PageText.of(taiwan);
        assertThat(text.indexOf("再说")).as("a passage after the longer phrases keeps its source offset")
                .isEqualTo(PageText.of(written).indexOf("再说")).isGreaterThan(0);
    }

    @Test
    void taiwanWritesItsOwnFormsInsidePhrasesToo() {
        // 为了, 面条 and 这里 are whole phrases in OpenCC's dictionary: they came out 爲了, 麪條 and 這裏 (Taiwan: 為了…)
        String taiwan = PageText.of(render("# 题\n\n为了实现这里的面条，峰会里面的人着急。\n", Script.TAIWAN, Furigana.OFF)
                .replaceAll("<span class=\"lt-conv\" data-src=\"[^\"]*\">([^<]*)</span>", "$1"));

        assertThat(taiwan).contains("為了實現這裡的麵條，峰會裡面的人著急。").doesNotContain("爲", "麪", "裏", "峯");
        assertThat(PageText.of(render("# 题\n\n芯片用硅制造，河水被污染了，他踊跃参加。\n", Script.TAIWAN, Furigana.OFF)
                .replaceAll("<span class=\"lt-conv\" data-src=\"[^\"]*\">([^<]*)</span>", "$1")))
                .as("Taiwan's forms of single characters").contains("晶片用矽製造，河水被汙染了，他踴躍參加。");
        assertThat(render("为了这里", Script.TRADITIONAL, Furigana.OFF)).as("OpenCC's standard forms stay where asked")
                .contains("爲了這裏");
    }

    @Test
    void aPageConvertedToTraditionalTakesCornerBracketsForItsQuotesWhileItsTextKeepsTheSource() {
        String markdown = "# 题\n\n他说“你好”，又说‘再见’。\n";
        String taiwan = render(markdown, Script.TAIWAN, Furigana.OFF);

        assertThat(taiwan).contains("data-src=\"“\">「</span>").contains("data-src=\"’\">』</span>");
        assertThat(PageText.of(taiwan)).isEqualTo(PageText.of(render(markdown, Script.AS_WRITTEN, Furigana.OFF)));
        assertThat(render(markdown, Script.AS_WRITTEN, Furigana.OFF)).as("as written").contains("他说“你好")
                .doesNotContain("「");
        assertThat(render(markdown, Script.SIMPLIFIED, Furigana.OFF)).as("Simplified keeps its quotes").contains("他说“你好")
                .doesNotContain("「");
    }

    @Test
    void codeIsNeverConverted() {
        String taiwan = render(CHINESE, Script.TAIWAN, Furigana.OFF);
        assertThat(taiwan).contains("<code>线程池</code>").contains("内存 线程");
    }

    @Test
    void simplifiedAndTraditionalConversionsKeepTheLengthCharForChar() {
        String traditional = render(CHINESE, Script.TRADITIONAL, Furigana.OFF);
        assertThat(traditional).contains("我們的線程池的內存很大");
        assertThat(PageText.of(traditional)).contains("我们的线程池的内存很大");
        String back = render("# 標題\n\n我們的線程池的內存很大。\n", Script.SIMPLIFIED, Furigana.OFF);
        assertThat(back).contains("我们的线程池的内存很大");
        assertThat(render(CHINESE, Script.AS_WRITTEN, Furigana.OFF)).contains("我们的线程池的内存很大");
    }

    @Test
    void aLengthChangingRunIsCutIntoPhrasesWhoseConversionsAddUp() {
        List<ScriptConverter.Piece> pieces = ScriptConverter.pieces("用线程池的内存。", Script.TAIWAN);
        assertThat(pieces.stream().map(ScriptConverter.Piece::source).reduce("", String::concat)).isEqualTo("用线程池的内存。");
        assertThat(pieces.stream().map(ScriptConverter.Piece::shown).reduce("", String::concat)).isEqualTo("用執行緒池的記憶體。");
        assertThat(pieces).contains(new ScriptConverter.Piece("线程", "執行緒"), new ScriptConverter.Piece("内存", "記憶體"));
    }

    @Test
    void japaneseGetsReadingsOverKanjiWithTheKanaOutside() {
        List<FuriganaWriter.Part> parts = new FuriganaWriter(Furigana.ALL).parts("日本語を読む");
        assertThat(parts).containsExactly(new FuriganaWriter.Part("日本語", "にほんご"), new FuriganaWriter.Part("を", null),
                new FuriganaWriter.Part("読", "よ"), new FuriganaWriter.Part("む", null));
        assertThat(new FuriganaWriter(Furigana.ALL).parts("取り扱い")).containsExactly(new FuriganaWriter.Part("取", "と"),
                new FuriganaWriter.Part("り", null), new FuriganaWriter.Part("扱", "あつか"), new FuriganaWriter.Part("い", null));
    }

    @Test
    void readingsAreNotPartOfThePageTextAndAuthoredRubyIsKept() {
        String plain = render(JAPANESE, Script.AS_WRITTEN, Furigana.OFF);
        String furigana = render(JAPANESE, Script.AS_WRITTEN, Furigana.ALL);
        assertThat(furigana).contains("<ruby class=\"lt-furi\">日本語<rt>にほんご</rt></ruby>を"
                + "<ruby class=\"lt-furi\">読<rt>よ</rt></ruby>む");
        assertThat(furigana).contains("<ruby>漢字<rt>かんじ</rt></ruby>");
        assertThat(PageText.of(furigana)).isEqualTo(PageText.of(plain)).doesNotContain("にほんご");
        assertThat(plain).doesNotContain("lt-furi");
    }

    /** The readings of the page, each as its kanji=reading, in order (the boxes of a vertical page taken away). */
    private static String readings(String html) {
        return Jsoup.parse(html).select("ruby.lt-furi").stream()
                .map(ruby -> ruby.ownText() + ruby.select(":root > :not(rt)").text() + "=" + ruby.select("rt").text())
                .collect(Collectors.joining(" "));
    }

    @Test
    void aDateWrittenInDigitsReadsTheSameVerticallyAndHorizontallyWithItsCounterReadings() {
        String markdown = "---\nlang: ja\n---\n\n2024年3月12日、3日と20日に、Java 17 を使った。\n";
        RenderOptions options = RenderOptions.defaults(ROOT, ROOT.resolve("a.md")).withFurigana(Furigana.ALL);
        String horizontal = readings(renderer.render(TestArticles.article("T"), markdown, options));
        assertThat(horizontal).as("月 after a number is a month, 日 a day of it; みっか, はつか: no reading of 日 alone")
                .isEqualTo("年=ねん 月=がつ 日=にち 使=つか");
        assertThat(readings(renderer.render(TestArticles.article("T"), markdown, options.withVertical(true))))
                .as("vertical, its numbers in upright boxes").isEqualTo(horizontal);
        assertThat(readings(renderer.render(TestArticles.article("T"), markdown, options.withLatinSpacing(true))))
                .as("with a thin space between the numbers and the kanji").isEqualTo(horizontal);
        assertThat(PageText.of(renderer.render(TestArticles.article("T"), markdown, options.withVertical(true))))
                .isEqualTo(PageText.of(renderer.render(TestArticles.article("T"), markdown, options.withFurigana(Furigana.OFF))));
    }

    @Test
    void levelsLeaveTheCommonKanjiBare() {
        String rare = render(JAPANESE, Script.AS_WRITTEN, Furigana.BEYOND_JOYO);
        assertThat(rare).contains("<rt>ばら</rt>").doesNotContain("<rt>にほんご</rt>").doesNotContain("<rt>さ</rt>");
        String grade2 = render(JAPANESE, Script.AS_WRITTEN, Furigana.BEYOND_GRADE_2);
        assertThat(grade2).contains("<rt>ばら</rt>").contains("<rt>さ</rt>").doesNotContain("<rt>にほんご</rt>")
                .doesNotContain("<rt>よ</rt>").doesNotContain("<rt>たの</rt>");
    }

    @Test
    void scriptConversionLeavesJapaneseAloneAndFuriganaLeavesChineseAlone() {
        assertThat(render(JAPANESE, Script.TAIWAN, Furigana.OFF)).doesNotContain("lt-conv").contains("日本語を読む");
        assertThat(render(CHINESE, Script.AS_WRITTEN, Furigana.ALL)).doesNotContain("lt-furi");
    }

    @Test
    void aHugeRunOfLengthChangingPhrasesIsConvertedWhole() {
        String run = "线程内存软件".repeat(20_000);
        long start = System.nanoTime();
        String html = render("# 长\n\n" + run + "\n", Script.TAIWAN, Furigana.OFF);
        System.out.printf("Taiwan conversion of a %,d-character run without punctuation: %d ms%n", run.length(),
                (System.nanoTime() - start) / 1_000_000);
        assertThat(PageText.of(html)).contains(run);
        assertThat(html).contains("<span class=\"lt-conv\" data-src=\"线程\">執行緒</span>"
                + "<span class=\"lt-conv\" data-src=\"内存\">記憶體</span><span class=\"lt-conv\" data-src=\"软件\">軟體</span>");
    }

    @Test
    void rubyMarkedInTheTextShowsOverItsBaseWithoutBecomingPartOfThePageText() {
        String page = render("# 題\n\nその日、|魔王《まおう》の城に{東京|とう|きょう}から来た。これは《《本当に》》大事。"
                + "我读了《呐喊》。\n\n`|漢字《かんじ》`\n", Script.AS_WRITTEN, Furigana.OFF);

        assertThat(page).contains("<ruby class=\"lt-furi\">魔王<rt>まおう</rt></ruby>の城に")
                .contains("<ruby class=\"lt-furi\">東<rt>とう</rt>京<rt>きょう</rt></ruby>")
                .contains("<span class=\"lt-dots\">本当に</span>")
                .contains("<code>|漢字《かんじ》</code>");
        assertThat(PageText.of(page)).contains("その日、魔王の城に東京から来た。これは本当に大事。我读了《呐喊》。")
                .doesNotContain("まおう");
        String titled = renderer.render(TestArticles.article("異世界の門"), "# |異世界《いせかい》の門\n\n本文です。\n",
                RenderOptions.defaults(ROOT, ROOT.resolve("a.md")));
        assertThat(org.jsoup.Jsoup.parse(titled).select(".article-body h1")).as("a heading that is the title, once").isEmpty();
        assertThat(render("# 題\n\n漢字《かんじ》の読み。\n", Script.AS_WRITTEN, Furigana.ALL))
                .as("generated readings leave a written one alone")
                .contains("<ruby class=\"lt-furi\">漢字<rt>かんじ</rt></ruby>");
    }

    @Test
    void anEbookPageBreakIsABlankBetweenScenesNotItsMarks() {
        String page = render("# 題\n\n第一の場面。\n\n===\n\n第二の場面。\n\n[newpage]\n\n第三。\n\n見出し\n===\n", Script.AS_WRITTEN,
                Furigana.OFF);

        assertThat(org.jsoup.Jsoup.parse(page).select(".article-body hr.lt-page-break")).hasSize(2);
        assertThat(PageText.of(page)).doesNotContain("===", "[newpage]");
        assertThat(org.jsoup.Jsoup.parse(page).select(".article-body h1").eachText()).as("a setext heading stays one")
                .containsExactly("題", "見出し");
    }
}
