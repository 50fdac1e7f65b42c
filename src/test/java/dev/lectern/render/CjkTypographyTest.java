package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** CJK typesetting marks (vertical writing, upright numbers, punctuation pairs, CJK–Latin spacing) never change the text. */
class CjkTypographyTest {

    private static final String MARKDOWN = "# 标题\n\n第1段写于2024年3月12日，版本v2与3.5，用的是Java 17。她说：「好。」（注：「引」）\n\n"
            + "```java\nint x = 12; // 「代码。」\n```\n\n`a1` 与 <kbd>F5</kbd>\n";

    private final Path root = Path.of("/lib").toAbsolutePath();
    private final PageRenderer renderer = new PageRenderer();

    private String render(String lang, RenderOptions options) {
        return render(lang, MARKDOWN, options);
    }

    private String render(String lang, String markdown, RenderOptions options) {
        Article article = new Article(new ArticleId("a.md"), "T", null, null, List.of(), List.of(), List.of(), null, false,
                lang, List.of(), 0, 0);
        return renderer.render(article, markdown, options);
    }

    private RenderOptions plain() {
        return RenderOptions.defaults(root, root.resolve("a.md"));
    }

    @Test
    void verticalWritingSetsShortNumbersUprightAndKeepsTheText() {
        String horizontal = render(null, plain());
        String vertical = render(null, plain().withVertical(true));
        Document page = Jsoup.parse(vertical);

        assertThat(page.select("html").hasClass("vertical")).isTrue();
        assertThat(page.select(".article-body .tcy").eachText()).containsExactly("12");
        assertThat(page.select(".article-body .upright").eachText()).containsExactly("1", "3");
        assertThat(page.select("pre span.tcy, pre .upright, code .tcy, code .upright, kbd .upright")).isEmpty();
        assertThat(PageText.of(vertical)).isEqualTo(PageText.of(horizontal));
        assertThat(Jsoup.parse(horizontal).select(".tcy")).isEmpty();
        assertThat(page.select(".article-body .vp").eachText()).as("commas and stops moved to the column's top right")
                .containsExactly("，", "，", "。", "。");
        assertThat(Jsoup.parse(horizontal).select(".vp")).isEmpty();
    }

    @Test
    void halfWidthExclamationsAfterJapaneseStandAcrossTheColumnAsTheNovelSitesSetThem() {
        String markdown = "「お前がか!?」「やった!!」「嘘!!!」「え?」と言った。Hello! Really?! 「!!!!」\n";
        Document page = Jsoup.parse(render("ja", markdown, plain().withVertical(true)));

        assertThat(page.select(".article-body .tcy").eachText()).containsExactly("!?", "!!", "!!!");
        assertThat(page.select(".article-body .upright").eachText()).as("one mark upright; after Latin words they lie")
                .containsExactly("?");
        assertThat(PageText.of(render("ja", markdown, plain().withVertical(true))))
                .isEqualTo(PageText.of(render("ja", markdown, plain())));
    }

    @Test
    void onlyChineseAndJapanesePagesAreSetVertically() {
        assertThat(Jsoup.parse(render("ja", plain().withVertical(true))).select("html").hasClass("vertical")).isTrue();
        assertThat(Jsoup.parse(render("ko", plain().withVertical(true))).select("html").hasClass("vertical")).isFalse();
        assertThat(Jsoup.parse(render("en", plain().withVertical(true))).select("html").hasClass("vertical")).isFalse();
    }

    @Test
    void adjacentPunctuationIsMarkedOutsideCodeForSimplifiedAndJapaneseOnly() {
        Document page = Jsoup.parse(render(null, plain()));
        assertThat(page.select(".article-body .pc").eachText()).containsExactly("。", "」", "」");
        assertThat(page.select("pre .pc")).isEmpty();
        assertThat(Jsoup.parse(render("zh-TW", plain())).select(".pc")).as("Traditional fonts centre their marks").isEmpty();
        assertThat(Jsoup.parse(render("ja", plain())).select(".pc")).hasSize(3);
    }

