package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static dev.lectern.render.TestArticles.seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * A page's TeX macros are its own and cannot hang it; TeX that KaTeX and MathJax typeset is typeset; formulas are
 * sized by the text around them; a formula shown as source says why.
 */
class MathMacrosTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private String html(String markdown) {
        return renderer.render(article("T"), markdown, RenderOptions.defaults(library, library.resolve("a.md")));
    }

    @Test
    void aMacroThatNeverStopsExpandingShowsItsSourceAndTheRestOfThePageOpens() {
        // a typo made the article never open: the rendering thread spun and its memory grew
        List<String> loops = List.of("$$\\newcommand{\\loopy}{\\loopy x}$$\n\nUse: $\\loopy$\n",
                "$$\\def\\a{\\a\\a}$$\n\nUse: $\\a$\n",
                "$$\\newcommand{\\p}{\\q}\\newcommand{\\q}{x\\p}$$\n\nUse: $\\p$\n",
                "$$\\newcommand{\\a}{xx}\\newcommand{\\b}{\\a\\a\\a\\a}\\newcommand{\\c}{\\b\\b\\b\\b}"
                        + "\\newcommand{\\d}{\\c\\c\\c\\c}\\newcommand{\\e}{\\d\\d\\d\\d}\\newcommand{\\f}{\\e\\e\\e\\e}"
                        + "\\newcommand{\\g}{\\f\\f\\f\\f}\\newcommand{\\h}{\\g\\g\\g\\g}\\newcommand{\\i}{\\h\\h\\h\\h}$$\n\n"
                        + "Use: $\\i\\i\\i\\i$\n");
        for (String loop : loops) {
            Document page = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> dom(html("Before.\n\n" + loop + "\nAfter.\n")), loop);

            assertThat(page.select(".article-body p").eachText()).as(loop).contains("Before.", "After.");
            assertThat(page.select(".article-body code.math-error")).as(loop).hasSize(1)
                    .first().extracting(Element::text).asString().startsWith("\\");
        }
    }

    @Test
    void aPagesMacrosAreItsOwnAndLeaveNothingInJLaTeXMath() {
        String alpha = formula(html("$$\\newcommand{\\foo}{\\alpha}$$\n\nP: $\\foo + 1$\n"));
        String beta = formula(html("$$\\newcommand{\\foo}{\\beta}$$\n\nQ: $\\foo + 1$\n"));

        assertThat(beta).isNotEqualTo(alpha).isEqualTo(formula(html("Q: $\\beta + 1$\n")));
        assertThat(alpha).isEqualTo(formula(html("P: $\\alpha + 1$\n")));
        assertThat(dom(html("R: $\\foo + 1$\n")).select(".article-body code.math-error")).as("a page that defines none")
                .hasSize(1);
        assertThatThrownBy(() -> new TeXFormula("\\foo")).as("nothing defined in JLaTeXMath's global tables")
                .isInstanceOf(RuntimeException.class);
        assertThat(formula(html("$$\\def\\v#1{\\mathbf{#1}} \\renewcommand{\\R}[1][n]{\\mathbb{R}^{#1}}"
                + "\\DeclareMathOperator{\\tr}{tr}$$\n\n$$\\providecommand{\\v}{x}\\v{x} \\in \\R \\tr A$$\n")))
                .as("parameters, an optional one, an operator; \\providecommand keeps the first")
                .isEqualTo(formula(html("$$\\mathbf{x} \\in \\mathbb{R}^{n} \\operatorname{tr} A$$\n")));
        assertThat(formula(html("$$\\newcommand{\\norm}[1]{\\left\\lVert#1\\right\\rVert} \\norm{x}$$\n")))
                .as("a parameter after a command").isEqualTo(formula(html("$$\\left\\Vert x\\right\\Vert$$\n")));
        Document definitions = dom(html("$$\\newcommand{\\E}{\\mathbb{E}}$$\n\n```math\n\\E[x]\n```\n"));
        assertThat(definitions.select(".article-body .math-error")).as("a math block uses the page's macros").isEmpty();
        assertThat(definitions.select(".article-body .math svg")).as("a formula that only defines shows nothing").hasSize(1);
    }

    @Test
    void pagesRenderedAtOnceOnTwoThreadsEachKeepTheirMacros() throws Exception {
        String alpha = formula(html("P: $\\alpha + 1$\n"));
        String beta = formula(html("Q: $\\beta + 1$\n"));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String greek = i % 2 == 0 ? "\\alpha" : "\\beta";
                pages.add(threads.submit(() -> formula(html("$$\\newcommand{\\foo}{" + greek + "}$$\n\nP: $\\foo + 1$\n"))));
            }
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(i % 2 == 0 ? alpha : beta);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A hostile \\tag as long as a formula may be: its pattern overflowed the stack and the page went to plain text. */
    @Test
    void aVeryLongTagIsReadWithoutOverflowingTheStack() throws Exception {
        // a tag of 4,096 characters once its macros are expanded (a formula's own text is shorter)
        String markdown = "Before.\n\n$$\\newcommand{\\A}{" + "a{b}".repeat(8) + "}\\newcommand{\\B}{" + "\\A".repeat(8)
                + "}\\newcommand{\\C}{" + "\\B".repeat(8) + "}$$\n\n$$x \\tag{\\C\\C}$$\n\nAfter.\n";
        String[] page = new String[1];
        // on a thread with a small stack, as a render on the background pool may have
        Thread render = new Thread(null, () -> page[0] = html(markdown), "render", 512 * 1024);
        render.start();
        render.join(60_000);

        assertThat(dom(page[0]).selectFirst(".article-body").text()).contains("Before.", "After.");
        assertThat(dom(page[0]).select(".article-body .math-display")).as("the formula, not the page as plain text")
                .isNotEmpty();
    }

    @Test
    void texThatKatexAndMathJaxTypesetIsTypesetNotShownAsSource() {
        List<String> valid = List.of("E = mc^2 \\tag{1}", "E = mc^2 \\tag*{A}",
                "\\begin{equation} a = b \\label{eq:1} \\end{equation}", "\\begin{equation*} a = b \\end{equation*}",
                "\\begin{align*} a &= b \\\\ c &= d \\end{align*}", "\\begin{gather*} a \\\\ b \\end{gather*}",
                "\\lvert x \\rvert + \\left\\lvert y \\right\\rvert + \\lVert z \\rVert", "\\color{red} x",
                "{\\color{red}x} + y", "\\bm{x} + \\pmb{y}", "f(x) = \\begin{dcases} a & x \\\\ b & y \\end{dcases}",
                "\\begin{rcases} a & x \\\\ b & y \\end{rcases} \\Rightarrow z", "a\\enspace b\\mkern3mu c\\mskip3mu d",
                "x \\coloneqq y\\mathstrut", "a \\nonumber \\notag", "\\frac{\\cancel{2}x}{\\bcancel{2}} \\xcancel{y}");
        for (String tex : valid) {
            Document page = dom(html("$$" + tex + "$$\n"));

            assertThat(page.select(".article-body .math-error")).as(tex).isEmpty();
            assertThat(page.select(".article-body .math svg")).as(tex).isNotEmpty();
        }
        Document tagged = dom(html("\\[ a = b \\tag{4} \\]\n"));
        assertThat(tagged.select(".article-body .math-display.math-tagged > .math-tag > svg")).as("the number at the right")
                .hasSize(1);
        assertThat(formula(html("$${\\color{red}x} + y$$\n"))).as("the switch colours its group only")
                .isEqualTo(formula(html("$$\\textcolor{red}{x} + y$$\n")));
    }

    @Test
    void casesPutsAQuadBetweenTheValueAndItsConditionAsKatexDoes() {
        // "x,x>0": JLaTeXMath sets the columns side by side; with the gap, as wide as the rows written with a \quad
        int columns = width(formula(html("$$\\begin{cases} x, & x > 0 \\\\ 0, & \\text{otherwise} \\end{cases}$$\n")));
        int quads = width(formula(html("$$\\begin{cases} x, \\quad x > 0 \\\\ 0, \\quad \\text{otherwise} \\end{cases}$$\n")));

        assertThat(columns).isGreaterThanOrEqualTo(quads);
    }

    @Test
    void starredOperatorsHookArrowsAndSmallCapsAreSetAsKatexSetsThem() {
        // "*arg max" in italics with its limit at the side; "A↪ B" with no space before the arrow; "𝐴BS" in math italic
        String starred = formula(html("$$\\operatorname*{arg\\,max}_{x \\in X} f(x)$$\n"));
        String limitsUnder = formula(html("$$\\mathop{\\mathrm{arg\\,max}}\\limits_{x \\in X} f(x)$$\n"));
        assertThat(starred).as("upright, the limit under it in a display").isEqualTo(limitsUnder);
        assertThat(formula(html("$\\operatorname*{arg\\,max}_{x \\in X} f(x)$\n"))).as("a subscript inline")
                .isEqualTo(formula(html("$\\mathop{\\mathrm{arg\\,max}}_{x \\in X} f(x)$\n")));
        assertThat(formula(html("$$\\DeclareMathOperator*{\\argmin}{arg\\,min}$$ $$\\argmin_{x} f$$\n")))
                .isEqualTo(formula(html("$$\\mathop{\\mathrm{arg\\,min}}\\limits_{x} f$$\n")));

        // A and B with a relation's space on each side, the same as around any arrow
        for (String arrow : List.of("\\hookrightarrow", "\\hookleftarrow", "\\twoheadrightarrow")) {
            int spaced = width(formula(html("$A " + arrow + " B$\n"))) - width(formula(html("${" + arrow + "}$\n")));
            int plain = width(formula(html("$A \\to B$\n"))) - width(formula(html("${\\to}$\n")));
            assertThat(spaced).as(arrow).isBetween(plain - 1, plain + 1);
        }

        assertThat(formula(html("$$(\\textsc{Abs})$$\n"))).as("small capitals, upright")
                .isEqualTo(formula(html("$$(\\text{\\textsc{Abs}})$$\n")));
    }

    private static int width(String svg) {
        return Integer.parseInt(dom(svg).selectFirst("svg").attr("viewBox").split(" ")[2]);
    }

    @Test
    void formulasAreSizedByTheTextAroundThem() {
        // a font-size of 12px on each formula made its em 12 pixels: small beside the text, not growing with it
        Elements svgs = dom(html("# Heading $O(n \\log n)$\n\nText $x$\n\n$$\\frac{1}{2}$$\n")).select("svg.math-svg");

        assertThat(svgs).hasSize(3).allSatisfy(svg -> {
            assertThat(svg.hasAttr("font-size")).isFalse();
            assertThat(svg.attr("width")).endsWith("em");
        });
    }

    @Test
    void aFormulaShownAsSourceSaysWhatCouldNotBeRead() {
        Document page = dom(html("$\\frac{1}{\\undefinedmacro{x}}$ and $\\begin{subarray}{l} a \\end{subarray}$\n\n"
                + "$$\\newcommand{\\loopy}{\\loopy x}$$ $\\loopy$\n"));

        assertThat(page.select(".article-body code.math-error").eachAttr("title")).containsExactly(
                "This formula is shown as written: Lectern cannot read \\undefinedmacro",
                "This formula is shown as written: Lectern cannot read \\begin{subarray}",
                "This formula is shown as written: one of its macros never stops expanding");
    }

    @Test
    void inlineMathThatTheEditorWrappedOntoTwoLinesIsTypesetAsKatexAutoRenderDoes() {
        Document page = dom(html("A1 the sum $\\sum_{i=1}^{n}\nx_i$ spans a line break.\n"
                + "A2 paren form \\(\\sum_{i=1}^{n}\nx_i\\) spans a line break.\n\n"
                + "It costs $5 and\n$10 here, a blank line ends $x\n\ny$ and a list\n\n- a $b\n- c$ d\n"));

        assertThat(page.select(".article-body p").first().select("span.math.math-inline > svg")).hasSize(2);
        assertThat(seen(page.select(".article-body p").first())).doesNotContain("$", "\\", "x_i");
        assertThat(page.select(".article-body p").get(1).text()).contains("It costs $5 and $10 here, a blank line ends $x");
        assertThat(page.select(".article-body li").eachText()).containsExactly("a $b", "c$ d");
        assertThat(page.select(".article-body .math-error")).isEmpty();
    }

    /** The last typeset formula of a page, as drawn (an error box fails). */
    private static String formula(String page) {
        Elements svgs = dom(page).select(".article-body .math svg");
        assertThat(svgs).isNotEmpty();
        assertThat(dom(page).select(".article-body .math-error")).isEmpty();
        return svgs.last().outerHtml();
    }
}
