package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.render.Theme;
import dev.lectern.ui.library.ReadFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The languages of the interface: the Chinese, Japanese and Korean bundles say everything the English one says, in their language. */
class MessagesTest {

    private static final Properties ENGLISH = load("messages.properties");
    private static final Properties CHINESE = load("messages_zh.properties");
    private static final Properties JAPANESE = load("messages_ja.properties");
    private static final Properties KOREAN = load("messages_ko.properties");
    /** Every bundle with its locale, English first. */
    private static final java.util.Map<Locale, Properties> BUNDLES = java.util.Map.of(Locale.ENGLISH, ENGLISH,
            Locale.SIMPLIFIED_CHINESE, CHINESE, Locale.JAPANESE, JAPANESE, Locale.KOREAN, KOREAN);

    @Test
    void aPlainChineseLanguageTagIsSimplifiedChineseSoJavaFxWordsItsButtonsInChineseToo() {
        assertThat(InterfaceLocale.of("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLocale.of("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLocale.of("zh-TW")).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(InterfaceLocale.of("en")).isEqualTo(Locale.ENGLISH);
        assertThat(InterfaceLocale.of("ja")).isEqualTo(Locale.JAPANESE);
        assertThat(InterfaceLocale.of("ko")).isEqualTo(Locale.KOREAN);
        assertThat(java.util.ResourceBundle.getBundle("com/sun/javafx/scene/control/skin/resources/controls",
                InterfaceLocale.of("zh")).getString("Dialog.close.button")).isEqualTo("关闭");
        assertThat(java.util.ResourceBundle.getBundle("com/sun/javafx/scene/control/skin/resources/controls",
                InterfaceLocale.of("ja")).getString("Dialog.close.button")).as("JavaFX words its own buttons in Japanese")
                .isEqualTo("閉じる");
        assertThat(java.util.ResourceBundle.getBundle("com/sun/javafx/scene/control/skin/resources/controls",
                InterfaceLocale.of("ko")).getString("Dialog.close.button")).as("JavaFX words its own buttons in Korean")
                .isEqualTo("닫기");
    }

    @Test
    void everyLanguageOfTheInterfaceHasABundleAndANameInEveryBundle() {
        assertThat(Messages.LANGUAGES).containsExactly(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.JAPANESE,
                Locale.KOREAN);
        assertThat(BUNDLES.keySet()).containsExactlyInAnyOrderElementsOf(Messages.LANGUAGES);
        for (Properties bundle : BUNDLES.values()) {
            // each language is named in itself, whatever the interface speaks (View › Language)
            assertThat(bundle.getProperty("language.en")).isEqualTo("English");
            assertThat(bundle.getProperty("language.zh")).isEqualTo("简体中文");
            assertThat(bundle.getProperty("language.ja")).isEqualTo("日本語");
            assertThat(bundle.getProperty("language.ko")).isEqualTo("한국어");
        }
        for (Locale language : Messages.LANGUAGES) {
            assertThat(Messages.forLocale(language).language()).isEqualTo(language);
        }
    }

    @Test
    void countsAreWrittenAsTheStatusBarWritesThem() {
        assertThat(Messages.count(2126)).isEqualTo("2,126"); // the tests run in English
        assertThat(Messages.count(7)).isEqualTo("7");
        assertThat(Messages.t("status.showing", 2126, 2942)).contains("2,126", "2,942");
    }

    @Test
    void theChineseBundleHasEveryKeyOfTheEnglishOneAndNoOther() {
        assertThat(CHINESE.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
        assertThat(ENGLISH.stringPropertyNames()).hasSizeGreaterThan(150);
    }

    @Test
    void theJapaneseBundleHasEveryKeyOfTheEnglishOneAndNoOther() {
        assertThat(JAPANESE.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
    }

    @Test
    void theKoreanBundleHasEveryKeyOfTheEnglishOneAndNoOther() {
        assertThat(KOREAN.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
    }

    @Test
    void noTextIsEmptyOrHoldsAStraightApostrophe() {
        for (Properties bundle : BUNDLES.values()) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
            }
        }
    }

    @Test
    void englishTextEndsWithThreeDotsNotTheEllipsisTheCjkInterfaceFontCentres() {
        // the interface font is a CJK one (its Han glyphs are the right ones), and it draws "…" mid-height: "Open Folder⋯"
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(ENGLISH.getProperty(key)).as(key).doesNotContain("…");
        }
    }

    @Test
    void englishTextHoldsNoCurlyQuotesWhichTheCjkInterfaceFontSetsFullWidth() {
        // Noto Sans CJK SC draws “ ” ‘ ’ a full square wide: "the article’s title" read "the article’ s title"
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(ENGLISH.getProperty(key)).as(key).doesNotContainPattern("[“”‘’]");
        }
    }

