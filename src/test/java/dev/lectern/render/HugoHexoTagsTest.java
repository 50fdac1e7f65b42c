package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo shortcodes and Hexo theme tags (NexT, Butterfly, Fluid, Volantis, PaperMod…) read as their sites show them. */
class HugoHexoTagsTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @Test
    void aSelfClosingDetailsShortcodeFoldsNothingAndTheRestOfThePageShows() {
        Document page = render("{{< figure src=\"/images/cover.png\" caption=\"Self-closing figure\" />}}\n\n"
                + "{{< details summary=\"Self closing details\" />}}\n\nAfter the fold.\n\n## Next heading\n");

        assertThat(page.select(".article-body details > summary").eachText()).containsExactly("Self closing details");
        assertThat(page.select(".article-body details").text()).doesNotContain("After the fold");
        assertThat(page.select(".article-body > p, .article-body > h2").eachText()).contains("After the fold.", "Next heading");
        assertThat(page.select(".article-body figcaption").text()).isEqualTo("Self-closing figure");
    }

    @Test
    void anEscapedShortcodeShowsAsTheShortcodeItSpells() {
        Document page = render("To show a shortcode:\n\n{{</* figure src=\"/images/cover.png\" title=\"escaped\" */>}}\n\n"
                + "Markdown one: {{%/* notice tip */%}} here.\n");

        assertThat(page.select(".article-body").text())
                .contains("{{< figure src=\"/images/cover.png\" title=\"escaped\" >}}", "Markdown one: {{% notice tip %}} here.");
        assertThat(page.select(".article-body figure, .article-body img, .article-body .callout")).isEmpty();
    }

    @Test
    void eachTabShowsItsContentUnderItsName() {
        Document page = render("{{< tabs \"install\" >}}\n{{< tab \"macOS\" >}}\nUse Homebrew.\n{{< /tab >}}\n"
                + "{{< tab header=\"Go\" >}}\nUse go get.\n{{< /tab >}}\n{{< /tabs >}}\n\n"
                + "{% tabs install, 2 %}\n<!-- tab npm@fab fa-npm -->\nnpm install hexo\n<!-- endtab -->\n\n"
                + "<!-- tab yarn -->\nyarn add hexo\n<!-- endtab -->\n{% endtabs %}\n\nAfter the tabs.\n");

        assertThat(page.select(".article-body .tab-name").eachText()).containsExactly("macOS", "Go", "npm", "yarn");
        assertThat(page.select(".article-body .tab").eachText()).containsExactly("macOS Use Homebrew.", "Go Use go get.",
                "npm npm install hexo", "yarn yarn add hexo");
        assertThat(page.select(".article-body > p").eachText()).contains("After the tabs.");
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "{{", "install, 2");
    }

    @Test
    void themeFoldsAreClosedUnderTheirWholeTitles() {
        Document page = render("{{< collapse summary=\"Click to expand\" >}}\nHidden `code`.\n{{< /collapse >}}\n\n"
                + "{{< expand \"Show the answer\" >}}\nForty-two.\n{{< /expand >}}\n\n"
                + "{% hideToggle Butterfly title %}\nB body.\n{% endhideToggle %}\n\n"
                + "{% folding cyan, Volantis title %}\nV body.\n{% endfolding %}\n\n"
                + "{% fold info @Fluid title %}\nF body.\n{% endfold %}\n\n"
                + "{{% details title=\"Markdown **bold**\" closed=\"true\" %}}\nD body.\n{{% /details %}}\n\n"
                + "{% details Summary here %}\nH body.\n{% enddetails %}\n\nAfter.\n");

        assertThat(page.select(".article-body details > summary").eachText()).containsExactly("Click to expand",
                "Show the answer", "Butterfly title", "Volantis title", "Fluid title", "Markdown bold", "Summary here");
        assertThat(page.select(".article-body details summary strong").eachText()).containsExactly("bold");
        assertThat(page.select(".article-body details[open]")).isEmpty();
        assertThat(page.select(".article-body details").eachText()).containsExactly("Click to expand Hidden code.",
                "Show the answer Forty-two.", "Butterfly title B body.", "Volantis title V body.", "Fluid title F body.",
                "Markdown bold D body.", "Summary here H body.");
        assertThat(page.select(".article-body > p").eachText()).contains("After.");
    }

    @Test
    void tagsThatCarryTheirTextInTheirArgumentsShowIt() {
        Document body = render("---\ntitle: T\nauthor: Aiko\n---\n\n"
                + "Kyoto is {{< ruby \"京都\" \"きょうと\" >}}. Copy with {{< kbd \"Ctrl+C\" >}}. By {{< param \"author\" >}}"
                + " and {{< param \"missing\" >}}.\n\n"
                + "A {% label primary@主要 %} label and {% label 默认 %} too.\n\n"
                + "{% btn https://example.com/start, Get started, far fa-hand-point-right %} and "
                + "{% button /docs/, Read the docs %}.\n\n"
                + "See {% link Hexo docs https://hexo.io/docs/ true %} and [the PDF]({% link /assets/a.pdf %}).\n\n"
                + "{% img left /images/cat.png 200 100 '\"Cat title\" \"A sleeping cat\"' %}\n\n"
                + "{{< comment >}}\nA hidden comment.\n{{< /comment >}}\n\n"
                + "{{< unknown \"Invented text\" >}}End.\n");

        assertThat(body.select(".article-body ruby").text()).isEqualTo("京都(きょうと)");
        assertThat(body.select(".article-body rt").text()).isEqualTo("きょうと");
        assertThat(body.select(".article-body kbd").text()).isEqualTo("Ctrl+C");
        assertThat(body.select(".article-body p").first().text()).endsWith("By Aiko and .");
        assertThat(body.select(".article-body span.label").eachText()).containsExactly("主要", "默认");
        assertThat(body.select(".article-body a.button").eachAttr("href")).containsExactly("https://example.com/start", "/docs/");
        assertThat(body.select(".article-body a.button").eachText()).containsExactly("Get started", "Read the docs");
        assertThat(body.select(".article-body a[href=https://hexo.io/docs/]").text()).isEqualTo("Hexo docs");
        assertThat(body.select(".article-body a[href=/assets/a.pdf]").text()).isEqualTo("the PDF");
        assertThat(body.select(".article-body [data-src=/images/cat.png] .alt").text())
                .as("the picture (missing here), under its description").isEqualTo("A sleeping cat");
        assertThat(body.select(".article-body").text()).doesNotContain("hidden comment", "Invented text", "{%", "{{");
    }

    @Test
    void embedsOfBilibiliJsfiddleIframesAndXBecomeLinks() {
        Document page = render("{{< bilibili BV1GJ411x7h7 >}}\n\n{% bilibili 170001 %}\n\n{% jsfiddle NmudS %}\n\n"
                + "{% iframe https://example.com/demo.html 100% 300 %}\n\n"
                + "{{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n");

        assertThat(page.select(".article-body a.embed-link").eachAttr("href")).containsExactly(
                "https://www.bilibili.com/video/BV1GJ411x7h7/", "https://www.bilibili.com/video/av170001/",
                "https://jsfiddle.net/NmudS", "https://example.com/demo.html",
                "https://x.com/SanDiegoZoo/status/1453110110599868418");
    }

    @Test
    void calloutTitlesAreTheAuthorsAndNeverAnIconOrAStyle() {
        Document page = render("{% note blue 'fas fa-bullhorn' simple %}\nAnnouncement.\n{% endnote %}\n\n"
                + "{% note 'fab fa-cc-visa' flat %}\nVisa note.\n{% endnote %}\n\n"
                + "{% note warning no-icon %}\nCareful.\n{% endnote %}\n\n"
                + "{{< notice tip \"Pro tip\" >}}\nHugo notice.\n{{< /notice >}}\n\n"
                + "{{% notice note \"Custom title\" %}}\nRelearn notice.\n{{% /notice %}}\n");

        assertThat(page.select(".article-body .callout-title").eachText())
                .containsExactly("Info", "Note", "Warning", "Pro tip", "Custom title");
        assertThat(page.select(".article-body .callout").get(2).hasClass("callout-warning")).isTrue();
        assertThat(page.select(".article-body").text()).doesNotContain("fa-", "Simple", "Flat", "Blue", "Fab");
    }

    @Test
    void nextMermaidTagsArgumentsBeginTheDiagram() {
        Document page = render("{% mermaid graph TD %}\nA[Hexo] --> B[NexT]\n{% endmermaid %}\n");

        assertThat(page.select(".article-body .diagram-source code.language-mermaid").eachText())
                .containsExactly("graph TD\nA[Hexo] --> B[NexT]");
    }

    @Test
    void anAssetImagesCaptionKeepsItsNumbersAndLosesHexosQuotes() {
        Document page = render("{% asset_img photo.jpg 2023 年 10 月的照片 %}\n\n{% asset_img tram.jpg The famous tram 28 %}\n\n"
                + "{% asset_img sized.jpg 800 600 Sized 3 %}\n\n{% asset_img q.jpg '\"图片标题\" \"替代文字\"' %}\n");

        assertThat(page.select(".article-body [data-src] .alt").eachText()).as("each picture (missing here) by its description")
                .containsExactly("2023 年 10 月的照片", "The famous tram 28", "Sized 3", "替代文字");
    }

    @Test
    void hexoCaptionsAndLinksOfCodeQuotesPlaylistsAndFigures() {
        Document page = render("{% codeblock Array.map %}\narray.map(callback)\n{% endcodeblock %}\n\n"
                + "{% codeblock _.compact http://underscorejs.org/#compact Underscore.js lang:js %}\n_.compact([0, 1])\n"
                + "{% endcodeblock %}\n\n{% codeblock lang:java %}\nint x;\n{% endcodeblock %}\n\n"
                + "{% blockquote Seth Godin http://sethgodin.typepad.com/seths_blog/2009/07/welcome.html Welcome to Island Marketing %}\n"
                + "Every interaction is both precious and an opportunity.\n{% endblockquote %}\n\n"
                + "{% youtube PLCTAKuPL4G05Mn_ozmLoVSPnbKG8BM20b 'playlist' %}\n\n"
                + "{{< figure src=\"/images/cover.png\" link=\"https://example.com/full\" caption=\"Linked\" >}}\n");

        assertThat(page.select(".article-body .code-label").eachText()).containsExactly("Array.map", "_.compact, Underscore.js");
        assertThat(page.select(".article-body .code-label a").attr("href")).isEqualTo("http://underscorejs.org/#compact");
        assertThat(page.select(".article-body .quote-source").text()).isEqualTo("— Seth Godin, Welcome to Island Marketing");
        assertThat(page.select(".article-body .quote-source a").attr("href"))
                .isEqualTo("http://sethgodin.typepad.com/seths_blog/2009/07/welcome.html");
        assertThat(page.select(".article-body a.embed-link").attr("href"))
                .isEqualTo("https://www.youtube.com/playlist?list=PLCTAKuPL4G05Mn_ozmLoVSPnbKG8BM20b");
        assertThat(page.select(".article-body figure a").attr("href")).isEqualTo("https://example.com/full");
    }

    @Test
    void tagsWhoseHtmlWouldBePastTheMarkdownLimitsShowAsWritten() {
        // 20,000 post links in one paragraph became 20,000 inline <a> tags, which flexmark reads in quadratic time
        Document page = render("{% post_link x %} ".repeat(20_000));

        assertThat(page.select(".article-body").text()).contains("{% post_link x %}");
        assertThat(page.select(".article-body a[href=x.md]")).isEmpty();
    }
}
