package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

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
    void unknownTagsVanishButTheTextTheyWrapStays() {
        Document page = render("{% if site.x %}留下{% endif %} {{< youtube abc >}} {{% center %}}居中{{% /center %}}\n");

        assertThat(page.select(".article-body p").text()).isEqualTo("留下 居中");
    }

    @Test
    void tagsInCodeSpansAndFencesStayAsTyped() {
        Document page = render("`{:toc}` and `{{< figure >}}`\n\n```liquid\n{% highlight ruby %}\nx\n{% endhighlight %}\n```\n");

        assertThat(page.select(".article-body p code").eachText()).containsExactly("{:toc}", "{{< figure >}}");
        assertThat(page.selectFirst(".article-body pre").wholeText())
                .isEqualTo("{% highlight ruby %}\nx\n{% endhighlight %}\n");
    }
}