    @Test
    void curlyQuotesBesideAnotherMarkAreSqueezedOnChinesePagesOnly() {
        String markdown = "他说，“你好”。她问：“真的吗？”“是的”，然后‘走了’。\n";
        // ，“ ”。 ”“ ”， ’。: the first of each; ：“ and ？” stay (colons and question marks are not at one side)
        assertThat(Jsoup.parse(render("zh-CN", markdown, plain())).select(".article-body .pc").eachText())
                .containsExactly("，", "”", "”", "”", "’");
        assertThat(Jsoup.parse(render("ja", markdown, plain())).select(".article-body .pc"))
                .as("Japanese fonts draw curly quotes proportional").isEmpty();
    }

    @Test
    void latinSpacingMarksEachBoundaryWithAnEmptySpanAndTheTextStaysTheSame() {
        String spaced = render(null, plain().withLatinSpacing(true));
        assertThat(Jsoup.parse(spaced).select("html").hasClass("autospace")).isTrue();
        // 第|1|段 于|2024|年 年|3|月 月|12|日 本|v2|与 与|3.5 是|Java: twelve boundaries in the paragraph, none in code
        assertThat(Jsoup.parse(spaced).select(".article-body p .lt-sp")).hasSize(12);
        assertThat(Jsoup.parse(spaced).select("pre .lt-sp, code .lt-sp, kbd .lt-sp")).isEmpty();
        assertThat(Jsoup.parse(spaced).select(".lt-sp").eachText()).allMatch(String::isEmpty);
        assertThat(PageText.of(spaced)).isEqualTo(PageText.of(render(null, plain())));
        assertThat(Jsoup.parse(render("en", plain().withLatinSpacing(true))).select("html").hasClass("autospace")).isFalse();
    }

    @Test
    void curlyQuotesOfLatinTextAreMarkedForAProportionalFontAndChineseQuotesAreNot() {
        String markdown = "Let’s Encrypt 的证书，Chrome’s 新版本。他说“你好”，英文是 “Hello, world” 与 ‘ok’ 。the builders’ library"
                + "，‘中文abc’中"
                + "“未闭合的 Latin quote\n\n`don’t` 与 “" + "x".repeat(300) + "”\n";
        String html = render("zh-CN", markdown, plain());
        assertThat(Jsoup.parse(html).select(".article-body .lq").eachText())
                .containsExactly("’", "’", "“Hello, world”", "‘ok’", "’");
        assertThat(PageText.of(html)).contains("Let’s Encrypt 的证书，Chrome’s 新版本。他说“你好”");
        assertThat(Jsoup.parse(render("en", markdown, plain())).select(".lq"))
                .as("a Latin page's font draws them proportional already").isEmpty();
    }

    @Test
    void quotesAroundALatinTermInsideAChineseSentenceKeepTheirFullWidth() {
        String markdown = "我们处理“Case 3”的目的是为了将“Case 3”进行转换，转换成‘Case 4’。\n\n"
                + "He wrote “Case 3” here, 见上文。\n";
        Document page = Jsoup.parse(render("zh-CN", markdown, plain()));
        assertThat(page.select(".article-body p").first().select(".lq"))
                .as("a Chinese sentence's marks around an English term are Chinese quotation marks").isEmpty();
        assertThat(page.select(".article-body p").last().select(".lq").eachText())
                .as("quotes inside a Latin sentence stay proportional").containsExactly("“Case 3”");
    }

    @Test
    void chineseAndJapaneseRunsOfAnEnglishPageAreMarkedForACjkFontAndTheTextIsUnchanged() {
        String markdown = "# Notes\n\nGiven in 北京（Beijing） and titled 「ウェブの未来」, said `北京` in code.\n";
        String html = render("en", markdown, plain());
        Document page = Jsoup.parse(html);
        assertThat(page.select(".article-body .cjk-run").eachText()).containsExactly("北京（", "）", "「ウェブの未来」");
        assertThat(page.select(".article-body .cjk-run.ja").eachText()).containsExactly("「ウェブの未来」");
        assertThat(page.select("code .cjk-run")).as("code keeps its font").isEmpty();
        assertThat(PageText.of(html)).contains("Given in 北京（Beijing） and titled 「ウェブの未来」");
        assertThat(Jsoup.parse(render("zh-CN", markdown, plain())).select(".cjk-run"))
                .as("a Chinese page is in a CJK font already").isEmpty();
    }

