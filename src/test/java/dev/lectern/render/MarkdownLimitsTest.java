package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Limits count brackets and emphasis marks per block: a long ordinary article renders, a hostile block does not. */
class MarkdownLimitsTest {

    @Test
    void aLongOrdinaryArticleWithManyLinksAndEmphasisRendersAsMarkdown() {
        String ordinary = LargeArticleBenchmark.ordinary(2 * 1024 * 1024);

        assertThat(ordinary.chars().filter(c -> c == '[').count()).isGreaterThan(MarkdownLimits.MAX_BRACKETS);
        assertThat(ordinary.chars().filter(c -> c == '*').count()).isGreaterThan(MarkdownLimits.MAX_DELIMITERS);
        assertThat(MarkdownLimits.check(ordinary)).isNull();
    }

    @Test
    void hostileRunsInOneBlockOrSpreadOverManyBigBlocksAreShownAsPlainText() {
        assertThat(MarkdownLimits.check("*a ".repeat(50_000) + "\n")).isEqualTo(MarkdownLimits.Breach.DELIMITERS);
        assertThat(MarkdownLimits.check("[".repeat(50_000) + "\n")).isEqualTo(MarkdownLimits.Breach.LINKS);
        String bigBlock = "[x] ".repeat(1_100) + "\n\n";
        assertThat(MarkdownLimits.check(bigBlock.repeat(40))).as("40 blocks of 1,100 brackets").isNull();
        assertThat(MarkdownLimits.check(bigBlock.repeat(60))).as("60 blocks of 1,100 brackets")
                .isEqualTo(MarkdownLimits.Breach.LINKS);
        assertThat(MarkdownLimits.check("> quoted [link](x)\n>\n".repeat(20_000))).as("quoted paragraphs").isNull();
    }

    @Test
    void aBlockFullOfCodeSpansOrOfIndentedLinesIsShownAsPlainTextButCodeAndListsAreNot() {
        assertThat(MarkdownLimits.check("start\n" + "`a\n".repeat(40_000))).isEqualTo(MarkdownLimits.Breach.CODE_SPANS);
        assertThat(MarkdownLimits.check("start\n" + "    a\n".repeat(40_000))).isEqualTo(MarkdownLimits.Breach.LONG_BLOCKS);
        assertThat(MarkdownLimits.check("start\n" + "  a\n".repeat(9_000))).isEqualTo(MarkdownLimits.Breach.LONG_BLOCKS);

        assertThat(MarkdownLimits.check("```\n" + "    a `b`\n".repeat(40_000) + "```\n")).as("fenced code").isNull();
        assertThat(MarkdownLimits.check("- a\n" + "  - b\n".repeat(40_000))).as("a long nested list").isNull();
        assertThat(MarkdownLimits.check("用 `code` 和 `更多`。\n\n".repeat(20_000))).as("code spans in many paragraphs").isNull();
        assertThat(MarkdownLimits.check("start\n" + "  a\n".repeat(7_000))).isNull();
    }

    @Test
    void aParagraphOfThousandsOfInlineTagsIsShownAsPlainTextButABigHtmlBlockIsNot() {
        // flexmark copied the whole paragraph for each inline tag: 20,000 spans took 97 s to parse
        String spans = "<span title=\"v\"></span> ".repeat(20_000) + "\n";
        assertThat(MarkdownLimits.check(spans)).isEqualTo(MarkdownLimits.Breach.HTML_TAGS);
        assertThat(MarkdownLimits.check("text " + "<video src=\"a.mp4\">".repeat(20_000) + "\n"))
                .isEqualTo(MarkdownLimits.Breach.HTML_TAGS);

        assertThat(MarkdownLimits.check("a &amp; ".repeat(40_000) + "\n")).isEqualTo(MarkdownLimits.Breach.HTML_TAGS);
        assertThat(MarkdownLimits.check("a &amp; ".repeat(40_000))).as("a file without a final line break")
                .isEqualTo(MarkdownLimits.Breach.HTML_TAGS);
        assertThat(MarkdownLimits.check("start\n" + "`a ".repeat(40_000))).as("the same").isEqualTo(MarkdownLimits.Breach.CODE_SPANS);
        String table = "<table>\n" + "<tr><td><b>cell</b></td><td><code>x</code></td></tr>\n".repeat(20_000) + "</table>\n";
        assertThat(MarkdownLimits.check(table)).as("a raw HTML table: an HTML block, not parsed for inlines").isNull();
        assertThat(MarkdownLimits.check("Some <b>bold</b> and <kbd>Ctrl</kbd> words.\n\n".repeat(20_000)))
                .as("tags in many short paragraphs").isNull();
        assertThat(MarkdownLimits.check("```html\n" + "<span>x</span>\n".repeat(40_000) + "```\n")).as("fenced code").isNull();
    }

    @Test
    void rawHtmlNestedDeeperThanAnyPageIsShownAsPlainTextButUnclosedParagraphsAndVoidTagsAreNot() {
        assertThat(MarkdownLimits.check("<div>".repeat(10_000) + "x" + "</div>".repeat(10_000)))
                .isEqualTo(MarkdownLimits.Breach.HTML_DEPTH);
        assertThat(MarkdownLimits.check("text " + "<b>".repeat(600) + "\n")).as("unclosed inline tags nest too")
                .isEqualTo(MarkdownLimits.Breach.HTML_DEPTH);

        assertThat(MarkdownLimits.check("<div><span>x</span></div>\n".repeat(100_000))).as("many, one after another").isNull();
        assertThat(MarkdownLimits.check("<div>".repeat(400) + "x" + "</div>".repeat(400))).isNull();
        assertThat(MarkdownLimits.check("<p>para <br> <img src=\"a.png\"> <li>item <div/> <hr/>\n".repeat(5_000)))
                .as("tags without an end tag").isNull();
        assertThat(MarkdownLimits.check("```html\n" + "<div>\n".repeat(5_000) + "```\n")).as("fenced code").isNull();
        assertThat(MarkdownLimits.check("- <https://example.com/a> and <ann@example.com>\n".repeat(600)))
                .as("autolinks and mail links").isNull();
        assertThat(MarkdownLimits.check("Wrap it in a `<div>` first.\n\n".repeat(600))).as("tags named in code spans").isNull();
        assertThat(MarkdownLimits.check("Intro.\n\n" + "    <div>\n".repeat(600))).as("indented code").isNull();
    }
}