    @Test
    void everyPatternParsesAndTakesTheSameArgumentsInEveryLanguage() {
        for (String key : ENGLISH.stringPropertyNames()) {
            int english = new MessageFormat(ENGLISH.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            int chinese = new MessageFormat(CHINESE.getProperty(key), Locale.SIMPLIFIED_CHINESE)
                    .getFormatsByArgumentIndex().length;
            int japanese = new MessageFormat(JAPANESE.getProperty(key), Locale.JAPANESE).getFormatsByArgumentIndex().length;
            assertThat(chinese).as(key).isEqualTo(english);
            assertThat(japanese).as(key).isEqualTo(english);
            int korean = new MessageFormat(KOREAN.getProperty(key), Locale.KOREAN).getFormatsByArgumentIndex().length;
            assertThat(korean).as(key).isEqualTo(english);
        }
    }

    @Test
    void everyJapaneseAndKoreanPlaceholderIsOneOfTheEnglishTextAndFormatsTheSameKindOfValue() {
        // {1,number,integer} stays a number and {0} (a path, a title, a word) stays as given: only the order may change
        java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{(\\d+)(,\\s*(number|choice))?");
        for (Properties translated : List.of(JAPANESE, KOREAN)) {
            for (String key : ENGLISH.stringPropertyNames()) {
                java.util.Map<String, Boolean> english = new java.util.TreeMap<>();
                argument.matcher(ENGLISH.getProperty(key)).results()
                        .forEach(m -> english.merge(m.group(1), m.group(3) != null, Boolean::logicalOr));
                java.util.Map<String, Boolean> worded = new java.util.TreeMap<>();
                argument.matcher(translated.getProperty(key)).results()
                        .forEach(m -> worded.merge(m.group(1), m.group(3) != null, Boolean::logicalOr));
                assertThat(worded.keySet()).as(key).isEqualTo(english.keySet());
                if (!key.startsWith("problem.")) { // a problem's counts are given as text, formatted or not
                    assertThat(worded).as(key).isEqualTo(english);
                }
            }
        }
    }

    @Test
    void koreanTextIsWrittenAsKoreanDesktopAppsWriteIt() {
        for (String key : KOREAN.stringPropertyNames()) {
            String text = KOREAN.getProperty(key);
            // Korean punctuation is the half-width one, and quotes are straight: no 「」, no full-width 、。：（）
            assertThat(text).as(key).doesNotContainPattern("[「」、。：（）“”‘’…]");
        }
        for (String key : new String[] {"menu.file.open", "menu.annotations.all", "popover.done", "import.overwrite",
                "review.more", "reader.openWhole", "status.cancel"}) {
            // a label is a noun phrase ("폴더 열기..."), not a sentence ("폴더를 엽니다.")
            assertThat(KOREAN.getProperty(key)).as(key).doesNotEndWith("다").doesNotEndWith("다.");
        }
    }

    @Test
    void japaneseTextIsWrittenAsJapaneseDesktopAppsWriteIt() {
        for (String key : JAPANESE.stringPropertyNames()) {
            String text = JAPANESE.getProperty(key);
            // quotes are 「」, punctuation full width; the English quote marks, comma and full stop never
            assertThat(text).as(key).doesNotContainPattern("[\"“”‘’]").doesNotContainPattern("\\p{IsHan}[,.]|\\p{IsHiragana}[,.]")
                    .doesNotContain("...");
        }
        for (String key : new String[] {"menu.file.open", "menu.annotations.all", "popover.done", "import.overwrite",
                "review.more", "reader.openWhole", "status.cancel"}) {
            assertThat(JAPANESE.getProperty(key)).as("a label ends without 。").doesNotEndWith("。");
        }
    }

    @Test
    void problemsFromTheStoreReadInTheInterfaceLanguageWithTheirValues() {
        for (Problem.Kind kind : Problem.Kind.values()) {
            assertThat(ENGLISH.getProperty("problem." + kind.name())).as(kind.name()).isNotBlank();
        }
        Problem damaged = Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED, "/notes/a.yaml", "it lists 3 annotations but 2 could be read",
                "a.yaml.damaged-1", 2);

        assertThat(Messages.forLocale(Locale.ENGLISH).problem(damaged)).isEqualTo("The annotation file /notes/a.yaml could"
                + " not be read completely (it lists 3 annotations but 2 could be read). It was kept unchanged as"
                + " a.yaml.damaged-1; 2 annotations were recovered from it.");
        Problem one = Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED, "/notes/a.yaml", "x", "a.yaml.damaged-1", 1);
        assertThat(Messages.forLocale(Locale.ENGLISH).problem(one)).endsWith("; 1 annotation was recovered from it.");
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).problem(damaged)).startsWith("批注文件 /notes/a.yaml 未能完整读取")
                .contains("a.yaml.damaged-1", "恢复了 2 条批注");
    }

    @Test
    void aDamagedFilesDetailsThatSayTheSameAreSaidOnceWithHowOften() {
        Problem same = Problem.of(Problem.Kind.YAML_INVALID, "special characters are not allowed");
        Problem other = Problem.of(Problem.Kind.YAML_INVALID, "mapping values are not allowed here");
        Problem damaged = Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED, "/notes/a.yaml", 101, "a.yaml.damaged-1", 0)
                .with(List.of(same, same, other, same));

        String worded = Messages.forLocale(Locale.ENGLISH).problem(damaged);

        assertThat(worded).contains("it is not valid YAML (special characters are not allowed) (3 times); "
                + "it is not valid YAML (mapping values are not allowed here); and 97 more");
        assertThat(worded.split("special characters", -1)).hasSize(2);
        for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.JAPANESE, Locale.KOREAN)) {
            assertThat(Messages.forLocale(language).problem(damaged).split("special characters", -1)).as(language.toString())
                    .hasSize(2);
        }
    }

    @Test
    void frontMatterWarningsReadInTheInterfaceLanguageWithTheirShapesWorded() {
        Problem yaml = Problem.of(Problem.Kind.FRONT_MATTER_NOT_YAML_AT, 3, "mapping values are not allowed here");
        Problem tag = Problem.of(Problem.Kind.LABEL_NOT_TEXT, "tags", Problem.Shape.of(java.util.Map.of()));
        Problem date = Problem.of(Problem.Kind.DATE_INVALID_NAME_USED, "2020-13-45");
        Messages english = Messages.forLocale(Locale.ENGLISH);
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(english.problem(yaml))
                .isEqualTo("front matter is not valid YAML (line 3: mapping values are not allowed here); read line by line");
        assertThat(chinese.problem(yaml)).isEqualTo("头信息不是有效的 YAML（第 3 行：mapping values are not allowed here），已改为逐行读取");
        assertThat(english.problem(tag)).isEqualTo("tags: ignored an item that is not text (a map)");
        assertThat(chinese.problem(tag)).isEqualTo("tags：忽略了一个不是文本的项（映射）");
        assertThat(chinese.problem(date)).isEqualTo("日期“2020-13-45”不是有效的日期，改用文件名中的日期");
        assertThat(english.problem(Problem.of(Problem.Kind.LABEL_NOT_TEXT, "tags", "Date")))
                .as("a Java type name is kept as it is").endsWith("(Date)");
    }

    @Test
    void aChineseLocaleGetsChineseTexts() {
        for (Locale chinese : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.TRADITIONAL_CHINESE,
                Locale.forLanguageTag("zh-Hans-SG")}) {
            Messages zh = Messages.forLocale(chinese);
            assertThat(zh.text("menu.file")).as(chinese.toString()).isEqualTo("文件");
            assertThat(zh.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        }
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.text("menu.annotations")).isEqualTo("批注");
        assertThat(zh.format("status.showing", 2, 5)).isEqualTo("显示 2 篇，共 5 篇文章");
        assertThat(zh.format("search.count", 1)).isEqualTo("1 条结果");
        assertThat(zh.pageWords().minutesRead()).isEqualTo("预计阅读 {0} 分钟");
    }

    @Test
    void otherLocalesGetEnglishWithTheirOwnNumbers() {
        Messages english = Messages.forLocale(Locale.US);
        assertThat(english.text("menu.file")).isEqualTo("File");
        assertThat(english.language()).isEqualTo(Locale.ENGLISH);
        assertThat(english.format("status.showing", 1234, 10138)).isEqualTo("Showing 1,234 of 10,138 articles");
        assertThat(Messages.forLocale(Locale.GERMANY).format("status.showing", 1234, 10138))
                .isEqualTo("Showing 1.234 of 10.138 articles");
        assertThat(Messages.forLocale(Locale.ITALY).text("menu.file")).isEqualTo("File");
    }

    @Test
    void aKoreanLocaleGetsKoreanTexts() {
        for (Locale korean : new Locale[] {Locale.KOREA, Locale.KOREAN}) {
            Messages ko = Messages.forLocale(korean);
            assertThat(ko.text("menu.file")).as(korean.toString()).isEqualTo("파일");
            assertThat(ko.language()).isEqualTo(Locale.KOREAN);
        }
        Messages ko = Messages.forLocale(Locale.KOREA);
        assertThat(ko.text("menu.annotations")).isEqualTo("주석");
        assertThat(ko.format("status.showing", 1234, 10138)).isEqualTo("글 10,138개 중 1,234개 표시");
        assertThat(ko.format("search.count", 1)).isEqualTo("결과 1개");
        assertThat(ko.format("toolbar.remoteImages", 3)).isEqualTo("원격 이미지 3개 불러오기");
        Problem damaged = Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED, "/notes/a.yaml", "x", "a.yaml.damaged-1", 2);
        assertThat(ko.problem(damaged)).startsWith("주석 파일 /notes/a.yaml을(를) 완전히 읽지 못했습니다(x).")
                .contains("a.yaml.damaged-1", "주석 2개를 복구했습니다");
    }

    @Test
    void aJapaneseLocaleGetsJapaneseTexts() {
        for (Locale japanese : new Locale[] {Locale.JAPAN, Locale.JAPANESE, Locale.forLanguageTag("ja-JP-u-ca-japanese")}) {
            Messages ja = Messages.forLocale(japanese);
            assertThat(ja.text("menu.file")).as(japanese.toString()).isEqualTo("ファイル");
            assertThat(ja.language()).isEqualTo(Locale.JAPANESE);
        }
        Messages ja = Messages.forLocale(Locale.JAPAN);
        assertThat(ja.text("menu.annotations")).isEqualTo("注釈");
        assertThat(ja.format("status.showing", 1234, 10138)).isEqualTo("10,138 件中 1,234 件の記事を表示");
        assertThat(ja.format("search.count", 1)).isEqualTo("1 件");
        assertThat(ja.format("toolbar.remoteImages", 3)).isEqualTo("リモート画像を読み込む（3 枚）");
    }

    @Test
    void theWordsOfAReadingPageAreJapaneseInAJapaneseInterface() {
        dev.lectern.render.PageWords words = Messages.forLocale(Locale.JAPAN).pageWords();
        assertThat(words.minutesRead()).isEqualTo("約 {0} 分で読めます");
        assertThat(words.source()).isEqualTo("出典：{0}");
        assertThat(List.of(words.image(), words.imageNotFound(), words.imageBlocked(), words.copyCode(), words.diagram(),
                words.video(), words.audio(), words.embeddedPage()))
                .containsExactly("画像", "見つかりません", "ブロックしました", "コードをコピー", "図のソース", "動画", "音声",
                        "埋め込みページ");
    }

    @Test
    void problemsReadInJapaneseWithTheirValuesAndQuotedInCornerBrackets() {
        Messages japanese = Messages.forLocale(Locale.JAPANESE);
        Problem damaged = Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED, "/notes/a.yaml", "x", "a.yaml.damaged-1", 2);
        assertThat(japanese.problem(damaged)).startsWith("注釈ファイル /notes/a.yaml を完全には読み込めませんでした（x）")
                .contains("a.yaml.damaged-1", "注釈 2 件を復元しました");
        assertThat(japanese.problem(Problem.of(Problem.Kind.LABEL_NOT_TEXT, "tags", Problem.Shape.of(java.util.Map.of()))))
                .isEqualTo("tags：テキストでない項目を無視しました（マップ）");
        assertThat(japanese.problem(Problem.of(Problem.Kind.DATE_INVALID_NAME_USED, "2020-13-45")))
                .isEqualTo("日付「2020-13-45」は正しい日付ではありません。ファイル名の日付を使います");
    }

    @Test
    void englishCountsAreSingularForOneOnly() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertThat(english.format("search.count", 0)).isEqualTo("0 results");
        assertThat(english.format("search.count", 1)).isEqualTo("1 result");
        assertThat(english.format("search.count", 2)).isEqualTo("2 results");
        assertThat(english.format("status.warnings", 1)).isEqualTo("1 warning");
        assertThat(english.format("status.warnings", 1500)).isEqualTo("1,500 warnings");
        assertThat(english.format("toolbar.remoteImages", 1)).isEqualTo("Load 1 remote image");
        assertThat(english.format("allAnnotations.summary", 3, 7, 1)).isEqualTo("3 of 7 in 1 article");
    }

    @Test
    void keysMadeFromNamesExistForEveryName() {
        for (Theme theme : Theme.values()) {
            String name = theme.name().toLowerCase(Locale.ROOT);
            assertThat(ENGLISH).containsKeys("theme." + name, "menu.view.theme." + name);
        }
        for (HighlightColor color : HighlightColor.values()) {
            assertThat(ENGLISH).containsKey("color." + color.key());
        }
        for (ReadFilter filter : ReadFilter.values()) {
            assertThat(ENGLISH).containsKey(ReadFilter.KEY_PREFIX + filter.name().toLowerCase(Locale.ROOT));
        }
        for (dev.lectern.render.MarkdownLimits.Breach breach : dev.lectern.render.MarkdownLimits.Breach.values()) {
            assertThat(ENGLISH).containsKey("reader.plain." + breach.name().toLowerCase(Locale.ROOT));
        }
    }

    private static Properties load(String name) {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/lectern/ui/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