    @Test
    void aPageConvertedToTraditionalIsInTheLanguageOfItsScriptAndItsMarksAreNotSqueezed() {
        Document taiwan = Jsoup.parse(render("zh-CN", plain().withScript(Script.TAIWAN)));
        assertThat(taiwan.select("html").attr("lang")).isEqualTo("zh-TW");
        assertThat(taiwan.select(".pc")).as("Traditional fonts centre their marks").isEmpty();
        assertThat(Jsoup.parse(render("zh-CN", plain().withScript(Script.HONG_KONG))).select("html").attr("lang"))
                .isEqualTo("zh-HK");
        assertThat(Jsoup.parse(render("zh-TW", plain().withScript(Script.SIMPLIFIED))).select("html").attr("lang"))
                .isEqualTo("zh-CN");
        assertThat(Jsoup.parse(render("ja", plain().withScript(Script.TAIWAN))).select("html").attr("lang"))
                .as("only Chinese pages are converted").isEqualTo("ja");
    }

    @Test
    void spacingAndPunctuationSpansNeverSplitAConvertedPhrase() {
        RenderOptions taiwan = plain().withScript(Script.TAIWAN).withLatinSpacing(true).withVertical(true);
        String converted = render("zh-CN", taiwan);
        Document page = Jsoup.parse(converted);

        assertThat(PageText.of(converted)).isEqualTo(PageText.of(render("zh-CN", plain())));
        assertThat(page.select(".article-body .lt-sp")).isNotEmpty();
        assertThat(page.select(".article-body .lt-conv")).isNotEmpty()
                .allSatisfy(phrase -> assertThat(phrase.childNodeSize()).as(phrase.outerHtml()).isEqualTo(1));
    }

    @Test
    void aVerticalChinesePageShowsCurlyQuotesAsCornerBracketsAndCountsThemAsWritten() {
        String markdown = "他说：“这是‘引号’。”她回答：“Let’s go”。He wrote “Hello, world” twice.\n\n`“代码”`\n";
        String horizontal = render("zh-CN", markdown, plain());
        String vertical = render("zh-CN", markdown, plain().withVertical(true));
        Document page = Jsoup.parse(vertical);

        assertThat(page.select(".article-body p").first().text())
                .as("double quotes as 『』, single as 「」 (GB/T 15834), around Latin words of a Chinese sentence too; "
                        + "a Latin sentence's quotations keep theirs")
                .isEqualTo("他说：『这是「引号」。』她回答：『Let’s go』。He wrote “Hello, world” twice.");
        assertThat(page.select("code").text()).isEqualTo("“代码”");
        assertThat(PageText.of(vertical)).as("highlights and find count the quotes as written")
                .isEqualTo(PageText.of(horizontal));
        assertThat(Jsoup.parse(horizontal).select(".article-body p").first().text()).startsWith("他说：“这是‘引号’。”");

        Document taiwan = Jsoup.parse(render("zh-TW", markdown, plain().withVertical(true)));
        assertThat(taiwan.select(".article-body p").first().text()).startsWith("他说：「这是『引号』。」");
        assertThat(Jsoup.parse(render("ja", markdown, plain().withVertical(true))).select(".article-body p").first().text())
                .as("Japanese pages are left alone").startsWith("他说：“这是‘引号’。”");
    }

