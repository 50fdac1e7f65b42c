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
import org.junit.jupiter.params.provider.CsvSource;

/** Fenced code is coloured token by token in Java, labelled with its language, and keeps its exact text. */
class CodeHighlightingTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) {
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @Test
    void javaKeywordsStringsAndCommentsGetTokenSpans() {
        String code = "public class A {\n    /* 多行\n       注释 */\n    String s = \"hi\"; // end\n    int n = 42;\n}";
        Document page = render("```java\n" + code + "\n```\n");

        Element block = page.selectFirst(".article-body .code-block");
        assertThat(block.attr("data-lang")).isEqualTo("java");
        Element pre = block.selectFirst("pre > code.highlighted");
        assertThat(pre.wholeText()).isEqualTo(code + "\n");
        assertThat(pre.select("span.tok-keyword").text()).contains("public", "class");
        assertThat(pre.select("span.tok-type").eachText()).contains("int");
        assertThat(pre.select("span.tok-string").eachText()).contains("\"hi\"");
        assertThat(pre.select("span.tok-comment").eachText()).contains("// end");
        assertThat(pre.select("span.tok-comment").text()).contains("注释 */");
        assertThat(pre.select("span.tok-number").eachText()).contains("42");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "java|int x = 1;|tok-type|int",
        "python|def f(): pass|tok-keyword|def",
        "py|import os|tok-keyword|import",
        "javascript|const a = 'x';|tok-keyword|const",
        "js|function f() {}|tok-keyword|function",
        "typescript|let a: number = 1;|tok-keyword|let",
        "ts|let a: number = 1;|tok-number|1",
        "bash|echo \"hi\" # say|tok-comment|# say",
        "sh|if [ -f x ]; then echo; fi|tok-keyword|if",
        "shell|echo 'a'|tok-string|'a'",
        "go|func main() {}|tok-keyword|func",
        "golang|package main|tok-keyword|package",
        "sql|SELECT id FROM t WHERE a = 1|tok-keyword|SELECT",
        "yaml|key: value # note|tok-comment|# note",
        "yml|a: 'x'|tok-string|'x'",
        "json|{\"a\": 12}|tok-number|12",
        "html|<div class=\"a\">x</div>|tok-tag|<div",
        "xml|<a b=\"c\"/>|tok-string|\"c\"",
        "css|a { color: red; } /* c */|tok-comment|/* c */",
        "rust|fn main() { let x = 5; }|tok-keyword|fn",
        "kotlin|fun main() { val x = 5 }|tok-keyword|fun",
        "c|int main(void) { return 0; }|tok-keyword|return",
        "cpp|#include <vector>|tok-keyword|#include",
        "c++|class A {};|tok-keyword|class",
        "markdown|# Title|tok-keyword|# Title",
        "dockerfile|FROM ubuntu:22.04|tok-keyword|FROM",
        "diff|+added line|tok-ins|+added line",
    })
    void theCorporaLanguagesAndTheirAliasesAreColoured(String language, String code, String cls, String token) {
        Document page = render("```" + language + "\n" + code + "\n```\n");

        Element codeElement = page.selectFirst(".article-body pre > code");
        assertThat(codeElement.hasClass("highlighted")).as(language).isTrue();
        assertThat(codeElement.wholeText()).isEqualTo(code + "\n");
        assertThat(codeElement.select("span." + cls).eachText()).as(language).contains(token);
    }

    @Test
    void aBlockWithoutALanguageStaysPlainAndUnlabelled() {
        Document page = render("```\nint x = 1;\n```\n\n    int y = 2;\n");

        assertThat(page.select(".article-body .code-block")).hasSize(2);
        assertThat(page.select(".article-body .code-block[data-lang]")).isEmpty();
        assertThat(page.select(".article-body pre span")).isEmpty();
        assertThat(page.select(".article-body pre").eachText()).containsExactly("int x = 1;", "int y = 2;");
    }

    @Test
    void anUnknownLanguageIsLabelledButPlain() {
        Document page = render("```coq\nTheorem x : True.\n```\n");

        assertThat(page.selectFirst(".code-block").attr("data-lang")).isEqualTo("coq");
        assertThat(page.select(".article-body pre span")).isEmpty();
    }

    @Test
    void everyBlockHasACopyButtonWhoseWordsAreNotPageText() {
        String markdown = "前文\n\n```python\nprint('x')\n```\n\n后文";
        String html = renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md")));

        Element button = dom(html).selectFirst(".code-block > button.copy-code");
        assertThat(button.attr("data-label")).isEqualTo("Copy code");
        assertThat(button.childNodes()).isEmpty();
        String plain = renderer.render(article("T"), markdown.replace("```python", "```"),
                RenderOptions.defaults(library, library.resolve("a.md")));
        assertThat(PageText.of(html)).isEqualTo(PageText.of(plain)).doesNotContain("Copy", "python");
    }

    @Test
    void mermaidIsLabelledAsADiagramSourceNotAsPlainCode() {
        Document page = render("```mermaid\ngraph TD; A-->B\n```\n");

        Element block = page.selectFirst(".article-body .code-block");
        assertThat(block.hasClass("diagram-source")).isTrue();
        assertThat(block.attr("data-lang")).isEqualTo("mermaid · diagram source");
        assertThat(block.selectFirst("pre").text()).isEqualTo("graph TD; A-->B");
    }

    @Test
    void markupInCodeStaysTextAndCannotBecomeElements() {
        Document page = render("```html\n<script>alert(1)</script><img src=x onerror=y>\n```\n");

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select(".article-body img")).isEmpty();
        assertThat(page.selectFirst(".article-body pre").wholeText())
                .isEqualTo("<script>alert(1)</script><img src=x onerror=y>\n");
    }
}
