package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static dev.lectern.render.TestArticles.seen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kramdown's TOC and attribute lists, Jekyll/Hexo/Hugo code and figure tags read as the site showed them. */
class SiteGeneratorTagsTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @Test
    void kramdownTocBecomesATableOfContentsOfEveryHeading() {
        Document page = render("* TOC\n{:toc}\n\n# 一级\n\n## 第一节\n\n正文\n\n### 小节 A\n\n#### 更深\n");

        assertThat(page.select(".article-body .toc a").eachText()).containsExactly("一级", "第一节", "小节 A", "更深");
        for (Element link : page.select(".article-body .toc a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.text()).isNotNull();
        }
        assertThat(page.select(".article-body").text()).doesNotContain("{:toc}", "TOC");
    }

    @Test
    void numberedAndChineseTocListsAreRecognisedToo() {
        Document page = render("1. 目录\n{:toc}\n\n## 开始\n");

        assertThat(page.select(".article-body .toc a").eachText()).containsExactly("开始");
        assertThat(page.select(".article-body").text()).doesNotContain("{:toc}", "目录");
    }

    @Test
    void kramdownAttributeListsNeverShow() {
        Document page = render("![图](a.png){: .center-image}\n\n段落\n{: .lead}\n\n## 标题 {#custom-id}\n\n"
                + "{: .table}\n| a |\n|---|\n| 1 |\n");

        assertThat(page.select(".article-body").text()).doesNotContain("{:", "{#", ".lead", "center-image");
        assertThat(page.select(".article-body h2").text()).isEqualTo("标题");
        assertThat(page.select(".article-body table")).hasSize(1);
    }

    @Test
    void anAttributeListsIdIsWhereTheSitesLinksToThatPlaceLead() {
        Document page = render("* TOC\n{:toc}\n\n## Open the panel {: #open }\n\nSee [Record](#record).\n\n"
                + "## Record a flow {: #record .wide }\n\nText.\n\n## 标题 {#custom-id}\n\n段落\n{: #lead-para }\n");

        assertThat(page.select(".article-body h2").eachAttr("id")).as("the headings' own ids stay as they were")
                .containsExactly("open-the-panel", "record-a-flow", "标题");
        assertThat(page.select(".article-body h2").eachText()).containsExactly("Open the panel", "Record a flow", "标题");
        assertThat(page.getElementById("record").parent().text()).isEqualTo("Record a flow");
        assertThat(page.getElementById("open").parent().nameIs("h2")).isTrue();
        assertThat(page.getElementById("custom-id")).isNotNull();
        assertThat(page.getElementById("lead-para").parent().text()).isEqualTo("段落");
        assertThat(page.select(".article-body .toc a").eachText()).as("the table of contents repeats no anchor")
                .containsExactly("Open the panel", "Record a flow", "标题");
        assertThat(page.select(".article-body .toc [id]")).isEmpty();
    }

    @Test
    void jekyllHexoAndHugoCodeTagsBecomeHighlightedCodeBlocks() {
        Document page = render("{% highlight ruby linenos %}\ndef hi\n  puts \"**hi**\" # {{ x }}\nend\n{% endhighlight %}\n\n"
                + "{% codeblock Title lang:java %}\nint a = 1;\n{% endcodeblock %}\n\n"
                + "{{< highlight go \"linenos=table\" >}}\nfunc main() {}\n{{< /highlight >}}\n\n"
                + "{% highlight html %}{% raw %}\n<p>{{ page.title }}</p>\n{% endraw %}{% endhighlight %}\n");

        assertThat(page.select(".article-body .code-block").eachAttr("data-lang"))
                .containsExactly("ruby", "java", "go", "html");
        assertThat(page.select(".article-body pre > code.highlighted")).hasSize(4);
        assertThat(page.select(".article-body pre").get(0).wholeText()).isEqualTo("def hi\n  puts \"**hi**\" # {{ x }}\nend\n");
        assertThat(page.select(".article-body pre").get(1).select(".tok-type").text()).isEqualTo("int");
        assertThat(page.select(".article-body pre").get(2).select(".tok-keyword").text()).isEqualTo("func");
        assertThat(page.select(".article-body pre").get(3).wholeText()).isEqualTo("<p>{{ page.title }}</p>\n");
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "{{<", "endhighlight");
    }

    @Test
    void hugoFigureKeepsItsCaptionAndImgBecomesAFigure() {
        Document page = render("{{< figure src=\"/img/cat.png\" alt=\"一只猫\" caption=\"图 1：猫\" >}}\n\n"
                + "{% Img src=\"image/x/d.png\", alt=\"Diagram\", width=\"800\" %}\n\n"
                + "行内 {% Img src=\"i.png\", alt=\"icon\" %} 图标\n");

        Element figure = page.selectFirst(".article-body figure");
        assertThat(figure.select("figcaption").text()).isEqualTo("图 1：猫");
        assertThat(figure.select(".img-placeholder .alt, img").first()).isNotNull();
        assertThat(page.select(".article-body figure")).hasSize(2);
        assertThat(page.select(".article-body p").text()).contains("行内", "图标");
        assertThat(page.select(".article-body").text()).doesNotContain("{{<", "{%", ">}}");
    }

    @Test
    void chromeDocsImagesAreTheSitesRemoteImagesNotMissingFiles() {
        String markdown = "{% Img src=\"image/dPDCek3EhZgLQPGtEG3y0fTn4v82/shot.png\", alt=\"Panel\" %}\n\n"
                + "{% Img src=\"image/admin/old.png\", alt=\"Old\" %}\n\n{% Img src=\"pics/local.png\", alt=\"Local\" %}\n\n"
                + "{{< img src=\"image/dPDCek3EhZgLQPGtEG3y0fTn4v82/hugo.png\" >}}\n";

        Document offline = render(markdown);
        assertThat(offline.select(".article-body .img-placeholder .host").eachText())
                .as("a Hugo img is no Chrome docs image").containsExactly("wd.imgix.net", "wd.imgix.net", "not found", "not found");
        Document allowed = dom(renderer.render(article("T"), markdown,
                RenderOptions.defaults(library, library.resolve("a.md")).withLoadRemoteImages(true)));
        assertThat(allowed.select(".article-body img").eachAttr("src")).containsExactly(
                "https://wd.imgix.net/image/dPDCek3EhZgLQPGtEG3y0fTn4v82/shot.png", "https://wd.imgix.net/image/admin/old.png");
    }

    @Test
    void unknownTagsVanishButTheTextTheyWrapStays() {
        Document page = render("{% if site.x %}留下{% endif %} {{< tweet abc >}} {{% center %}}居中{{% /center %}}\n");

        assertThat(page.select(".article-body p").text()).isEqualTo("留下 居中");
    }

    @Test
    void tagsInCodeSpansAndFencesStayAsTyped() {
        Document page = render("`{:toc}` and `{{< figure >}}`\n\n```liquid\n{% highlight ruby %}\nx\n{% endhighlight %}\n```\n");

        assertThat(page.select(".article-body p code").eachText()).containsExactly("{:toc}", "{{< figure >}}");
        assertThat(page.selectFirst(".article-body pre").wholeText())
                .isEqualTo("{% highlight ruby %}\nx\n{% endhighlight %}\n");
    }

    @Test
    void chromeDocsCompareBoxesSayDoAndDont() {
        Document page = render("{% Compare 'worse' %}\n```css\n* { text-wrap: balance; }\n```\n{% endCompare %}\n\n"
                + "{% Compare 'better', 'Consider instead' %}\n```css\nh1 { text-wrap: balance; }\n```\n{% endCompare %}\n\n"
                + "{% Compare 'better' %}\n用 **这个**\n{% endCompare %}\n");

        assertThat(page.select(".article-body .compare .callout-title").eachText())
                .containsExactly("Don't", "Consider instead", "Do");
        assertThat(page.select(".article-body .compare").get(0).hasClass("callout-caution")).isTrue();
        assertThat(page.select(".article-body .compare").get(1).hasClass("callout-tip")).isTrue();
        assertThat(page.select(".article-body .compare pre")).hasSize(2);
        assertThat(page.select(".article-body .compare").get(2).select("strong").text()).isEqualTo("这个");
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "Compare");
    }

    @Test
    void chromeDocsAndHugoDetailsAreFoldedSectionsWithTheirSummary() {
        Document page = render("{% Details %}<br> {% DetailsSummary 'h3' %}<br> Warum zwei Berichte?<br> {% endDetailsSummary %}\n\n"
                + "Berichte auf **Ereignisebene**.\n\n{% endDetails %}\n\n"
                + "{% Details %}\n {% DetailsSummary %}\n 关于模型\n {% endDetailsSummary %}\n\n正文\n\n{% endDetails %}\n\n"
                + "{{< details summary=\"See <b>more</b>\" open=true >}}\nHugo 的内容\n{{< /details >}}\n\n"
                + "{% Details %}\n\n{% DetailsSummary %}\n**Themes** {% Img src=\"x.svg\", alt=\"Drop-down.\" %} sets a `theme`.\n"
                + "{% endDetailsSummary %}\n\n正文\n\n{% endDetails %}\n\n"
                + "{% Details %}\n{% DetailsSummary %}\n**Enable <kbd>Ctrl</kbd> + <kbd>0</kbd>** <script>x</script>\n"
                + "{% endDetailsSummary %}\n\n正文\n\n{% endDetails %}\n");

        assertThat(page.select(".article-body details > summary").eachText())
                .containsExactly("Warum zwei Berichte?", "关于模型", "See more", "Themes Drop-down. sets a theme.",
                        "Enable Ctrl + 0");
        assertThat(page.select(".article-body details summary kbd").eachText()).containsExactly("Ctrl", "0");
        assertThat(page.select(".article-body details summary b").eachText()).containsExactly("more");
        assertThat(page.select(".article-body details summary strong").eachText()).containsExactly("Themes", "Enable Ctrl + 0");
        assertThat(page.select(".article-body details summary code").text()).isEqualTo("theme");
        assertThat(page.select(".article-body details").get(0).select("strong").text()).isEqualTo("Ereignisebene");
        assertThat(page.select(".article-body details").get(1).text()).contains("正文");
        assertThat(page.select(".article-body details").get(2).hasAttr("open")).isTrue();
        assertThat(page.select(".article-body details").get(0).hasAttr("open")).isFalse();
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "{{<", "DetailsSummary");
    }

    @Test
    void aSummaryReadsItsLinksAndEmphasisAsTheSiteDoesAndStaysOneLine() {
        Document page = render("{% Details %}\n{% DetailsSummary %}\n{% Img src=\"image/NJdAV9UgKuN8AhoaPBquL7giZQo1/c.svg\", "
                + "alt=\"Checkbox.\", width=\"22\" %} **Preserve log** "
                + "is the same as [**Preserve log**](/docs/devtools/network/reference/#preserve-log) in the _Network_ panel.\n"
                + "{% endDetailsSummary %}\n\nBody\n\n{% endDetails %}\n\n"
                + "{% Details %}\n{% DetailsSummary %}\n- not a list, 1. not either\n{% endDetailsSummary %}\nA\n{% endDetails %}\n\n"
                + "{% Details %}\n{% DetailsSummary %}\n> 不是引用\n{% endDetailsSummary %}\nB\n{% endDetails %}\n\n"
                + "{% Details %}\n{% DetailsSummary %}\n2. ***\n{% endDetailsSummary %}\nC\n{% endDetails %}\n");

        var summaries = page.select(".article-body details > summary");
        assertThat(summaries.eachText()).containsExactly(
                "Checkbox. Preserve log is the same as Preserve log in the Network panel.", "- not a list, 1. not either",
                "> 不是引用", "2. ***");
        assertThat(summaries.get(0).select("a").attr("href")).isEqualTo("/docs/devtools/network/reference/#preserve-log");
        assertThat(summaries.get(0).select("a strong").text()).isEqualTo("Preserve log");
        assertThat(summaries.get(0).select("em").text()).isEqualTo("Network");
        assertThat(page.select(".article-body summary ul, .article-body summary ol, .article-body summary blockquote"))
                .isEmpty();
        assertThat(summaries.get(0).text()).doesNotContain("](", "**", "_");
        assertThat(summaries.get(0).select(".img-placeholder.inline").attr("data-src"))
                .as("the checkbox icon the site shows, a word-high chip as in a sentence")
                .isEqualTo("https://wd.imgix.net/image/NJdAV9UgKuN8AhoaPBquL7giZQo1/c.svg");
    }

    @Test
    void embeddedVideosAndPensBecomeLinksToThem() {
        Document page = render("{% YouTube id='zx8OZtKe6hA', startTime='95' %}\n\n{% youtube dQw4w9WgXcQ %}\n\n"
                + "{{< youtube id=\"abcDEF12345\" >}}\n\n{{< vimeo 146022717 >}}\n\n"
                + "{% Codepen { user: 'web-dot-dev', id: 'KKrjGqw', height: 480 } %}\n\n"
                + "{% Glitch { id: 'fetch-request-stream', path: 'index.html', height: 480 } %}\n\n"
                + "{{< gist spf13 7896402 >}}\n\n{% gist 1027674 gist_tag.rb %}\n\n"
                + "行内 {% youtube abc_DEF-123 %} 视频\n\n{% youtube \"javascript:alert(1)\" %}\n\n"
                + "{% BrowserCompat 'css.at-rules.container' %}\n");

        assertThat(page.select(".article-body a.embed-link").eachAttr("href")).containsExactly(
                "https://www.youtube.com/watch?v=zx8OZtKe6hA&t=95s", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=abcDEF12345", "https://vimeo.com/146022717",
                "https://codepen.io/web-dot-dev/pen/KKrjGqw", "https://glitch.com/edit/#!/fetch-request-stream?path=index.html",
                "https://gist.github.com/spf13/7896402", "https://gist.github.com/1027674",
                "https://www.youtube.com/watch?v=abc_DEF-123", "https://caniuse.com/mdn-css_at-rules_container");
        assertThat(page.select(".article-body p.embed")).hasSize(9);
        assertThat(page.select(".article-body a.embed-link").get(0).text()).isEqualTo("YouTube · youtube.com/watch?v=zx8OZtKe6hA&t=95s");
        assertThat(page.select(".article-body p:not(.embed)").text()).contains("行内", "视频");
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "{{<", "javascript");
    }

    @Test
    void nunjucksCommentsNeverShowButCodeAndKramdownIdsStay() {
        Document page = render("Intro. {# https://chromium.googlesource.com/devtools/+/123 #}\n\n{# $content #}\n\n"
                + "{# ### Chrome 112 {: #chrome112 }\n\nA draft paragraph.\n\n#}\n\nAfter.\n\n"
                + "## Title {#title}\n\nEnd {#id} and `{# code #}`.\n");

        assertThat(page.select(".article-body p").eachText())
                .containsExactly("Intro.", "After.", "End {#id} and {# code #}.");
        assertThat(page.select(".article-body h2").text()).isEqualTo("Title");
        assertThat(page.select(".article-body").text()).doesNotContain("chromium", "$content", "draft", "112");
    }

    @Test
    void thousandsOfUnclosedCommentsLeaveTheTagsAfterThemWorking() {
        Document page = render("{#a ".repeat(50_000) + "\n\n{% Aside 'caution' %}\nTake care.\n{% endAside %}\n");

        assertThat(page.select(".article-body .callout").text()).contains("Take care.");
        assertThat(page.select(".article-body").text()).doesNotContain("{% Aside");
    }

    @Test
    void aStrayTagOpeningBeforeALongParagraphLeavesTheRestOfThePageWorking() {
        Document page = render("Intro with a stray {% here and " + "很长的一段中文文字没有换行。".repeat(300)
                + "\n\n{% Aside 'caution' %}\nTake care: $x^2$.\n{% endAside %}\n\nA `$$(a)` call, then\n\n"
                + "{% Img src=\"a.png\", alt=\"Using $$() here\" %}\n");

        assertThat(page.select(".article-body .callout").text()).contains("Take care");
        assertThat(page.select(".article-body .callout svg, .article-body .callout .math")).isNotEmpty();
        assertThat(page.select(".article-body .img-placeholder .alt").text()).isEqualTo("Using $$() here");
        assertThat(page.select(".article-body p").first().text()).startsWith("Intro with a stray {% here");
    }

    @Test
    void entitiesInATagsTextReadAsTheSiteShowsThemAndSummariesDropAttributeLists() {
        Document page = render("{% Img src=\"a.png\", alt=\"Application &gt; Frames &amp; more\" %}\n\n"
                + "{% Details %} {% DetailsSummary %}\n\n### Glossary {: #glossary}\n\n**Every** term\n\n"
                + "{% endDetailsSummary %}\n\nBody\n\n{% endDetails %}\n\n{% Details %}\n{% DetailsSummary %}\n"
                + "Highlights in <span style=\"background-color: rgb(255 0 0 / 10%);\">light red</span> the <kbd>Tab</kbd>\n"
                + "{% endDetailsSummary %}\nMore\n{% endDetails %}\n");

        assertThat(page.select(".article-body .img-placeholder .alt").text()).isEqualTo("Application > Frames & more");
        assertThat(page.select(".article-body summary").eachText()).containsExactly("Glossary Every term",
                "Highlights in light red the Tab");
        assertThat(page.select(".article-body summary kbd").text()).isEqualTo("Tab");
    }

    @Test
    void chromeReleaseDatesNameTheReleaseRatherThanLeaveAGapInTheSentence() {
        Document page = render("From Chrome 115 (stable date): {% ChromeDate 115 %} to ({% ChromeDate '118' %}); "
                + "beta {% ChromeDate 111, \"finalBetaDate\" %}, {% ChromeDate 111, 'earliestBetaDate' %}. "
                + "{% ChromeDate 'x<b>' %}end\n");

        assertThat(page.select(".article-body p").text()).isEqualTo("From Chrome 115 (stable date): Chrome 115 stable "
                + "release to (Chrome 118 stable release); beta Chrome 111 final beta, Chrome 111 earliest beta. end");
        assertThat(page.select(".article-body b")).isEmpty();
    }

    @Test
    void androidBrowserSupportTablesShowEachBrowsersSupportAndTheVersionTested() {
        Document page = render("### addMenuItem()\n\n{% AndroidBrowserSupportTable\n _method=\"addMenuItem\",\n"
                + " chrome=\"y@114.0.5735.58\",\n samsung=\"n@21.00.41\",\n opera=\"ct_unimplemented@75.3\",\n"
                + " newcomer=\"<i>@1\"\n%}\n\nAfter.\n");

        Element table = page.selectFirst(".article-body table.browser-support");
        assertThat(table).isNotNull();
        assertThat(table.select("th").eachText()).containsExactly("Chrome", "Samsung", "Opera", "Newcomer");
        assertThat(table.select("td").eachText()).containsExactly("✓ Yes 114.0.5735.58", "✗ No 21.00.41",
                "✗ No Custom Tabs 75.3", "<i> 1");
        assertThat(table.select("td.supported")).hasSize(1);
        assertThat(page.select(".article-body i")).isEmpty();
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "_method").contains("After.");
    }

    @Test
    void videosFramesAndSoundsShowAsALineNamingThemThatOpensThoseOnTheWeb() {
        Document page = render("{% Video src=\"video/abc/clip.mp4\", autoplay=\"true\" %}\n\n{% Video %}\n\n"
                + "{% Video src=[\"video/abc/both.mp4\", \"video/abc/both.webm\"], loop=true, muted=true %}\n\n"
                + "<iframe src=\"https://raft.github.io/raftscope/index.html\" style=\"width: 800px\"></iframe>\n\n"
                + "演示：<video src=\"//cdn.example.com/v/demo.webm\" controls></video> 之后\n\n"
                + "<video width=\"320\" controls>\n  <source src=\"movie.mp4?x=1\" type=\"video/mp4\">\n"
                + "  你的浏览器不支持 video 标签。\n</video>\n\n"
                + "<audio controls><source src=\"https://example.org/a.mp3\"></audio>\n\n"
                + "<table><tr><td><video src=\"https://github.com/user-attachments/assets/7c12\"></video></td></tr></table>\n\n"
                + "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>\n\n"
                + "<video src=\"javascript:alert(2)\"><video src=\"https://inner.example/x.mp4\"></video></video>\n");

        Element body = page.selectFirst(".article-body");
        assertThat(body.select("a.embed-link").eachAttr("href")).containsExactly(
                "https://raft.github.io/raftscope/index.html", "https://cdn.example.com/v/demo.webm",
                "https://example.org/a.mp3", "https://github.com/user-attachments/assets/7c12");
        assertThat(body.select(".embed-link, .embed-file").eachText()).containsExactly(
                "Video · clip.mp4", "Video · both.mp4", "Embedded page · raft.github.io/raftscope/index.html",
                "Video · cdn.example.com/v/demo.webm", "Video · movie.mp4", "Audio · example.org/a.mp3",
                "Video · github.com/user-attachments/assets/7c12", "Embedded page", "Video");
        // a line of its own where the media stood alone, inside the sentence or the cell where it did not
        assertThat(body.select("p.embed")).hasSize(7);
        assertThat(body.select("p:not(.embed)").text()).contains("演示：", "之后");
        assertThat(body.select("td > a.embed-link")).hasSize(1);
        assertThat(body.text()).doesNotContain("{%", "不支持", "inner.example");
        assertThat(body.select("video, audio, iframe, source, script, [srcdoc]")).isEmpty();
        assertThat(body.html()).doesNotContain("javascript", "alert(1)");
    }

    @Test
    void chromeDocsLabelsCaptionTheirCodeAndAFenceMarksTheLinesItNames() {
        Document page = render("{% Label %}JavaScript{% endLabel %}\n\n```js/2-3,5\na\nb\nc\nd\ne\n```\n\n"
                + "行内 {% Label %}<b>标签</b>{% endLabel %} 之后\n\n{% Label %}没有结束\n\n```html/0,3-1,9999999,-\n<p>\n```\n");

        Element body = page.selectFirst(".article-body");
        assertThat(body.select("p.code-label").eachText()).containsExactly("JavaScript");
        assertThat(body.select("p > span.code-label").eachText()).containsExactly("<b>标签</b>");
        assertThat(body.select(".code-block").eachAttr("data-lang")).containsExactly("js", "html");
        assertThat(body.select("code.language-js").hasClass("highlighted")).as("coloured as js").isTrue();
        assertThat(body.selectFirst("pre.marked-lines").attr("style"))
                .contains("calc(var(--code-top) + 1.5em) / 100% 3.0em", "calc(var(--code-top) + 6.0em) / 100% 1.5em");
        assertThat(body.select("pre.marked-lines")).as("no line a reader could see marked in the second").hasSize(1);
        assertThat(body.text()).contains("没有结束").doesNotContain("{%", "Label");
    }

    @Test
    void hexoPostAssetsComeFromThePostsAssetFolder() throws Exception {
        Files.createDirectories(library.resolve("a"));
        Files.write(library.resolve("a/diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Document page = render("{% asset_img diagram.png 架构图 %}\n\n{% asset_img \"slug\" diagram.png 800 600 \"标题\" %}\n\n"
                + "下载 {% asset_link notes.pdf 讲义 %}\n\n![图]({% asset_path diagram.png %})\n\n{% asset_img ../../etc/passwd.png %}\n");

        assertThat(page.select(".article-body img").eachAttr("alt")).containsExactly("架构图", "标题", "图");
        assertThat(page.select(".article-body img").eachAttr("src")).allSatisfy(src -> assertThat(src).endsWith("a/diagram.png"));
        assertThat(page.select(".article-body a").eachText()).contains("讲义");
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "asset_", "passwd");
    }

    @Test
    void hexoBlockquoteShowsItsSourceAndPostLinksPointAtTheirFiles() {
        Document page = render("{% blockquote David Levithan, Wide Awake https://example.com/book %}\n"
                + "Do not just **dream**.\n{% endblockquote %}\n\n"
                + "见 {% post_link hello-world 你好世界 %}；[上一篇]({% post_url 2010-07-21-name %})。\n\n{% endblockquote %}\n");

        assertThat(page.select(".article-body blockquote strong").text()).isEqualTo("dream");
        assertThat(page.select(".article-body blockquote .quote-source").text()).isEqualTo("— David Levithan, Wide Awake");
        assertThat(page.select(".article-body a").eachText()).contains("你好世界", "上一篇");
        assertThat(page.select(".article-body").text()).doesNotContain("{%", "post_link", "endblockquote");
    }

    @Test
    void boxesOpenedAndNeverClosedNestNoDeeperThanSixteen() {
        Document page = render("{% Details %}{% Aside %}{% Compare 'better' %}{% blockquote %}\n".repeat(500) + "\n最后的文字\n");

        assertThat(page.select(".article-body details, .article-body .callout, .article-body blockquote")).hasSize(16);
        assertThat(page.select(".article-body").text()).contains("最后的文字").doesNotContain("{%");
    }

    @Test
    void chromeDocsPartialsAreReadFromTheNearestPartialsFolder() throws Exception {
        Path partials = Files.createDirectories(library.resolve("_partials/devtools"));
        Files.writeString(partials.resolve("reach-out.md"), "---\ntitle: hidden\n---\n## 联系我们 {: #contact-us }\n\n"
                + "{% Partial 'devtools/banner.md' %}\n\n{% Aside %}\n提示\n{% endAside %}\n");
        Files.writeString(partials.resolve("banner.md"), "横幅文字\n");
        Files.writeString(partials.resolve("loop.md"), "循环\n\n{% Partial 'devtools/loop.md' %}\n");
        Files.writeString(library.resolve("secret.md"), "机密\n");

        Document page = render("正文\n\n{% Partial 'devtools/reach-out.md' %}\n\n```\n{% Partial 'devtools/banner.md' %}\n```\n\n"
                + "{% Partial '../secret.md' %}\n{% Partial 'lighthouse/scoring.njk' %}\n\n{% Partial \"devtools/loop.md\" %}\n");

        assertThat(page.select(".article-body h2").text()).isEqualTo("联系我们");
        assertThat(page.select(".article-body .callout").text()).contains("提示");
        assertThat(page.select(".article-body p").eachText()).contains("横幅文字").doesNotContain("机密");
        assertThat(page.select(".article-body pre").text()).isEqualTo("{% Partial 'devtools/banner.md' %}");
        assertThat(page.select(".article-body p").eachText().stream().filter("循环"::equals)).hasSize(3);
        assertThat(page.select(".article-body").text()).doesNotContain("hidden", "{: #", "njk");
    }

    @Test
    void aPartialNamedAsATemplateIsItsMarkdownPartialAsOnTheSite() throws Exception {
        // site/en/_partials/lighthouse-performance/scoring.md, named by 73 audits as 'scoring.njk'
        Files.writeString(Files.createDirectories(library.resolve("_partials/lighthouse-performance")).resolve("scoring.md"),
                "{% Aside 'note' %}\n  See the\n  [Lighthouse performance scoring](/docs/lighthouse/performance/performance-scoring/)"
                        + " post to learn\n  how your page's overall performance score is calculated.\n{% endAside %}\n");

        // site/en/docs/lighthouse/performance/unused-javascript/index.md
        Document page = render("</figure>\n\n{% Partial 'lighthouse-performance/scoring.njk' %}\n\n"
                + "## How to remove unused JavaScript\n");

        assertThat(page.select(".article-body .callout").text())
                .contains("See the Lighthouse performance scoring post to learn how your page's overall performance score");
        assertThat(page.select(".article-body .callout a").attr("href"))
                .isEqualTo("/docs/lighthouse/performance/performance-scoring/");
        assertThat(page.select(".article-body h2").text()).isEqualTo("How to remove unused JavaScript");
    }

    @Test
    void aTranslationsPartialFallsBackToTheEnglishOneAsOnTheSite() throws Exception {
        Path site = library.resolve("site");
        Files.writeString(Files.createDirectories(site.resolve("en/_partials/lighthouse-best-practices")).resolve("scoring.md"),
                "{% Aside 'note' %}\n  Each Best Practices audit is weighted equally in the Lighthouse Best Practices\n"
                        + "  Score. Learn more in [The Best Practices\n  score](/docs/lighthouse/performance/performance-scoring/#best-practices).\n"
                        + "{% endAside %}\n");
        Files.writeString(Files.createDirectories(site.resolve("en/_partials/devtools")).resolve("banner.md"),
                "{% Aside %}\nInterested in helping improve DevTools?\n{% endAside %}\n");
        Files.writeString(Files.createDirectories(site.resolve("ja/_partials/devtools")).resolve("banner.md"),
                "{% Aside %}\nDevTools の改善に興味がある方はサインアップしてください。\n{% endAside %}\n");
        Path article = Files.createDirectories(site.resolve("ja/docs/lighthouse/pwa/maskable-icon-audit")).resolve("index.md");

        // site/ja/docs/lighthouse/pwa/maskable-icon-audit/index.md, whose folder site/ja/_partials has no such partial
        Document page = dom(renderer.render(article("T"), "{% Partial 'lighthouse-best-practices/scoring.njk' %}\n\n"
                + "## PWA にマスカブルアイコンのサポートを追加する方法\n\n{% Partial 'devtools/banner.md' %}\n",
                RenderOptions.defaults(library, article)));

        assertThat(page.select(".article-body .callout p").eachText()).containsExactly(
                "Each Best Practices audit is weighted equally in the Lighthouse Best Practices Score. Learn more in The Best"
                        + " Practices score.",
                "DevTools の改善に興味がある方はサインアップしてください。");
    }

    @Test
    void aPageLooksUpAHundredPartialNamesAtMost() throws Exception {
        Files.writeString(Files.createDirectories(library.resolve("_partials")).resolve("real.md"), "真的部分\n");
        StringBuilder made = new StringBuilder("正文\n\n{% Partial 'real.md' %}\n\n");
        for (int i = 0; i < Partials.MAX_NAMES + 50; i++) {
            made.append("{% Partial 'made-up-").append(i).append(".md' %}\n\n");
        }
        made.append("{% Partial 'real.md' %}\n\n结尾\n");

        Document page = render(made.toString());

        assertThat(page.select(".article-body p").eachText().stream().filter("真的部分"::equals))
                .as("a name already found is put in again, past the limit").hasSize(2);
        assertThat(page.select(".article-body p").eachText()).contains("正文", "结尾");
        assertThat(page.select(".article-body").text()).doesNotContain("{%");
    }

    @Test
    void aNewPartialNamePastTheLimitIsNotLookedUp() throws Exception {
        Files.writeString(Files.createDirectories(library.resolve("_partials")).resolve("late.md"), "迟到的部分\n");
        StringBuilder made = new StringBuilder("正文\n\n");
        for (int i = 0; i < Partials.MAX_NAMES; i++) {
            made.append("{% Partial 'made-up-").append(i).append(".md' %}\n\n");
        }
        made.append("{% Partial 'late.md' %}\n\n结尾\n");

        Document page = render(made.toString());

        assertThat(page.select(".article-body p").eachText()).contains("正文", "结尾").doesNotContain("迟到的部分");
    }

    @Test
    void hugoColumnsCloseAtTheirSlashTagAndAHugoBlockquoteEndClosesNothing() {
        Document page = render("{{< columns >}}\n左边\n{{< /columns >}}\n\n之后\n\n{% note %}\n提示\n{{< /blockquote >}}\n还在提示里\n"
                + "{% endnote %}\n\n最后\n");

        assertThat(page.select(".article-body .columns").eachText()).containsExactly("左边");
        assertThat(page.select(".article-body > p").eachText()).containsExactly("之后", "最后");
        assertThat(page.select(".article-body .callout").text()).contains("提示", "还在提示里");
    }

    @Test
    void chromeDocsColumnsStandSideBySide() {
        Document page = render("{% Columns %}\n\n{% Column %}\n**左边**\n{% endColumn %}\n\n{% Column %}\n右边\n{% endColumn %}\n\n"
                + "{% endColumns %}\n\n之后\n");

        assertThat(page.select(".article-body .columns > .column").eachText()).containsExactly("左边", "右边");
        assertThat(page.select(".article-body .columns strong").text()).isEqualTo("左边");
        assertThat(page.select(".article-body > p").text()).isEqualTo("之后");
    }

    @Test
    void aPartialThatWouldTakeThePageBeyondTheLimitsIsLeftOut() throws Exception {
        Path partials = Files.createDirectories(library.resolve("_partials"));
        Files.writeString(partials.resolve("hostile.md"), "start\n" + "`a\n".repeat(50_000));

        Document page = render("正文\n\n{% Partial 'hostile.md' %}\n\n结尾\n");

        assertThat(page.select(".article-body p").eachText()).contains("正文", "结尾");
        assertThat(page.select(".article-body").text()).doesNotContain("start", "{%");
    }

    @Test
    void hugoThemesMermaidKatexAdmonitionsAndPostsOnXAreShownAsTheSiteShowsThem() {
        Document page = render("{{< mermaid align=\"left\" >}}\ngraph LR; A-->B\n{{< /mermaid >}}\n\n"
                + "{% mermaid %}\nsequenceDiagram\n  A->>B: hi\n{% endmermaid %}\n\n"
                + "Inline {{< katex >}}x^2{{< /katex >}} and {% katex %}y^2{% endkatex %}.\n\n"
                + "{{< katex display >}}\n\\int_0^1 x\\,dx\n{{< /katex >}}\n\n"
                + "{{< admonition type=tip title=\"Mind this\" >}}\nFixIt style.\n{{< /admonition >}}\n\n"
                + "{{< admonition warning \"Careful\" >}}\nLoveIt style.\n{{< /admonition >}}\n\n"
                + "{{< alert color=\"danger\" >}}\nDocsy style.\n{{< /alert >}}\n\n"
                + "{{< tweet user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n\n"
                + "{% twitter https://twitter.com/jack/status/20 %}\n\n{{< instagram BWNjjyYFxVx >}}\n");

        assertThat(page.select(".article-body .diagram-source code.language-mermaid").eachText())
                .containsExactly("graph LR; A-->B", "sequenceDiagram\n  A->>B: hi");
        assertThat(page.select(".article-body p").get(0).select(".math-inline svg")).hasSize(2);
        assertThat(page.select(".article-body .math-display svg")).hasSize(1);
        assertThat(seen(page.selectFirst(".article-body"))).doesNotContain("katex", "$", "{{", "{%");
        assertThat(page.select(".article-body .callout-title").eachText()).containsExactly("Mind this", "Careful", "Danger");
        assertThat(page.select(".article-body .callout").eachAttr("class")).containsExactly(
                "callout callout-tip callout-type-tip", "callout callout-warning callout-type-warning",
                "callout callout-caution callout-type-danger");
        assertThat(page.select(".article-body a.embed-link").eachAttr("href")).containsExactly(
                "https://x.com/SanDiegoZoo/status/1453110110599868418", "https://x.com/jack/status/20",
                "https://www.instagram.com/p/BWNjjyYFxVx/");
    }

    @Test
    void hugoRefsInLinksLeadToTheArticlesTheyName() {
        Document page = render("See [the intro]({{< ref \"intro.md\" >}}), [setup]({{< relref \"/posts/setup#install\" >}})"
                + " and [a page]({{< ref path=\"my notes.md\" >}}).\n");

        assertThat(page.select(".article-body a").eachAttr("href"))
                .containsExactly("intro.md", "/posts/setup#install", "my%20notes.md");
    }

    @Test
    void aHugoRefToAPageBundleOrAPageWithoutItsExtensionIsALinkToAnArticle() {
        Document page = render("[a]({{< ref \"trip-kyoto\" >}}) [b]({{< relref \"posts/go#install\" >}}) "
                + "[c]({{< ref \"#top\" >}})\n");

        assertThat(page.select(".article-body a").eachAttr("href"))
                .containsExactly("trip-kyoto.md", "posts/go.md#install", "#top");
    }

    @Test
    void thousandsOfCodeAndMathTagsNeverClosedLookForTheirEndOnce() {
        // each looked for its end tag to the end of the file: 40,000 such lines took over a minute to render
        String unclosed = "{% highlight java %} x\n{{< katex >}} y\n".repeat(40_000);
        Document page = render(unclosed + "{% highlight java %}\nint closed = 1;\n{% endhighlight %}\n");

        assertThat(page.select(".article-body code.language-java").text()).contains("int closed = 1;");
    }
}
