package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static dev.lectern.render.TestArticles.seen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TeX is typeset into SVG in Java; prices stay text; a broken formula shows its source; formulas add no page text. */
class MathTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private String html(String markdown) {
        return renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md")));
    }

    @Test
    void inlineAndDisplayFormulasOfEveryDelimiterBecomeSvg() {
        Document page = dom(html("质能 $E = mc^2$ 与 \\(a_1 * b_2 * c\\)\n\n$$\n\\sum_{i=1}^{n} \\frac{1}{i^2}\n$$\n\n"
                + "\\[\\int_0^1 x\\,dx\\]\n\n```math\n\\sqrt{2}\n```\n"));

        assertThat(page.select(".article-body span.math.math-inline > svg.math-svg")).hasSize(2);
        assertThat(page.select(".article-body span.math.math-display > svg.math-svg")).hasSize(3);
        assertThat(page.select(".article-body svg path").size()).isGreaterThan(10);
        assertThat(page.select(".article-body em, .article-body .code-block")).isEmpty();
        assertThat(seen(page.selectFirst(".article-body"))).doesNotContain("$", "\\frac", "\\(", "mc^2");
        assertThat(page.select(".article-body .math > ." + MathNodes.SOURCE).eachText()).as("each formula's TeX, hidden")
                .containsExactly("$E = mc^2$", "$a_1 * b_2 * c$", "$$\\sum_{i=1}^{n} \\frac{1}{i^2}$$",
                        "$$\\int_0^1 x\\,dx$$", "$$\\sqrt{2}$$");
    }

    @Test
    void aFormulaInAHeadingIsInItsOutlineEntryAndItsIdAsTheSitesSlugHasIt() {
        String markdown = "Intro $x$ and $y$.\n\n[TOC]\n\n## Heading with $O(n \\log n)$ math\n\ntext\n";
        RenderedPage page = renderer.renderPage(article("T"), markdown,
                RenderOptions.defaults(library, library.resolve("a.md")));
        Document dom = dom(page.html());

        assertThat(page.outline()).extracting(Heading::text).containsExactly("Heading with O(n \\log n) math");
        assertThat(page.outline()).extracting(Heading::anchorId).containsExactly("heading-with-on-log-n-math");
        assertThat(dom.select(".article-body h2").attr("id")).isEqualTo("heading-with-on-log-n-math");
        assertThat(dom.select(".article-body h2 svg")).hasSize(1);
        assertThat(dom.select(".article-body a[href^=#]").eachAttr("href")).containsOnly("#heading-with-on-log-n-math");
    }

    @Test
    void chineseInsideTextIsTypesetAndTheFormulaTakesTheTextColour() {
        Document page = dom(html("$$\\text{速度} = \\frac{\\text{距离}}{\\text{时间}}$$\n"));

        Element svg = page.selectFirst(".article-body .math-display svg");
        assertThat(svg).isNotNull();
        assertThat(svg.outerHtml()).contains("currentColor").doesNotContain("<text");
        assertThat(svg.attr("width")).endsWith("em");
        // the CJK glyphs are outlines of a system font: a machine without one draws empty boxes, as its pages do
        CjkFont.assumeInstalled("the outlines of CJK glyphs in formulas");
        // three CJK words (one outline path each, with many strokes), "=", and the fraction bar
        assertThat(svg.select("path")).hasSizeGreaterThanOrEqualTo(4)
                .filteredOn(path -> path.attr("d").length() > 1000).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anInlineFormulaWrittenForMarkdownFirstIsTypesetAsItsSiteShowsIt() {
        // Hux's kramdown post: $\Sigma = \\{0, 1\\}$ and $\Sigma^{\*}$ showed as error boxes; MathJax got \{ and *
        Document page = dom(html("字母表 $\\Sigma = \\\\{0, 1\\\\}$，集合 $\\Sigma^{\\*}$ 与 $|P(\\Sigma^{\\*})|$。\n\n"
                + "$$\n\\begin{cases} a \\\\ {b} \\end{cases}\n$$\n"));

        assertThat(page.select(".article-body .math-error")).isEmpty();
        assertThat(page.select(".article-body span.math.math-inline > svg.math-svg")).hasSize(3);
        assertThat(page.select(".article-body span.math.math-display > svg.math-svg")).as("display math as written").hasSize(1);
        assertThat(SourceRewriter.withoutMarkdownEscapes("a \\\\ b \\\\* c \\{ \\alpha", true))
                .as("a line break, a command and TeX's own braces stay").isEqualTo("a \\\\ b \\\\* c \\{ \\alpha");
    }

    @Test
    void anEscapedBarInASitesInlineFormulaIsABarAsTheSiteShowsIt() {
        // Hux's kramdown post: $\| P(\Sigma^{\*})\|$ is |P(Σ*)| on the site (kramdown reads \| as |), not ‖P(Σ*)‖
        String post = "---\nlayout: post\n---\n";
        String escaped = formula(html(post + "幂集的势 $\\| P(\\Sigma^{\\*})\\|$ 。"));

        assertThat(escaped).isEqualTo(formula(html("幂集的势 $| P(\\Sigma^{*})|$ 。")))
                .isNotEqualTo(formula(html("幂集的势 $\\Vert P(\\Sigma^{*})\\Vert$ 。")));
        assertThat(formula(html("| $r$ | $\\pi(o_t\\|q)$ |\n|---|---|\n"))).as("a bar in a table's formula, as markdown reads it")
                .isEqualTo(formula(html("$\\pi(o_t|q)$\n")));
        assertThat(formula(html(post + "$$\n\\|x\\|\n$$\n"))).as("display math reaches MathJax as written")
                .isEqualTo(formula(html("$$\n\\Vert x\\Vert\n$$\n")));
    }

    @Test
    void aSitesInlineFormulaWithABlankBeforeItsClosingDollarOrOverManyLinesIsTypesetAsItsMathJaxDid() {
        // houbb's MathJax post: $\sum_{k=1}^nkx $ and a matrix over six lines ended by two spaces stayed raw TeX
        String post = "---\nlayout: post\n---\n";
        String matrix = "$\\left|  \n\\begin{array}{lcr}  \na & b & c \\\\\\\\  \nd & e & f  \n\\end{array}  \n\\right|$  \n";
        Document page = dom(html(post + "求和 $\\sum_{k=1}^nkx $ 完\n\n效果：\n\n" + matrix));

        assertThat(page.select(".article-body .math-inline > svg")).hasSize(2);
        assertThat(seen(page.selectFirst(".article-body"))).doesNotContain("$", "\\sum", "\\begin");
        assertThat(formula(page.outerHtml())).as("one formula, each \\\\\\\\ a row's end as kramdown hands it on")
                .isEqualTo(formula(html("$\\left| \\begin{array}{lcr} a & b & c \\\\ d & e & f \\end{array} \\right|$\n")));

        Document note = dom(html("求和 $\\sum_{k=1}^nkx $ 完\n\n" + matrix));
        assertThat(note.select(".article-body .math")).as("a note keeps pandoc's and Obsidian's rule").isEmpty();
    }

    @Test
    void aFolderOfNotesThatIsNoSiteKeepsItsNormAsDoubleBars(@TempDir Path notes) throws Exception {
        // |μ − ν|_TV in a plain folder of notes: every folder without a vault's settings was read as a kramdown site
        String norm = "$\\|\\mu - \\nu\\|_{TV}$\n";
        String doubleBars = formula(html("$\\Vert\\mu - \\nu\\Vert_{TV}$\n"));
        String bars = formula(html("$|\\mu - \\nu|_{TV}$\n"));
        RenderOptions plain = RenderOptions.defaults(notes, notes.resolve("markov.md"));
        assertThat(formula(renderer.render(article("T"), norm, plain))).isEqualTo(doubleBars);

        Path jekyll = Files.createDirectories(notes.resolve("blog/_posts"));
        assertThat(formula(renderer.render(article("T"), norm, RenderOptions.defaults(notes, jekyll.resolve("a.md")))))
                .as("a Jekyll site's post").isEqualTo(bars);
        Path hexo = Files.createDirectories(notes.resolve("hexo/source/posts"));
        Files.writeString(notes.resolve("hexo/_config.yml"), "title: blog\n");
        assertThat(formula(renderer.render(article("T"), norm, RenderOptions.defaults(hexo, hexo.resolve("a.md")))))
                .as("a site whose configuration lies above the library").isEqualTo(bars);
        Path post = notes.resolve("post.md");
        Files.writeString(post, "---\ntitle: T\nlayout: post\n---\n" + norm);
        assertThat(formula(renderer.render(article("T"), norm, RenderOptions.defaults(notes, post))))
                .as("a post whose layout is in the file's front matter, the body handed on without it").isEqualTo(bars);
        Path hugo = Files.createDirectories(notes.resolve("hugo/content/post"));
        Files.writeString(notes.resolve("hugo/hugo.toml"), "title = 'blog'\n");
        assertThat(formula(renderer.render(article("T"), norm, RenderOptions.defaults(notes, hugo.resolve("a.md")))))
                .as("a Hugo site").isEqualTo(bars);
    }

    @Test
    void aVaultsNoteKeepsItsNormAsDoubleBars(@TempDir Path vault) throws Exception {
        Files.createDirectories(vault.resolve(".obsidian"));
        RenderOptions options = RenderOptions.defaults(vault, vault.resolve("note.md"));

        assertThat(formula(renderer.render(article("T"), "范数 $\\|x\\|$\n", options)))
                .isEqualTo(formula(renderer.render(article("T"), "范数 $\\Vert x\\Vert$\n", options)));
    }

    /** The last typeset formula of a page, as drawn (an error box fails). */
    private static String formula(String page) {
        Elements svgs = dom(page).select(".article-body .math svg");
        assertThat(svgs).isNotEmpty();
        assertThat(dom(page).select(".article-body .math-error")).isEmpty();
        return svgs.last().outerHtml();
    }

    @Test
    void pricesAndEscapedDollarsStayText() {
        Document page = dom(html("It costs $5 and $10, or US$20. A \\$x\\$ stays.\n\n数组 \\[0\\] 不是公式\n"));

        assertThat(page.select(".article-body .math, .article-body .math-error")).isEmpty();
        assertThat(page.select(".article-body p").eachText())
                .containsExactly("It costs $5 and $10, or US$20. A $x$ stays.", "数组 [0] 不是公式");
    }

    @Test
    void dollarPairsAroundShellVariablesChineseWordsOrTableCellsStayTextAsTheirSitesShowThem() {
        // houbb's kramdown blog (no single-dollar math): Vue's $route, MongoDB's $lt in a table, shell variables
        Document page = dom(html("除了 $route.params 之外，$route.query 也可以。\n\n"
                + "export PATH=$JAVA_HOME/bin:$PATH 与 {salt}${iterations}${digest}\n\n"
                + "| 操作 | 格式 | 范例 |\n|---|---|---|\n| 小于 | {key:{$lt:value}} | db.col.find({likes:{$lt:50}}) |\n"
                + "| 大于 | {key:{$gt:value}} | find({likes:{$gt:50}}) |\n\n"
                + "复杂度从 $O(n^3)$ 降至 $O(nm)$，$\\overbrace{a+b}^{m个}$，$速度 = \\frac{s}{t}$，$a_1，a_2，\\cdots，a_n$。\n\n"
                + "export PATH=$JAVA_HOME/bin:$PATH:$HOME/bin，或 $HOME/bin:$PATH。\n"));

        assertThat(page.select(".article-body .math-error")).isEmpty();
        assertThat(page.select(".article-body .math svg")).as("the formulas meant as formulas").hasSize(5);
        assertThat(page.select(".article-body td")).hasSize(6);
        assertThat(page.select(".article-body td .math")).isEmpty();
        assertThat(page.select(".article-body p").eachText()).contains("除了 $route.params 之外，$route.query 也可以。",
                "export PATH=$JAVA_HOME/bin:$PATH 与 {salt}${iterations}${digest}",
                "export PATH=$JAVA_HOME/bin:$PATH:$HOME/bin，或 $HOME/bin:$PATH。");
    }

    @Test
    void dollarsInAnHtmlTagsAttributesAreNoFormula() {
        Document page = dom(html("| path | result |\n|---|---|\n"
                + "| <a href=\"http://x.org/?path=$.store.book[*].author\" target=\"_blank\">$.store.book[*].author</a> | authors |\n"
                + "| $r_t = \\frac{a}{o_{<t}}$ | $(0, +\\infty)$ |\n"));

        assertThat(page.select(".article-body a").eachText()).containsExactly("$.store.book[*].author");
        assertThat(page.select(".article-body td").eachText()).doesNotHaveDuplicates().contains("authors");
        assertThat(page.select(".article-body .math")).as("the formulas of the second row").hasSize(2);
    }

    @Test
    void aFormulaThatDoesNotParseShowsItsSourceInAMarkedBox() {
        Document page = dom(html("前 $\\undefinedmacro{x}$ 后\n\n正常 $x$\n"));

        assertThat(page.select(".article-body code.math-error").text()).isEqualTo("\\undefinedmacro{x}");
        assertThat(page.select(".article-body .math svg")).hasSize(1);
        assertThat(seen(page.select(".article-body p").get(1))).isEqualTo("正常");
    }

    @Test
    void aFormulaWithAnUnclosedOrStrayBraceShowsItsSourceInTheBoxNotARepairedDrawing() {
        // JLaTeXMath closed the group itself: the typo in $\frac{1}{2$ was drawn as a clean one half
        Document page = dom(html("A broken formula: $\\frac{1}{2$ and $a}$, then $\\left\\{ x \\right\\}$ and"
                + " $\\{1, 2\\}$ and\n\n$$\n\\begin{pmatrix} 1 \\\\{2} \\end{pmatrix}\n$$\n"));

        assertThat(page.select(".article-body code.math-error").eachText()).containsExactly("\\frac{1}{2", "a}");
        assertThat(page.select(".article-body .math svg")).as("escaped braces and \\\\ before a group").hasSize(3);
    }

    @Test
    void aBareDisplayEnvironmentOnItsOwnLinesIsTypesetAsMathJaxAndKatexAutoRenderDo() {
        // raw text "\begin{align} (a+b)^2 &= … \ (a-b)^2 …": a paragraph of TeX, one backslash of each \\ eaten
        Document page = dom(html("Squares:\n\n\\begin{align}\n  (a+b)^2 &= a^2 + 2ab + b^2 \\label{eq:sq} \\\\\n"
                + "  (a-b)^2 &= a^2 - 2ab + b^2\n\\end{align}\n\nAnd\n\\begin{equation*}\nE = mc^2\n\\end{equation*}\n"
                + "then \\begin{gather} x \\end{gather} in a sentence.\n\n"
                + "$$\n\\begin{gather}\na \\\\ b\n\\end{gather}\n$$\n\n```\n\\begin{align}\nx\n\\end{align}\n```\n"));

        assertThat(page.select(".article-body .math-error")).isEmpty();
        assertThat(page.select(".article-body ." + MathNodes.SOURCE).eachText()).containsExactly(
                "$$\\begin{align} (a+b)^2 &= a^2 + 2ab + b^2 \\label{eq:sq} \\\\ (a-b)^2 &= a^2 - 2ab + b^2 \\end{align}$$",
                "$$\\begin{equation*} E = mc^2 \\end{equation*}$$", "$$\\begin{gather} a \\\\ b \\end{gather}$$");
        assertThat(page.select(".article-body span.math.math-display > svg.math-svg")).hasSize(3);
        assertThat(seen(page.selectFirst(".article-body"))).as("in a sentence, or in code, it stays as written")
                .contains("then \\begin{gather} x \\end{gather} in a sentence.", "\\begin{align}\nx\n\\end{align}");
    }

    @Test
    void aFormulaIsInThePagesTextAsItsTexSoAHighlightAcrossItQuotesIt() {
        String text = PageText.of(html("前文 $x^2$ 后文，与\n\n$$\n\\int f\n$$\n"));

        assertThat(text.strip()).isEqualTo("前文 $x^2$ 后文，与\n$$\\int f$$");
    }

    @Test
    void dollarsThatOpenNoFormulaLeaveTheTagsAfterThemToTheTagRules() {
        Document page = dom(html("## $$(selector)\n\nUse $$() here.\n\n"
                + "{% Img src=\"a.png\", alt=\"Example of $$() and $_\" %}\n\nEnd.\n"));

        assertThat(page.select(".article-body").text()).doesNotContain("{%", "%}");
        assertThat(page.select(".article-body h2").text()).isEqualTo("$$(selector)");
        assertThat(page.select(".article-body figure")).hasSize(1);
    }

    @Test
    void dollarsInCodeAreLeftAlone() {
        Document page = dom(html("`$x$` and\n\n```bash\necho \"$HOME $PATH\"\n```\n"));

        assertThat(page.select(".article-body p code").text()).isEqualTo("$x$");
        assertThat(page.selectFirst(".article-body pre").wholeText()).isEqualTo("echo \"$HOME $PATH\"\n");
        assertThat(page.select(".article-body .math")).isEmpty();
    }

    @Test
    void aFormulaIsTypesetOnceAndThenComesFromTheCache() {
        MathRenderer math = new MathRenderer();

        String first = math.svg("\\frac{a}{b}", false);
        assertThat(math.svg("\\frac{a}{b}", false)).isSameAs(first);
        assertThat(math.svg("\\frac{a}{b}", true)).isNotSameAs(first);
    }

    @Test
    void anArticleOfThousandsOfFormulasOpensWithTheRestShownAsSource() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < MathNodes.MAX_TYPESET + 200; i++) {
            markdown.append("term $x_{").append(i).append("}$ ");
        }
        Document page = dom(html(markdown + "\n"));

        assertThat(page.select(".article-body span.math.math-inline")).hasSize(MathNodes.MAX_TYPESET);
        assertThat(page.select(".article-body code.math-source")).hasSize(200)
                .first().extracting(Element::text).isEqualTo("x_{" + MathNodes.MAX_TYPESET + "}");
        assertThat(page.select(".article-body code.math-source").last().text()).isEqualTo("x_{" + (MathNodes.MAX_TYPESET + 199) + "}");
        assertThat(page.select(".article-body p").first().childNodeSize()).as("each formula between its words, in order")
                .isEqualTo(2 * (MathNodes.MAX_TYPESET + 200));
    }
}