    @Test
    void onAVerticalPageEachHanAndKanaCharacterStandsInAnUprightBoxAndTheTextIsUnchanged() {
        String markdown = "# 一、月下\n\n真的吗？是的！第1章用 Java 17 写，ＡＢ１２，カタカナーと「括号」……ちょっと\n\n`代码`\n";
        String horizontal = render("zh-CN", markdown, plain());
        String vertical = render("zh-CN", markdown, plain().withVertical(true));
        Document page = Jsoup.parse(vertical);

        assertThat(page.select(".article-body .vu").eachText()).as("punctuation, brackets, ー and Latin turn with the column")
                .containsExactly("一", "月", "下", "真", "的", "吗", "？", "是", "的", "！", "第", "章", "用", "写", "Ａ", "Ｂ", "１", "２",
                        "カ", "タ", "カ", "ナ", "と", "括", "号", "ち", "ょ", "っ", "と", "代", "码");
        assertThat(page.select(".article-body .vs").eachText()).as("small kana, moved to the top right").containsExactly("ょ", "っ");
        assertThat(page.select(".article-body .vb").eachText()).as("flat characters in a square box").containsExactly("一");
        assertThat(page.select(".article-body .vq").eachText()).as("！？ in a font that sets them in the middle")
                .containsExactly("？", "！");
        assertThat(page.select(".article-body .vn").eachText()).as("a box kept with the marks a column may not start or end on")
                .contains("吗？", "的！", "「括", "号」……");
        assertThat(page.select(".article-body .upright").eachText()).containsExactly("1");
        assertThat(page.select("code .vu").eachText()).as("inline code's Han stand upright like the words around it")
                .containsExactly("代", "码");
        Article titled = new Article(new ArticleId("a.md"), "荷塘 Notes", null, null, List.of(), List.of(), List.of(), null,
                false, "zh-CN", List.of(), 0, 0);
        assertThat(Jsoup.parse(renderer.render(titled, markdown, plain().withVertical(true))).select(".article-header .vu")
                .eachText()).as("the title too").containsExactly("荷", "塘");
        assertThat(PageText.of(vertical)).isEqualTo(PageText.of(horizontal));
        assertThat(Jsoup.parse(horizontal).select(".vu")).isEmpty();
    }

    @Test
    void inlineCodeOfAVerticalPageSetsItsHanUprightAndItsLatinLettersAsBefore() {
        String markdown = "排查`内存泄漏`与`malloc(16)`。\n\n```\n内存 = 16\n```\n\n公式 $内存$\n";
        String horizontal = render("zh-CN", markdown, plain());
        String vertical = render("zh-CN", markdown, plain().withVertical(true));
        Document page = Jsoup.parse(vertical);

        assertThat(page.select("p code").first().select(".vu").eachText()).containsExactly("内", "存", "泄", "漏");
        assertThat(page.select("p code").get(1).html()).as("Latin code and its digits lie on their side")
                .isEqualTo("malloc(16)");
        assertThat(page.select("pre .vu, .math .vu")).as("code blocks and formulas stay as they are").isEmpty();
        assertThat(PageText.of(vertical)).isEqualTo(PageText.of(horizontal));
    }

    @Test
    void aVerticalTraditionalPageSetsItsCentredMarksUprightAndKeepsTheText() {
        String horizontal = render("zh-TW", plain());
        String vertical = render("zh-TW", plain().withVertical(true));
        Document page = Jsoup.parse(vertical);

        assertThat(page.select(".article-body .vc").eachText())
                .as("Traditional fonts centre 、。，：； and a vertical column sets them upright")
                .containsExactly("，", "，", "。", "：", "。", "：");
        assertThat(page.select("pre .vc, code .vc")).isEmpty();
        assertThat(page.select(".vp")).as("not moved to the top right as Simplified marks are").isEmpty();
        assertThat(PageText.of(vertical)).isEqualTo(PageText.of(horizontal));
        assertThat(Jsoup.parse(horizontal).select(".vc")).isEmpty();
        assertThat(Jsoup.parse(render("zh-CN", plain().withVertical(true))).select(".vc")).isEmpty();
        assertThat(Jsoup.parse(render("zh-CN", plain().withVertical(true).withScript(Script.TAIWAN))).select(".vc"))
                .as("a page converted to Traditional, in a Traditional font").hasSize(6);
    }
}
