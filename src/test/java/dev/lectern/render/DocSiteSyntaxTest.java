package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documentation generators' spellings (MkDocs Material, Docusaurus, VuePress/VitePress, Qiita/Zenn) read as their sites show them. */
class DocSiteSyntaxTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return render(markdown, "a.md");
    }

    private Document render(String markdown, String file) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve(file))));
    }

    @Test
    void mkDocsAdmonitionsAreTitledBoxesWithTheirWholeIndentedBody() {
        Document page = render("# T\n\n!!! note \"Custom title\"\n    This is a **note**.\n\n    Second paragraph inside.\n\n"
                + "    - one\n    - two\n\n    ```python\n    print(1)\n    ```\n\n"
                + "!!! warning\n    A warning without title.\n\n!!! info \"\"\n    No title at all.\n\nAfter.\n");

        Element note = page.selectFirst(".article-body div.callout.callout-note");
        assertThat(note).isNotNull();
        assertThat(note.selectFirst(".callout-title").text()).isEqualTo("Custom title");
        assertThat(note.select("p").eachText()).contains("This is a note.", "Second paragraph inside.");
        assertThat(note.select("li").eachText()).containsExactly("one", "two");
        assertThat(note.select("code.language-python").text()).isEqualTo("print(1)");
        assertThat(note.select("pre").text()).as("no paragraph of it is a code block").doesNotContain("Second");
        assertThat(page.select(".article-body .callout-warning > .callout-title").text()).isEqualTo("Warning");
        Element info = page.selectFirst(".article-body div.callout.callout-info");
        assertThat(info.select(".callout-title")).isEmpty();
        assertThat(info.text()).isEqualTo("No title at all.");
        assertThat(page.select(".article-body > p").eachText()).containsExactly("After.");
        assertThat(page.select(".article-body").text()).doesNotContain("!!!");
    }

    /** A line of prose that happens to start with !!! or ??? is no box (MkDocs' types are lower case). */
    @Test
    void proseStartingWithExclamationOrQuestionMarksStaysProse() {
        Document page = render("!!! Do not do this\n    or the build fails.\n\n??? What is this\n");

        assertThat(page.select(".article-body .callout")).isEmpty();
        assertThat(page.selectFirst(".article-body").text()).contains("!!! Do not do this", "??? What is this");
    }

    @Test
    void mkDocsCollapsibleAdmonitionsFoldClosedOrOpenAndNest() {
        Document page = render("??? danger\n    Hidden until clicked.\n\n???+ tip \"Open collapsible\"\n    Shown.\n\n"
                + "    !!! example \"Inner\"\n        Nested body.\n\nAfter.\n");

        Element danger = page.selectFirst(".article-body details.callout.callout-danger");
        assertThat(danger.hasAttr("open")).isFalse();
        assertThat(danger.selectFirst("summary.callout-title").text()).isEqualTo("Danger");
        assertThat(danger.select("p").eachText()).containsExactly("Hidden until clicked.");
        Element tip = page.selectFirst(".article-body details.callout.callout-tip");
        assertThat(tip.hasAttr("open")).isTrue();
        assertThat(tip.selectFirst("summary").text()).isEqualTo("Open collapsible");
        Element inner = tip.selectFirst("div.callout.callout-example");
        assertThat(inner.selectFirst(".callout-title").text()).isEqualTo("Inner");
        assertThat(inner.select("p").eachText()).containsExactly("Nested body.");
        assertThat(page.select(".article-body pre")).isEmpty();
        assertThat(page.select(".article-body > p").eachText()).containsExactly("After.");
    }

    @Test
    void mkDocsContentTabsShowOneAfterAnotherUnderTheirNames() {
        Document page = render("=== \"Python\"\n\n    ```python\n    print(\"hello\")\n    ```\n\n"
                + "=== \"JavaScript\"\n\n    ```js\n    console.log(\"hello\");\n    ```\n\nAfter.\n");

        assertThat(page.select(".article-body .tabs")).hasSize(1);
        assertThat(page.select(".article-body .tab-name").eachText()).containsExactly("Python", "JavaScript");
        assertThat(page.select(".article-body .tab code.language-python").text()).isEqualTo("print(\"hello\")");
        assertThat(page.select(".article-body .tab code.language-js").text()).isEqualTo("console.log(\"hello\");");
        assertThat(page.select(".article-body").text()).doesNotContain("===", "```");
        assertThat(page.select(".article-body > p").eachText()).containsExactly("After.");
    }

    @Test
    void docusaurusAndVuePressContainersAreBoxesAndDetailsFold() {
        Document page = render(":::tip My Tip\nUse **Docusaurus** admonitions.\n:::\n\n:::note\nPlain note.\n:::\n\n"
                + ":::warning[Bracket title]\nNew title syntax.\n:::\n\n:::danger\n\nDanger with blank lines.\n\n:::\n\n"
                + "::: info\nVitePress info.\n:::\n\n::: details Click me\nHidden content.\n:::\n\n"
                + "::::info Outer\nOuter text.\n\n:::danger Inner\nInner text.\n:::\n\n::::\n\nAfter.\n");

        assertThat(page.select(".article-body > .callout > .callout-title").eachText())
                .containsExactly("My Tip", "Note", "Bracket title", "Danger", "Info", "Outer");
        assertThat(page.selectFirst(".article-body .callout-tip").select("strong").text()).isEqualTo("Docusaurus");
        assertThat(page.selectFirst(".article-body > .callout-warning").text()).isEqualTo("Bracket title New title syntax.");
        assertThat(page.select(".article-body > .callout.callout-caution p").eachText()).containsExactly("Danger with blank lines.");
        Element details = page.selectFirst(".article-body details");
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.selectFirst("summary").text()).isEqualTo("Click me");
        assertThat(details.select("p").eachText()).contains("Hidden content.");
        Element inner = page.selectFirst(".article-body > .callout-info .callout-caution");
        assertThat(inner.text()).isEqualTo("Inner Inner text.");
        assertThat(page.select(".article-body > p").eachText()).containsExactly("After.");
        assertThat(page.select(".article-body").text()).doesNotContain(":::");
    }

    @Test
    void aContainerThatNeverClosesIsTextAndOneRunTogetherOnItsLineIsABox() {
        Document page = render(":::note 说明 上述代码返回中包含了 `test: 123` Header。 :::\n\nBetween.\n\n"
                + ":::tip never closed\n\nThe rest of the page.\n");

        Element note = page.selectFirst(".article-body > .callout.callout-note");
        assertThat(note.selectFirst(".callout-title").text()).isEqualTo("Note");
        assertThat(note.select("p").text()).isEqualTo("说明 上述代码返回中包含了 test: 123 Header。");
        assertThat(page.select(".article-body .callout")).hasSize(1);
        assertThat(page.select(".article-body > p").eachText())
                .containsExactly("Between.", ":::tip never closed", "The rest of the page.");
    }

    @Test
    void containerMarksInsideCodeStayAsWritten() {
        Document page = render("```markdown\n:::tip Shown as written\ntext\n:::\n\n!!! note\n    body\n```\n");

        assertThat(page.select(".article-body .callout")).isEmpty();
        assertThat(page.select(".article-body pre").text()).contains(":::tip Shown as written", "!!! note");
    }

    @Test
    void deeplyNestedBoxesStopNestingAtACap() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < 45; i++) { // indentation stays within what the parser is given (MarkdownLimits)
            markdown.append("    ".repeat(i)).append("!!! note\n");
        }
        markdown.append("    ".repeat(45)).append("deep\n");
        StringBuilder colons = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            colons.append(":::tip\n");
        }
        Document page = render(markdown + "\n" + colons + "text\n" + ":::\n".repeat(200));

        assertThat(page.select(".article-body .callout").size()).isEqualTo(DocContainers.MAX_DEPTH + DocContainers.MAX_OPEN);
    }

    @Test
    void codeBlockTitlesShowAsCaptionsAndTheirLinesAreMarked() {
        Document page = render("```python title=\"app.py\" linenums=\"1\" hl_lines=\"2 3\"\nimport os\nx = 1\ny = 2\n```\n\n"
                + "```jsx title=\"src/components/Hello.js\" {2,4-5} showLineNumbers\na\nb\nc\nd\ne\n```\n\n"
                + "```go {title=\"main.go\", hl_lines=[2]}\npackage main\nfunc main(){}\n```\n\n"
                + "```js:src/index.js\nconst a = 1;\n```\n\n```ts [config.ts]\nlet b;\n```\n");

        assertThat(page.select(".article-body p.code-label").eachText())
                .containsExactly("app.py", "src/components/Hello.js", "main.go", "src/index.js", "config.ts");
        assertThat(page.select(".article-body .code-block").eachAttr("data-lang"))
                .containsExactly("python", "jsx", "go", "js", "ts");
        assertThat(page.select(".article-body p.code-label + .code-block")).hasSize(5);
        assertThat(page.select(".article-body code.highlighted")).hasSize(5);
        assertThat(page.select(".article-body pre.marked-lines")).hasSize(3);
        assertThat(page.select(".article-body pre.marked-lines").get(0).attr("style"))
                .contains("1.5em) / 100% 1.5em", "3.0em) / 100% 1.5em");
        assertThat(page.select(".article-body pre.marked-lines").get(1).attr("style"))
                .contains("1.5em) / 100% 1.5em", "4.5em) / 100% 3.0em");
    }

    @Test
    void hugosHighlightShortcodeMarksTheLinesItsOptionsName() {
        Document page = render("{{< highlight go \"linenos=table,hl_lines=2 4-5,linenostart=1\" >}}\na\nb\nc\nd\ne\n"
                + "{{< /highlight >}}\n");

        assertThat(page.select(".article-body .code-block").eachAttr("data-lang")).containsExactly("go");
        assertThat(page.select(".article-body pre.marked-lines").attr("style"))
                .contains("1.5em) / 100% 1.5em", "4.5em) / 100% 3.0em");
    }

    @Test
    void vuePressTocMarkIsATableOfContents() {
        Document page = render("[[toc]]\n\n## One\n\ntext\n\n## Two\n\ntext\n", "toc.md");

        assertThat(page.select(".article-body .toc a").eachText()).containsExactly("One", "Two");
        assertThat(page.select(".article-body").text()).doesNotContain("[[toc]]", "toc");
    }

    @Test
    void mdxImportsAndExportsAreLeftOutOfThePage() {
        String mdx = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n"
                + "export const Highlight = ({children}) => <span>{children}</span>;\n\n# Title\n\n"
                + "Some text.\n\n```js\nimport x from 'y';\n```\n";
        Document page = render(mdx, "page.mdx");

        assertThat(page.select(".article-body").text()).doesNotContain("@theme", "export const");
        assertThat(page.select(".article-body pre").text()).isEqualTo("import x from 'y';");
        assertThat(page.select(".article-body p").eachText()).contains("Some text.");
    }
}
