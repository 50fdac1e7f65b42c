package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words around a link, as the backlinks list shows them. */
class LinkContextTest {

    @Test
    void theLinksLineReadsAsItsPageShowsIt() {
        String markdown = "# Title\n\n其他段落。\n正如[上一篇](2018-07-13-database-recover.md#intro)所说，**数据库**恢复很重要。\n\n下一段。\n";
        int at = markdown.indexOf("](");
        assertThat(LinkContext.around(markdown, at, false)).isEqualTo("正如上一篇所说，数据库恢复很重要。");
        assertThat(LinkContext.around("Next: [[Plan]] and more.", 6, true)).isEqualTo("Next: Plan and more.");
        String three = "这几篇：先看[JavaScript 模块化七日谈](2015-07-09-js-module-7day.md)，再看[模块加载器](b.md)，最后是 [React](c.md)。";
        assertThat(LinkContext.around(three, three.indexOf("](b.md"), false)).as("the links before it read as words too")
                .isEqualTo("这几篇：先看JavaScript 模块化七日谈，再看模块加载器，最后是 React。");
    }

    @Test
    void aLongLineShowsAStretchAroundTheLinkMarkedWhereItWasCut() {
        String before = "word ".repeat(200);
        String markdown = before + "see [the plan](plan.md) for details " + "more ".repeat(200);
        String words = LinkContext.around(markdown, markdown.indexOf("]("), false);
        assertThat(words).startsWith("\u2026word ").contains("see the plan for details").endsWith("\u2026");
        assertThat(words.length()).isLessThan(LinkContext.COLUMNS + 3);
    }

    @Test
    void aStretchOfALongLineEndsAndStartsOutsideOtherLinksMarkup() {
        String picture = "![diagram](https://example.com/" + "x".repeat(250) + ".png)";
        String markdown = "[earlier](https://example.com/" + "y".repeat(250) + ") words before. See [plan](plan.md) "
                + "and the picture " + picture + " below.";
        String words = LinkContext.around(markdown, markdown.indexOf("](plan.md"), false);
        assertThat(words).contains("See plan and the picture").doesNotContain("![").doesNotContain("](")
                .doesNotContain("https").doesNotContain("yyy").endsWith("\u2026");
    }

    @Test
    void aHostileLineIsLookedAtOnlyAroundTheLink() {
        String markdown = "线".repeat(2_000_000) + "[链接](a.md)" + "程".repeat(2_000_000);
        String words = LinkContext.around(markdown, markdown.indexOf("]("), false);
        assertThat(words).startsWith("\u2026").endsWith("\u2026").contains("链接");
        assertThat(LinkContext.around("short", 99, false)).isEmpty();
        assertThat(LinkContext.around("short", -1, false)).isEmpty();
    }
}
