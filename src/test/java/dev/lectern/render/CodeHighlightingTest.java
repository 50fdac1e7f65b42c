package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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

    /** The texts of the runs the code element colours with this class ({@code tok-} left out). */
    private static List<String> tokens(Element code, String cls) {
        return code.select("span.tok-" + cls).eachText();
    }

    /** The code element of a fence of this language holding the code, checked to hold the code whole. */
    private Element highlighted(String language, String code) {
        Element element = render("```" + language + "\n" + code + "\n```\n").selectFirst(".article-body pre > code");
        assertThat(element.wholeText()).as(language).isEqualTo(code + "\n");
        return element;
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
        assertThat(tokens(pre, "type")).contains("int");
        assertThat(tokens(pre, "string")).contains("\"hi\"");
        assertThat(tokens(pre, "comment")).contains("// end");
        assertThat(pre.select("span.tok-comment").text()).contains("注释 */");
        assertThat(tokens(pre, "number")).contains("42");
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
        "coq|Theorem t : forall n : nat, n = n.|tok-keyword|Theorem",
        "coq|Proof. intros n. reflexivity. Qed.|tok-fn|reflexivity",
        "coq|(* 注释 *) Definition x := 1.|tok-comment|(* 注释 *)",
        "ocaml|let f x = \"s\" (* c *)|tok-string|\"s\"",
        "haskell|main :: IO () -- entry|tok-comment|-- entry",
        "hs|data T = A deriving Show|tok-type|Show",
        "nginx|server { listen 80; } # web|tok-keyword|listen",
        "conf|upstream b { server x weight=5; }|tok-number|5",
        "hocon|name = \"MyApp\"|tok-attr|name",
        "hcl|resource \"aws_instance\" \"web\" { ami = \"x\" }|tok-attr|ami",
        "cypher|MATCH (n:Person) RETURN count(n)|tok-type|Person",
        "cypher|match (n) where n.age > 3 return n|tok-keyword|where",
        "promql|sum by (job) (rate(x[5m]))|tok-fn|rate",
        "http|GET /index.html HTTP/1.1|tok-keyword|GET",
        "cl|(defun f (x) x)|tok-keyword|defun",
        "cql|SELECT * FROM store.t;|tok-keyword|SELECT",
        "vim|nnoremap <leader>w :w<CR>|tok-keyword|nnoremap",
        "vim|nmap <silent> gd :call x()<CR>|tok-type|<silent>",
        "viml|let g:tagbar_type = {'ctagstype': 'markdown'}|tok-string|'markdown'",
        "bibtex|@misc{minimind, year={2024}}|tok-keyword|misc",
        "bib|@Article{k, title = \"T\"}|tok-attr|title",
        "swift|guard count > 0 else { return nil }|tok-keyword|guard",
        "swift|struct Item: Codable { var name: String } /* a /* nested */ note */|tok-comment|/* a /* nested */ note */",
        "swift|let view = ContentView()|tok-type|ContentView",
        "r|df <- data.frame(x = c(1, 2)) # frame|tok-fn|data.frame",
        "r|if (is.na(x)) NULL else TRUE|tok-number|TRUE",
        "julia|function f(x::Int64) push!(v, x) end|tok-fn|push!",
        "jl|#= a #= nested =# note =# x = 1|tok-comment|#= a #= nested =# note =#",
        "elixir|defmodule Greeter do def hi(name), do: IO.puts(name) end|tok-keyword|defmodule",
        "erlang|-module(hi). % note|tok-comment|% note",
        "zig|const std = @import(\"std\"); var x: u32 = 0;|tok-type|u32",
        "solidity|function transfer(address to, uint256 amount) public returns (bool) {}|tok-type|uint256",
        "graphql|query Hero($id: ID!) { hero(id: $id) { name } }|tok-keyword|query",
        "gherkin|Scenario: login # happy path|tok-keyword|Scenario",
        "cmake|add_executable(app main.cpp) # target|tok-fn|add_executable",
        "nix|{ pkgs ? import <nixpkgs> {} }: let x = 1; in x|tok-keyword|let",
        "fsharp|let square x = x * x (* a (* nested *) note *)|tok-comment|(* a (* nested *) note *)",
        "matlab|function y = f(x) % square|tok-comment|% square",
        "koltin|fun main() { val x = 5 }|tok-keyword|fun",
    })
    void theCorporaLanguagesAndTheirAliasesAreColoured(String language, String code, String cls, String token) {
        Document page = render("```" + language + "\n" + code + "\n```\n");

        Element codeElement = page.selectFirst(".article-body pre > code");
        assertThat(codeElement.hasClass("highlighted")).as(language).isTrue();
        assertThat(codeElement.wholeText()).isEqualTo(code + "\n");
        assertThat(codeElement.select("span." + cls).eachText()).as(language).contains(token);
    }

    @Test
    void coqCommentsNestAndAnUnclosedOneRunsToTheEnd() {
        String code = "(* outer (* inner *) still comment *) Lemma l : True.\n(* open (* twice\nauto.";
        Element pre = highlighted("coq", code);

        assertThat(tokens(pre, "comment"))
                .containsExactly("(* outer (* inner *) still comment *)", "(* open (* twice\nauto.");
        assertThat(tokens(pre, "keyword")).containsExactly("Lemma");
        assertThat(tokens(pre, "type")).containsExactly("True");
    }

    @Test
    void anHttpExchangeColoursItsLinesHeadersAndJsonBody() {
        String code = "POST /api/login HTTP/1.1\nContent-Type: application/json\n\n{\"user\": \"a\", \"n\": 2}\n"
                + "HTTP/1.1 200 OK\nServer: x";
        Element pre = highlighted("http", code);

        assertThat(tokens(pre, "keyword")).containsExactly("POST");
        assertThat(tokens(pre, "attr")).contains("Content-Type", "Server");
        assertThat(tokens(pre, "meta")).containsExactly("HTTP/1.1");
        assertThat(tokens(pre, "number")).containsExactly("2", "200");
        assertThat(tokens(pre, "string")).contains("\"a\"");
    }

    @Test
    void aConfigurationsDirectivesKeysAndVariablesAreTold() {
        String code = "http {\n  log_format main '$remote_addr';\n  gzip on;\n}\napp {\n  port = 8080\n}";
        Element pre = highlighted("conf", code);

        assertThat(tokens(pre, "keyword")).containsExactly("http", "log_format", "gzip", "app");
        assertThat(tokens(pre, "attr")).containsExactly("port");
        assertThat(tokens(pre, "string")).containsExactly("'$remote_addr'");
        assertThat(tokens(pre, "number")).containsExactly("on", "8080");
    }

    @Test
    void vimCommentsStartALineAndItsStringsAndCallsAreTold() {
        String code = "\" 显示行号\nset number \" after\n  \" indented\nlet s = \"a\" . mdip#Paste()";
        Element pre = highlighted("vim", code);

        assertThat(tokens(pre, "comment")).containsExactly("\" 显示行号",
                "\" after\n  \" indented");
        assertThat(tokens(pre, "string")).containsExactly("\"a\"");
        assertThat(tokens(pre, "keyword")).containsExactly("set", "let");
        assertThat(tokens(pre, "fn")).containsExactly("mdip#Paste");
    }

    @Test
    void aBibtexEntrysTypeFieldsAndBracedValuesAreTold() {
        String code = "@article{10.7717/peerj-cs.103,\n  title={Length-Aware {RoPE} for Speech},\n  year=2025,\n"
                + "  url = {https://x.org}\n}";
        Element pre = highlighted("bibtex", code);

        assertThat(tokens(pre, "keyword")).containsExactly("article");
        assertThat(tokens(pre, "attr")).containsExactly("title", "year", "url");
        assertThat(tokens(pre, "string"))
                .containsExactly("{Length-Aware {RoPE} for Speech}", "{https://x.org}");
        assertThat(tokens(pre, "number")).containsExactly("2025");
    }

    @Test
    void templateTagsAreColouredAndTheTextBetweenThemIsLeftPlain() {
        String liquid = "{% if site.cdn %}\n  <link href=\"{{ base | append: '/x.css' }}\"> if for\n{% endif %}";
        Element pre = highlighted("liquid", liquid);

        assertThat(tokens(pre, "keyword")).as("not the words between tags").containsExactly("if", "endif");
        assertThat(tokens(pre, "meta")).containsExactly("{%", "%}", "{{", "}}", "{%", "%}");
        assertThat(tokens(pre, "fn")).containsExactly("append");
        assertThat(tokens(pre, "string")).containsExactly("'/x.css'");

        String ftl = "<#-- 头部 -->\n<#list fields as f>\nimport ${f.type}; // if\n</#list>";
        Element code = highlighted("ftl", ftl);
        assertThat(tokens(code, "comment")).containsExactly("<#-- 头部 -->");
        assertThat(tokens(code, "keyword")).containsExactly("list", "as", "list");
        assertThat(tokens(code, "meta")).contains("<#", "${", "</#");
    }

    @Test
    void hostileNestingAndUnclosedStringsStayOneRunEach() {
        String nested = "(*".repeat(100_000) + "\"" + "x\\".repeat(50_000);
        Element code = new Element("code");

        assertThat(new CodeHighlighter().highlight(code, nested, "lectern/coq")).isTrue();
        assertThat(code.wholeText()).isEqualTo(nested);
        assertThat(code.select("span.tok-comment")).hasSize(1);
        String unclosed = "'" + "a\n".repeat(100_000);
        assertThat(new CodeHighlighter().highlight(code, unclosed, "lectern/cypher")).isTrue();
        assertThat(code.select("span.tok-string")).hasSize(1);
        assertThat(code.wholeText()).isEqualTo(unclosed);
        String http = "HTTP/1.1" + " ".repeat(150_000) + "x\n" + "a".repeat(150_000) + "\n" + "{\n".repeat(50_000);
        assertThat(new CodeHighlighter().highlight(code, http, "http")).isTrue();
        assertThat(code.wholeText()).isEqualTo(http);
        String braces = "a=" + "{".repeat(100_000) + " ".repeat(100_000) + "\"";
        assertThat(new CodeHighlighter().highlight(code, braces, "lectern/bibtex")).isTrue();
        assertThat(code.select("span.tok-string")).hasSize(1);
        String tags = "{{ x }}".repeat(50_000) + "{%" + " x".repeat(50_000);
        assertThat(new CodeHighlighter().highlight(code, tags, "lectern/liquid")).isTrue();
        assertThat(code.wholeText()).isEqualTo(tags);
        String keys = "<".repeat(100_000) + "a".repeat(100_000) + "<leader>";
        assertThat(new CodeHighlighter().highlight(code, keys, "lectern/vim")).isTrue();
        assertThat(code.wholeText()).isEqualTo(keys);
        String entries = "@misc" + "{".repeat(100_000) + "x".repeat(100_000);
        assertThat(new CodeHighlighter().highlight(code, entries, "lectern/bibtex")).isTrue();
        assertThat(code.wholeText()).isEqualTo(entries);
        String vim = " ".repeat(200_000) + "x\n\"" + " \"".repeat(100_000);
        assertThat(new CodeHighlighter().highlight(code, vim, "lectern/vim")).isTrue();
        assertThat(code.wholeText()).isEqualTo(vim);
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
        Document page = render("```pseudo\nif x then y\n```\n");

        assertThat(page.selectFirst(".code-block").attr("data-lang")).isEqualTo("pseudo");
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
