package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words an article opens with, as the card over a link to it shows them. */
class ArticleOpeningTest {

    private static String opening(String body, int most) {
        return ArticleOpening.of(new ArticleSource("", body), most);
    }

    @Test
    void theFirstParagraphsOfProseWithoutHeadingsCodeTablesPicturesOrHtmlBlocks() {
        String body = "# 标题\n\n![封面](cover.png)\n\n<div class=\"toc\">目录</div>\n\n{% include toc.html %}\n\n"
                + "第一段，有**粗体**和[链接](x.md)。\n第一段的第二行。\n\n```java\nint code = 1;\n```\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\nSetext heading\n===\n\n    indented code\n\nSecond paragraph, in English.\n";
        assertThat(opening(body, 280)).isEqualTo("第一段，有粗体和链接。第一段的第二行。 Second paragraph, in English.");
    }

    @Test
    void aLongOpeningIsCutAtASentencesEndOrAWordsNeverInsideOne() {
        String latin = "Lectern reads folders of articles. " + "It keeps highlights and notes beside them for years. ".repeat(6);
        String cut = opening(latin, 120);
        assertThat(cut).endsWith(".\u2026").hasSizeLessThanOrEqualTo(121);
        assertThat(opening("word ".repeat(100).replace(" ", "x "), 50)).matches("(wordx )*wordx\u2026");
        String chinese = "线程池是一种多线程处理形式，处理过程中将任务添加到队列，然后在创建线程后自动启动这些任务".repeat(5);
        assertThat(opening(chinese, 40)).as("a CJK character two columns wide").hasSize(21).endsWith("\u2026");
        assertThat(opening("😀".repeat(30), 9)).as("never half of a pair").isEqualTo("😀".repeat(4) + "\u2026");
        assertThat(opening("句子一。句子二。句子三。" + "没有句号的很长的文字".repeat(3), 30)).as("after a sentence's end").isEqualTo("句子一。句子二。句子三。\u2026");
    }

    @Test
    void anArticleOfCodeOrHeadingsAloneHasNoOpening() {
        assertThat(opening("# Only a heading\n\n```\ncode\n```\n", 280)).isEmpty();
        assertThat(opening("", 280)).isEmpty();
        assertThat(opening("```\nan unclosed fence, all code to the end\n\nnot prose\n", 280)).isEmpty();
    }

    @Test
    void aLinksAnchorFindsItsSectionByIdOrByTheLettersOfItsHeading() {
        ArticleSource source = new ArticleSource("", "Intro.\n\n#tag line\n\n```\n## Setup\n```\n\n## Getting Started!\n\n"
                + "Install it first.\n\n## 第30节 {: #middle }\n\n这一段是第30节。\n\n### Kramdown\n{: #k-id .big}\n\nBelow.\n\n"
                + "Setext 标题\n---\n\nUnder the line.\n");
        assertThat(ArticleOpening.section(source, "getting-started", 280))
                .as("up to the next heading of its level").isEqualTo(new ArticleOpening.Section("Getting Started!", "Install it first."));
        assertThat(ArticleOpening.section(source, "middle", 280))
                .as("its sub-sections are its own").isEqualTo(new ArticleOpening.Section("第30节", "这一段是第30节。 Below."));
        assertThat(ArticleOpening.section(source, "k-id", 280)).isEqualTo(new ArticleOpening.Section("Kramdown", "Below."));
        assertThat(ArticleOpening.section(source, "setext-标题", 280)).isEqualTo(new ArticleOpening.Section("Setext 标题",
                "Under the line."));
        assertThat(ArticleOpening.section(source, "第30节", 280)).as("a heading with an id is named by it").isNull();
        assertThat(ArticleOpening.section(source, "setup", 280)).as("in code").isNull();
        assertThat(ArticleOpening.section(source, "tag-line", 280)).as("a tag, not a heading").isNull();
        assertThat(ArticleOpening.section(source, "-!-", 280)).isNull();
    }

    @Test
    void headingsAndFencesAreReadAsCommonMarkReadsThem() {
        ArticleSource fences = new ArticleSource("", "~~~\n```js\nx\n~~~\n\n## Usage\n\nUse it.\n\n````md\n```\n## Inside\n```\n````\n\n"
                + "    # install\n\n## Setup ##\n\nSet it up.\n\nInstall\n---\n{: #inst}\n\nThen run it.\n\n- Listed\n---\n\nAfter.\n");
        assertThat(ArticleOpening.section(fences, "usage", 280)).as("a ``` line inside a ~~~ fence closes nothing")
                .isEqualTo(new ArticleOpening.Section("Usage", "Use it."));
        assertThat(ArticleOpening.section(fences, "inside", 280)).as("inside a four-backtick fence").isNull();
        assertThat(ArticleOpening.section(fences, "install", 280)).as("indented code is no heading; a setext one is")
                .isNull();
        assertThat(ArticleOpening.section(fences, "inst", 280)).as("its id after the underline; a list and a rule end no section")
                .isEqualTo(new ArticleOpening.Section("Install", "Then run it. Listed After."));
        assertThat(ArticleOpening.section(fences, "setup", 280)).as("its closing hashes are no words")
                .isEqualTo(new ArticleOpening.Section("Setup", "Set it up."));
        assertThat(ArticleOpening.section(fences, "listed", 280)).as("a list item, then a rule").isNull();
        ArticleSource repeated = new ArticleSource("", "## Setup\n\nFirst.\n\n## Usage\n\nUse.\n\n## Setup\n\nSecond.\n\n"
                + "## Step 2\n\nTwo.\n\n## Setup\n\nThird.\n");
        assertThat(ArticleOpening.section(repeated, "setup", 280).text()).isEqualTo("First.");
        assertThat(ArticleOpening.section(repeated, "setup-1", 280).text()).as("the second of those words").isEqualTo("Second.");
        assertThat(ArticleOpening.section(repeated, "setup-2", 280).text()).isEqualTo("Third.");
        assertThat(ArticleOpening.section(repeated, "step-2", 280).text()).as("a number of its own").isEqualTo("Two.");
        assertThat(ArticleOpening.section(repeated, "setup-3", 280)).isNull();
        assertThat(opening("````md\n```js\nconsole.log(1)\n```\n````\n\nThe real opening words.", 280))
                .isEqualTo("The real opening words.");
    }

    @Test
    void aHostileFileIsLookedAtOnlyAsFarAsItsHead() {
        String oneLine = "长".repeat(5_000_000);
        assertThat(opening(oneLine, 280)).hasSize(141);
        String manyLines = "\n".repeat(2_000_000) + "words at the end";
        assertThat(opening(manyLines, 280)).as("beyond the head").isEmpty();
        String far = "A paragraph.\n\n".repeat(50_000) + "## Far Away\n\nText.\n";
        assertThat(ArticleOpening.section(new ArticleSource("", far), "far-away", 280)).as("past the headings looked through")
                .isNull();
        String near = "## Far Away\n\nText.\n\n" + "# *a _a [a *a _a [a\n".repeat(100_000);
        assertThat(ArticleOpening.section(new ArticleSource("", near), "far-away", 280))
                .isEqualTo(new ArticleOpening.Section("Far Away", "Text."));
        assertThat(ArticleOpening.section(new ArticleSource("", near), "aaaaaaa", 280)).as("2 MB of headings, each looked at once")
                .isNull();
    }
}
