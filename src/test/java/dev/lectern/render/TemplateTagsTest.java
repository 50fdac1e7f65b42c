package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquid and Nunjucks tags are cleaned out of prose, never out of code. */
class TemplateTagsTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @Test
    void siteVariablesInImagePathsResolveToTheLibraryRoot() throws IOException {
        Files.createDirectories(library.resolve("img"));
        Files.write(library.resolve("img/a.png"), new byte[] {1});
        Files.write(library.resolve("img/b.png"), new byte[] {1});

        Document page = render("![a]({{site.image-srv}}/img/a.png)\n\n<img src=\"{{ site.baseurl }}/img/b.png\">\n\n"
                + "[link]({{ site.url }}/other.md)");

        assertThat(page.select(".article-body img").eachAttr("src"))
                .containsExactly(library.resolve("img/a.png").toUri().toString(),
                        library.resolve("img/b.png").toUri().toString());
        assertThat(page.select(".article-body a:not(.heading-anchor)").attr("href")).isEqualTo("/other.md");
    }

    @Test
    void otherTagsVanishAndRawKeepsItsContent() {
        Document page = render("前{{ page.title }}后 {% include note.html %}\n\n{% raw %}保留 {{ 这个 }}{% endraw %}\n");

        assertThat(page.select(".article-body p").eachText()).containsExactly("前后", "保留 {{ 这个 }}");
    }

    @Test
    void codeBlocksAndCodeSpansAreLeftAlone() {
        Document page = render("`{{ site.url }}` 和 `{% if %}`\n\n```liquid\n{% for x in list %}{{ x }}{% endfor %}\n```\n\n"
                + "    {{ indented }}\n");

        assertThat(page.select(".article-body p code").eachText()).containsExactly("{{ site.url }}", "{% if %}");
        assertThat(page.select(".article-body pre code").eachText())
                .containsExactly("{% for x in list %}{{ x }}{% endfor %}", "{{ indented }}");
    }

    @Test
    void nunjucksImageBecomesAnImageAndAsideBecomesACalloutKeepingItsText() {
        Document page = render("{% Aside 'caution' %} 注意**重点** {% endAside %}\n\n"
                + "{% Img src=\"image/x/diagram.png\", alt=\"Diagram of \\\"flow\\\"\", width=\"800\" %}\n");

        assertThat(page.select(".article-body .callout-caution p").first().text()).isEqualTo("注意重点");
        assertThat(page.select(".article-body .img-placeholder .alt").text()).startsWith("Diagram of");
        assertThat(page.select(".article-body .img-placeholder").attr("data-src")).isEqualTo("image/x/diagram.png");
        assertThat(page.text()).doesNotContain("{%", "%}");
    }

    @Test
    void aLoopOverTheSitesDataLeavesNoEmptyItemOrLink() {
        // site/en/_partials/devtools/engineering-blog.md, put in 22 DevTools pages
        Document page = render("""
                ## More from the Chrome DevTools team {: #devtools-eng }

                <!-- lint disable no-unescaped-template-tags -->

                {% set colld = collections.tags['devtools-engineering'].posts[locale] %}
                {% set colln = collections.tags['new-in-devtools'].posts[locale] %}

                {% if colld.length and colln.length %}
                {% set list2 = [ colln[0], colln[1] ] %}

                {% for item in list %}
                - [{{ item.data.title }}]({{ item.url | url }})
                {% endfor %}
                {% endif %}

                Subscribe to [Chrome DevTools blog](/tags/devtools) to stay up to date with the DevTools news.
                """);

        assertThat(page.select(".article-body li")).isEmpty();
        assertThat(page.select(".article-body a:not(.heading-anchor)").eachAttr("href")).containsExactly("/tags/devtools");
        assertThat(page.select(".article-body p").text())
                .isEqualTo("Subscribe to Chrome DevTools blog to stay up to date with the DevTools news.");
    }

    @Test
    void loopsNestedInLoopsGoWholeAndALoopInCodeStays() {
        // site/en/docs/android/custom-tabs/index.md, shortened
        Document page = render("""
                <ul>
                {% for item in docs.android.toc %}
                    {% if item.title == 'i18n.docs.android.customtabs' %}
                        {% for section in item.sections %}
                              {% for item in section.sections %}
                                     <li>[{{articleTitle}}]({{ post.url }})</li>
                              {% endfor %}
                        {% endfor %}
                    {% endif %}
                {% endfor %}
                </ul>

                For questions, check the [chrome-custom-tabs][5] tag on StackOverflow.

                ```liquid
                {% for x in list %}{{ x }}{% endfor %}
                ```

                [5]: https://stackoverflow.com/questions/tagged/chrome-custom-tabs
                """);

        assertThat(page.select(".article-body li")).isEmpty();
        assertThat(page.select(".article-body pre").text()).isEqualTo("{% for x in list %}{{ x }}{% endfor %}");
        assertThat(page.select(".article-body p").text()).startsWith("For questions, check the chrome-custom-tabs tag");
    }

    @Test
    void whatIfFalseHoldsIsNotShownAndTheElseOfIfTrueNeither() {
        // site/en/docs/webstore/best_listing/index.md
        Document page = render("""
                {% Compare 'better' %}
                Keep the image simple and clean, using colors and branding that matches your other assets.
                {% endCompare %}

                {% if false %}
                {% Compare 'worse' %}
                Include too much text so that it's hard to read or makes the image look overly "busy".
                {% endCompare %}
                {% endif %}

                {% Compare 'worse' %}
                Include claims that misrepresent your extension's status.
                {% endCompare %}

                {% if false %}旧{% else %}新{% endif %} {% if true %}是{% else %}否{% endif %}
                """);

        assertThat(page.select(".article-body .compare").eachText()).containsExactly(
                "Do Keep the image simple and clean, using colors and branding that matches your other assets.",
                "Don't Include claims that misrepresent your extension's status.");
        assertThat(page.select(".article-body > p").text()).isEqualTo("新 是");
    }

    @Test
    void thousandsOfLoopsAndConditionsNeverClosedLeaveTheTextAndTheLastLoopWorking() {
        // one walk pairs them all, rather than each looking for its end to the end of the file
        String unclosed = "{% for x in y %} 留 {% if false %} 下\n\n".repeat(10_000);
        Document page = render(unclosed + "{% for a in b %}循环{% endfor %}结尾\n");

        assertThat(page.select(".article-body p")).hasSize(10_001);
        assertThat(page.select(".article-body p").first().text()).isEqualTo("留 下");
        assertThat(page.select(".article-body p").last().text()).isEqualTo("结尾");
    }

    @Test
    void aLinkToAFrontMatterValueLeadsThereInTheArticleAndInItsPartials() throws IOException {
        // site/en/_partials/origin-trial-3p-register.md, shortened
        Files.writeString(Files.createDirectories(library.resolve("_partials")).resolve("origin-trial-3p-register.md"), """
                1.  Go to the [origin trial registration page]({{origin_trial.url}}).
                2.  Click the **Register** button and fill out the form to request a token
                """);

        // site/en/blog/fedcm-chrome-116-updates/index.md and site/en/blog/fedcm-auto-reauthn-origin-trial/index.md
        Document page = render("""
                ---
                title: 'FedCM updates: IdP Sign-In Status API, Login Hint, and more'
                date: 2023-07-21
                authors:
                  - agektmr
                origin_trial:
                  url: /origintrials/#/view_trial/3196429835526209537
                tags:
                  - privacy
                ---

                1.  Go to the [origin trial registration page]({{origin_trial.url}}).

                {% Partial 'origin-trial-3p-register.md' %}
                """);

        assertThat(page.select(".article-body a:not(.heading-anchor)").eachAttr("href")).containsExactly(
                "/origintrials/#/view_trial/3196429835526209537", "/origintrials/#/view_trial/3196429835526209537");
        assertThat(page.select(".article-body a").eachText()).containsOnly("origin trial registration page");
    }

    @Test
    void aLinkWhoseAddressIsUnknownIsItsTextAlone() {
        // site/en/_partials/origin-trial-register.md, put in a page whose front matter names no trial;
        // site/en/docs/extensions/migrating/checklist/index.md
        Document page = render("""
                ---
                title: Migration checklist
                ---
                1. [Request a token]({{origin_trial.url}}) for your origin.

                They are broadly divided into five categories as described in the [Migration summary]().
                """);

        assertThat(page.select(".article-body a:not(.heading-anchor)")).isEmpty();
        assertThat(page.select(".article-body li").text()).isEqualTo("Request a token for your origin.");
        assertThat(page.select(".article-body p").text()).endsWith("as described in the Migration summary.");
    }

    @Test
    void chineseEmphasisClosesAfterFullWidthPunctuation() {
        Document page = render("他说**“这不是营销大会。”**然后离开，`**代码**` 不变。");

        assertThat(page.select(".article-body strong").text()).contains("“这不是营销大会。”");
        assertThat(page.select(".article-body code").text()).isEqualTo("**代码**");
    }
}
