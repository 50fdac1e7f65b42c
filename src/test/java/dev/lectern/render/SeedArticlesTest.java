package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static dev.lectern.render.TestArticles.seed;
import static dev.lectern.render.TestArticles.seedOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The five sample articles render as their authors meant. */
class SeedArticlesTest {

    private static final String NIGHTS = "2020-01-05-reinvent-nights.md";
    private static final String SERVERLESS = "reinvent-2018-machine-learning-and-serverless.md";
    private static final String NOTES = "reinvent-2019-notes.md";

    private final PageRenderer renderer = new PageRenderer();

    private RenderedPage render(String file) {
        return renderer.renderPage(article("Title"), seed(file), seedOptions(file));
    }

    @Test
    void nightsKeepsListsImagesLinksAndTheCentredFooter() {
        Document page = dom(render(NIGHTS).html());

        assertThat(page.select(".article-body ul > li")).hasSizeGreaterThan(10);
        assertThat(page.select(".article-body h1, .article-body h2")).extracting(Element::id)
                .contains("前言", "总结无边界创新");
        assertThat(page.select(".article-body a[href^=https://aws.amazon.com]")).isNotEmpty();
        assertThat(page.select(".article-body strong").eachText())
                .anyMatch(text -> text.startsWith("而 AWS 开放的不是源代码"));
        Element footer = page.selectFirst(".article-body center");
        assertThat(footer).isNotNull();
        assertThat(footer.text()).contains("诞生于 2019，遇见 2020。", "从客户中来，到客户中去！");
        assertThat(footer.select("p[style]").first().attr("style")).contains("text-align:center");
        assertThat(footer.select("br")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.select(".article-body .img-placeholder[data-src=/img/20200105/reinvent.png]")).hasSize(1);
    }

    @Test
    void nightsFrontMatterIsNotShownAsText() {
        Document page = dom(render(NIGHTS).html());

        assertThat(page.select(".article-body").text()).doesNotContain("header-img", "layout:");
    }

    @Test
    void nightsTableRendersAsATable() {
        String markdown = seed(NIGHTS) + "\n\n| 年份 | 人数 |\n|---|---:|\n| 2019 | 65,000 |\n";
        Document page = dom(renderer.render(article("T"), markdown, seedOptions(NIGHTS)));

        assertThat(page.select(".article-body table th").eachText()).containsExactly("年份", "人数");
        assertThat(page.select(".article-body table td").eachText()).containsExactly("2019", "65,000");
    }

    @Test
    void serverlessShowsItsBlockquoteAndSourceLink() {
        RenderedPage rendered = render(SERVERLESS);
        Document page = dom(rendered.html());

        String source = "https://acloudguru.com/blog/engineering/reinvent-2018-the-machine-learning-and-serverless-reinvent";
        assertThat(rendered.sourceUrl()).isEqualTo(source);
        assertThat(page.select(".article-header .article-source a").attr("href")).isEqualTo(source);
        assertThat(page.select(".article-body blockquote a").attr("href")).isEqualTo(source);
        assertThat(page.select(".article-body h3").eachText()).contains("贝佐斯少校的地面站");
    }

    @Test
    void lineNotesKeepOneItemPerLine() {
        RenderedPage rendered = render(NOTES);
        Element first = dom(rendered.html()).selectFirst(".article-body p");

        assertThat(rendered.lineBreaksKept()).isTrue();
        assertThat(first.select("br")).isNotEmpty();
        assertThat(first.textNodes().get(0).text().strip()).isEqualTo("2019年AWS re:Invent会议笔记");
        assertThat(first.child(0).nameIs("br")).isTrue();
        assertThat(first.select("br")).hasSizeGreaterThan(8);
    }

    @Test
    void proseArticlesAreNotBrokenIntoLines() {
        for (String file : List.of(NIGHTS, SERVERLESS, "reinvent-2022-day-1.md", "review-of-aws-reinvent.md")) {
            RenderedPage rendered = render(file);

            assertThat(rendered.lineBreaksKept()).as(file).isFalse();
            assertThat(dom(rendered.html()).select(".article-body > p br")).as(file).isEmpty();
        }
    }

    @Test
    void theReaderCanFlipTheLineBreakChoice() {
        RenderedPage forcedOff = renderer.renderPage(article("T"), seed(NOTES),
                seedOptions(NOTES).withKeepLineBreaks(false));
        RenderedPage forcedOn = renderer.renderPage(article("T"), seed(NIGHTS),
                seedOptions(NIGHTS).withKeepLineBreaks(true));

        assertThat(forcedOff.lineBreaksKept()).isFalse();
        assertThat(dom(forcedOff.html()).select(".article-body p br")).isEmpty();
        assertThat(forcedOn.lineBreaksKept()).isTrue();
        assertThat(dom(forcedOn.html()).select(".article-body p br")).hasSizeGreaterThan(5);
    }

