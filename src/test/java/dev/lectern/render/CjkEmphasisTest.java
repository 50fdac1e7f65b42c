package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Bold and italic around CJK punctuation, as the Jekyll and Hexo sites of these posts show them (CommonMark alone
 * leaves the asterisks on the page), while Latin text keeps CommonMark's rules exactly.
 */
class CjkEmphasisTest {

    private final PageRenderer renderer = new PageRenderer();

    private Element body(String markdown) {
        return TestArticles.body(renderer, markdown);
    }

    @Test
    void boldEndingInFullWidthPunctuationBeforeALetterIsBold() {
        Element page = body("它是基于哈希表实现的一个**键值对（Key-Value）**结构，"
                + "适用于**先增后减（单峰）**的函数。\n\n"
                + "**このアスタリスクは強調記号として認識されず、そのまま表示されます。**この文のせいで。\n");

        assertThat(page.select("strong").eachText())
                .containsExactly("键值对（Key-Value）", "先增后减（单峰）", "このアスタリスクは強調記号として認識されず、そのまま表示されます。");
        assertThat(page.text()).doesNotContain("*").as("no zero-width space added").doesNotContain("\u200B");
    }

    @Test
    void boldOpeningOnLatinPunctuationAfterAHanCharacterIsBold() {
        Element page = body("限定词是**\"有且仅有\"**的，Lighthouseレポートの**[パフォーマンス]**セクション、"
                + "패키지를 발행하려면 **`npm publish`**를 실행하십시오. 只有**Add()**上面添加了属性。\n");

        assertThat(page.select("strong").eachText())
                .containsExactly("\"有且仅有\"", "[パフォーマンス]", "npm publish", "Add()");
        assertThat(page.text()).doesNotContain("*");
    }

    @Test
    void italicAroundCornerBracketsIsItalic() {
        assertThat(body("他说*「好。」*然后走了。\n").select("em").eachText()).containsExactly("「好。」");
    }

    @Test
    void twoRunsOfThreeCloseEachOtherAsCurrentCommonMarkSays() {
        Element page = body("技术支持专业高效，***核心研发***及时处理\n\nfoo***bar***baz\n\n*foo**bar*\n");

        assertThat(page.select("em > strong").eachText()).containsExactly("核心研发", "bar");
        assertThat(page.select("em").last().text()).as("the multiple-of-3 rule still holds").isEqualTo("foo**bar");
    }

    @Test
    void latinTextAndUnderscoresInsideWordsKeepCommonMarksRules() {
        Element page = body("**Drittanbieter-**iframe\n\na*\"foo\"*\n\nsnake_case_name, 中文_中文_中文\n\n__bold__ and a**b**c.\n");

        assertThat(page.select("strong").eachText()).containsExactly("bold", "b");
        assertThat(page.select("em")).isEmpty();
        assertThat(page.text()).contains("**Drittanbieter-**iframe", "a*\"foo\"*", "snake_case_name", "中文_中文_中文");
    }

    @Test
    void escapedAsterisksStayAsTyped() {
        assertThat(body("中**\\*\\*回溯（Backtracking）\\*\\***的\n").text()).contains("**回溯（Backtracking）**");
    }

    @Test
    void emphasisWithoutACjkLetterIsMarkedToBeSlantedNotDotted() {
        Element page = body("* _Amazon Corretto_（https://github.com/corretto）: 2019年正式发布\n"
                + "* 无服务器应用框架 _Chalice_ 及 *AWS SAM (2018)* 与 _云原生 Serverless_ 和 *「重点」*\n");

        assertThat(page.select("em.latin").eachText()).as("slanted in a Latin font")
                .containsExactly("Amazon Corretto", "Chalice", "AWS SAM (2018)");
        assertThat(page.select("em:not(.latin)").eachText()).as("CJK letters keep the emphasis dots")
                .containsExactly("云原生 Serverless", "「重点」");
    }
}
