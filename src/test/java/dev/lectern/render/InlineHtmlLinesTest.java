package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A {@code <br>} or {@code <img>} alone on the line over a line of text is part of its paragraph, as kramdown reads it. */
class InlineHtmlLinesTest {

    private final PageRenderer renderer = new PageRenderer();

    private Element body(String markdown) {
        return TestArticles.body(renderer, markdown);
    }

    @Test
    void theTextUnderALoneBreakOrPictureIsMarkdownNotRawHtml() {
        Element page = body("前言。\n\n<br/>\n通过 [WinGet](https://github.com/microsoft/winget-cli) 下载 **PowerToys**。\n\n"
                + "<img src=\"shot.png\" alt=\"登录页\">\n*上图是供应商登录的首页面*\n\n<br>\n<br>\n第三段 `code`。\n");

        assertThat(page.select("a[href^=https://github.com]").eachText()).containsExactly("WinGet");
        assertThat(page.select("strong").eachText()).containsExactly("PowerToys");
        assertThat(page.select("em").eachText()).containsExactly("上图是供应商登录的首页面");
        assertThat(page.select("code").eachText()).containsExactly("code");
        assertThat(page.text()).doesNotContain("[WinGet]", "*上图", "`code`");
        assertThat(page.select("p:has(br)")).as("the breaks stay, in their paragraphs").hasSize(2);
    }

    @Test
    void aTagLineBeforeABlankLineAListOrInsideAnHtmlBlockStaysAsItWas() {
        Element page = body("<br>\n\nText after a blank line.\n\n<img src=\"a.png\">\n- an item\n\n"
                + "<details>\n<summary>More</summary>\n<br/>\n通过 [WinGet](https://x.example) 下载\n</details>\n\n"
                + "```\n<br>\n[not](a link)\n```\n");

        assertThat(page.select("p").eachText()).contains("Text after a blank line.");
        assertThat(page.text()).as("raw inside an HTML block, as on the site").contains("[WinGet](https://x.example)");
        assertThat(page.select("pre").text()).contains("<br>", "[not](a link)");
    }
}