    @Test
    void headerShowsTheArticleFactsAndTagChips() {
        var meta = article("2020 第一场线下活动", "致敬云计算之美", LocalDate.of(2020, 1, 5), List.of("薛以致用"),
                List.of("re:invent", "云计算", "lang/java"));
        Document page = dom(renderer.render(meta, seed(NIGHTS), seedOptions(NIGHTS)));

        assertThat(page.select(".article-header .article-title").text()).isEqualTo("2020 第一场线下活动");
        assertThat(page.select(".article-header .article-subtitle").text()).isEqualTo("致敬云计算之美");
        assertThat(page.select(".article-meta").text()).contains("薛以致用", "2020-01-05").matches(".*\\d+ min read.*");
        assertThat(page.select("a.tag-chip").eachAttr("href")).map(href -> TagLinks.tagOf(href).orElseThrow().toString())
                .containsExactly("re:invent", "云计算", "lang/java");
        assertThat(page.select("a.tag-chip").eachAttr("data-tag")).containsExactly("re:invent", "云计算", "lang/java");
        assertThat(page.select("a.tag-chip").eachText()).containsExactly("re:invent", "云计算", "lang/java");
    }

    @Test
    void headerShowsCategoriesAsChipsOfTheirOwnBeforeTheTags() {
        var meta = new dev.lectern.model.Article(new dev.lectern.model.ArticleId("a.md"), "如何在 IT 运维中节省开支", null,
                null, List.of(), List.of("运维"), List.of("DevOps", "云/成本"), null, false, null, List.of(), 0, 0);
        Document page = dom(renderer.render(meta, seed(NIGHTS), seedOptions(NIGHTS)));

        assertThat(page.select("nav.tags a").eachText()).containsExactly("DevOps", "云/成本", "运维");
        assertThat(page.select("a.category-chip").eachAttr("href"))
                .map(href -> TagLinks.categoryOf(href).orElseThrow().toString()).containsExactly("DevOps", "云/成本");
        assertThat(page.select("a.category-chip").eachAttr("href")).allMatch(href -> TagLinks.tagOf(href).isEmpty());
        assertThat(page.select("a.tag-chip:not(.category-chip)").eachAttr("href"))
                .map(href -> TagLinks.tagOf(href).orElseThrow().toString()).containsExactly("运维");
    }

    @Test
    void thousandsOfTagsShowAsTheFirstChipsAndACountOfTheRest() {
        List<String> categories = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "cat" + i).toList();
        List<String> tags = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "t" + i).toList();
        var meta = new dev.lectern.model.Article(new dev.lectern.model.ArticleId("a.md"), "Many", null, null, List.of(),
                tags, categories, null, false, null, List.of(), 0, 0);
        Document page = dom(renderer.render(meta, seed(NIGHTS), seedOptions(NIGHTS)));

        assertThat(page.select("nav.tags a.tag-chip")).hasSize(ArticleHeader.MAX_CHIPS);
        assertThat(page.select("nav.tags a.tag-chip").first().text()).isEqualTo("cat0");
        assertThat(page.select("nav.tags .more-chips").text()).isEqualTo("+" + String.format(java.util.Locale.ROOT, "%,d", 10_000 - ArticleHeader.MAX_CHIPS));
        assertThat(page.select(".article-body").text()).as("the text follows").isNotBlank();
        assertThat(page.select("nav.tags a.tag-chip").first().attr("title")).as("a chip cut with … shows its whole name")
                .isEqualTo("cat0");
    }

    @Test
    void readingTimeCountsChineseCharacters() {
        Document page = dom(renderer.render(article("T"), "字".repeat(4000), seedOptions(NIGHTS)));

        assertThat(page.select(".reading-time").text()).isEqualTo("10 min read");
    }

    @Test
    void anEmptyArticleClaimsNoReadingTime() {
        // an empty file said "1 min read"
        Document empty = dom(renderer.render(article("Empty"), "", seedOptions(NIGHTS)));
        Document blank = dom(renderer.render(article("Blank"), "\n\n---\n\n", seedOptions(NIGHTS)));

        assertThat(empty.select(".reading-time")).isEmpty();
        assertThat(empty.select(".article-meta")).as("no empty line of facts under the title").isEmpty();
        assertThat(blank.select(".reading-time")).isEmpty();
        assertThat(dom(renderer.render(article("One"), "One word.", seedOptions(NIGHTS))).select(".reading-time").text())
                .isEqualTo("1 min read");
    }

    @Test
    void aTitleRepeatedAsTheFirstHeadingIsShownOnce() {
        String title = "re:Invent 2018 —机器学习和无服务器改造";
        Document page = dom(renderer.render(article(title), seed(SERVERLESS), seedOptions(SERVERLESS)));

        assertThat(page.select("h1").eachText()).containsExactly(title);
    }
}
