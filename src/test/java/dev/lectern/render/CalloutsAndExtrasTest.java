package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Callouts of GitHub, Obsidian, Hexo and Chrome docs, and the inline extras (definitions, sub, sup, mark, emoji, ruby). */
class CalloutsAndExtrasTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"})
    void githubAlertsBecomeCalloutsWithTheirTitle(String type) {
        Document page = render("> [!" + type + "]\n> 内容 **重要**\n> 第二行\n");

        Element callout = page.selectFirst(".article-body div.callout");
        assertThat(callout.classNames()).contains("callout-" + type.toLowerCase());
        assertThat(callout.selectFirst(".callout-title").text())
                .isEqualTo(type.charAt(0) + type.substring(1).toLowerCase());
        assertThat(callout.select("p").text()).contains("内容", "重要", "第二行");
        assertThat(page.select(".article-body blockquote")).isEmpty();
        assertThat(page.select(".article-body").text()).doesNotContain("[!");
    }

    @Test
    void obsidianCalloutsKeepTheirTitleAndFold() {
        Document page = render("> [!tip]- 小技巧\n> 折叠的内容\n\n> [!bug]+ Open\n> shown\n\n> [!quote]\n> 引用\n");

        Element folded = page.select(".article-body details.callout").get(0);
        assertThat(folded.classNames()).contains("callout-tip");
        assertThat(folded.hasAttr("open")).isFalse();
        assertThat(folded.selectFirst("summary.callout-title").text()).isEqualTo("小技巧");
        assertThat(folded.text()).contains("折叠的内容");
        Element open = page.select(".article-body details.callout").get(1);
        assertThat(open.classNames()).contains("callout-obsidian", "callout-bug", "callout-type-bug");
        assertThat(open.hasAttr("open")).isTrue();
        assertThat(page.selectFirst(".article-body div.callout .callout-title").text()).isEqualTo("Quote");
    }

    @Test
    void hexoNoteAndChromeAsideBecomeCallouts() {
        Document page = render("{% note warning %}\n小心 **这里**\n{% endnote %}\n\n"
                + "{% Aside 'caution' %}\nDon't do this.\n{% endAside %}\n\n{% Aside %}\nPlain aside.\n{% endAside %}\n");

        assertThat(page.select(".article-body .callout")).hasSize(3);
        assertThat(page.select(".article-body .callout .callout-title").eachText())
                .as("a plain Aside has no label, as on the site").containsExactly("Warning", "Caution");
        assertThat(page.select(".article-body .callout").get(0).select("strong").text()).isEqualTo("这里");
        assertThat(page.select(".article-body .callout").get(1).classNames()).contains("callout-caution");
        assertThat(page.select(".article-body .callout").get(2).text()).isEqualTo("Plain aside.");
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "%}");
    }

    @Test
    void chromeAsidesAreLabelledAsTheSiteLabelsThem() {
        // site/en/docs/devtools/elements/badges/index.md and site/en/docs/devtools/lighthouse/index.md
        Document page = render("""
                {% Aside 'gotchas' %}
                The `slot` badge has a paired `reveal` badge that takes you back.
                {% endAside %}

                {% Aside %}
                This panel is powered by its namesake—[**Lighthouse**](/docs/lighthouse), an automated tool for improving the quality of your web apps.
                {% endAside %}

                {% Aside 'note' %}
                  See the
                  [Lighthouse performance scoring](/docs/lighthouse/performance/performance-scoring/) post to learn
                  how your page's overall performance score is calculated.
                {% endAside %}

                > [!NOTE]
                > A GitHub alert keeps its title.
                """);

        Element important = page.selectFirst(".article-body .callout");
        assertThat(important.select(".callout-title").text()).isEqualTo("Important");
        assertThat(important.classNames()).contains("callout-important");
        assertThat(page.select(".article-body .callout").get(1).text()).startsWith("This panel is powered by");
        assertThat(page.select(".article-body .callout").get(2).text()).startsWith("See the Lighthouse performance");
        assertThat(page.select(".article-body .callout-title").eachText()).containsExactly("Important", "Note");
    }

    @Test
    void hugoNoticeAndHintShortcodesOpenCalloutsAndTheirSlashFormsCloseThem() {
        Document page = render("{{< notice warning >}}\nHugo 提示\n{{< /notice >}}\n\n{{< hint info >}}\n提示内容\n{{< /hint >}}\n\n"
                + "{{< admonition >}}\n警告内容\n{{< /admonition >}}\n\n之后\n");

        assertThat(page.select(".article-body .callout")).hasSize(3);
        assertThat(page.select(".article-body .callout").eachText())
                .anyMatch(t -> t.contains("Hugo 提示")).anyMatch(t -> t.contains("提示内容")).anyMatch(t -> t.contains("警告内容"));
        assertThat(page.select(".article-body > p").eachText()).containsExactly("之后");
    }

    @Test
    void gitbookHintsCloseAtTheirEndTag() {
        Document page = render("{% hint style=\"info\" %}\n提示内容\n{% endhint %}\n\n之后的段落\n");

        assertThat(page.select(".article-body .callout")).hasSize(1);
        assertThat(page.select(".article-body .callout").text()).contains("提示内容").doesNotContain("之后的段落");
        assertThat(page.select(".article-body > p").eachText()).containsExactly("之后的段落");
    }

    @Test
    void definitionListsSubSupMarkAndEmojiRender() {
        Document page = render("Term\n: 定义\n\nH~2~O 与 x^2^，==重点== :smile:\n\n1~3 天，5~7 天\n");

        assertThat(page.select(".article-body dl dt").text()).isEqualTo("Term");
        assertThat(page.select(".article-body dl dd").text()).isEqualTo("定义");
        assertThat(page.select(".article-body sub").text()).isEqualTo("2");
        assertThat(page.select(".article-body sup").text()).isEqualTo("2");
        assertThat(page.select(".article-body mark").text()).isEqualTo("重点");
        assertThat(page.select(".article-body p").get(0).text()).contains("\uD83D\uDE04").doesNotContain(":smile:");
        assertThat(page.select(".article-body p").get(1).text()).isEqualTo("1~3 天，5~7 天");
    }

    @Test
    void rubyKbdAbbrMarkAndFiguresSurviveTheSanitiser() {
        Document page = render("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字 <kbd>Ctrl</kbd> "
                + "<abbr title=\"HyperText\">HTML</abbr> <mark>m</mark>\n\n"
                + "<figure><img src=\"x.png\" alt=\"x\"><figcaption>说明</figcaption></figure>\n");

        assertThat(page.select(".article-body ruby rt").text()).isEqualTo("かん");
        assertThat(page.select(".article-body ruby rp")).hasSize(2);
        assertThat(page.select(".article-body kbd").text()).isEqualTo("Ctrl");
        assertThat(page.select(".article-body abbr").attr("title")).isEqualTo("HyperText");
        assertThat(page.select(".article-body mark").text()).isEqualTo("m");
        assertThat(page.select(".article-body figure figcaption").text()).isEqualTo("说明");
    }
}
