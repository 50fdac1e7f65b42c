package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Markdown and Obsidian exports, opened in a Markdown viewer (flexmark with tables, as GitHub and Obsidian read
 * them), show each quote as the words highlighted: markup in a quote is not read as markup, and a passage of a code
 * block is shown as code in its language.
 */
class ExportedQuotesTest {

    /** The source of an article as the student's (corpus A, 2017-09-01-markdown-odd-skills.md), shortened. */
    private static final String SOURCE = """
            ## 在表格单元格里换行

            借助于 HTML 里的 `<br />` 实现。

            示例代码：

            ```
            | Header1 | Header2                          |
            |---------|----------------------------------|
            | item 1  | 1. one<br />2. two<br />3. three |
            ```

            ## 线程安全

            ```java
            paramList.parallelStream().forEach(v -> {
                String value = doSomething(v);
                resultList.add(value);
            });
            ```
            """;
    /** Its text as the page shows it. */
    private static final String TEXT = "在表格单元格里换行\n借助于 HTML 里的 <br /> 实现。\n示例代码：\n"
            + "| Header1 | Header2                          |\n|---------|----------------------------------|\n"
            + "| item 1  | 1. one<br />2. two<br />3. three |\n\n线程安全\n"
            + "paramList.parallelStream().forEach(v -> {\n    String value = doSomething(v);\n"
            + "    resultList.add(value);\n});\n";
    private static final ArticleId ARTICLE = id("_posts/markdown.md");
    private static final List<String> PROSE = List.of(
            "# 标题 and *stars* and _under_ and [link](x) &amp; \\ back `tick`",
            "1. one\n- dash\n+ plus\n> quoted\n| a | b |\n|---|---|\nsetext\n===",
            "<b>bold</b> <!-- comment --> <https://example.com> ~~struck~~ $x$ ==marked== #tag Table_A_B __x__");

    private final AnnotationSet set = new AnnotationSet();

    @Test
    void aQuoteWithMarkupReadsInAViewerAsTheWordsHighlighted() {
        String br = "借助于 HTML 里的 <br /> 实现";
        put(TEXT, TEXT.indexOf(br), TEXT.indexOf(br) + br.length(), HighlightColor.PINK);
        for (String prose : PROSE) {
            put(prose + "\n", 0, prose.length(), HighlightColor.BLUE);
        }

        for (String md : exports()) {
            Document page = viewed(md);
            assertThat(page.select("blockquote br, blockquote table, blockquote h1, blockquote h2, blockquote em, "
                    + "blockquote strong, blockquote a, blockquote ol, blockquote ul, blockquote b, blockquote code,"
                    + " blockquote blockquote")).as(md).isEmpty();
            String shown = page.select("blockquote").text();
            assertThat(shown).as(md).contains(br);
            for (String prose : PROSE) {
                assertThat(shown).as(md).contains(prose.replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void aPassageOfACodeBlockIsShownAsCodeInItsLanguageAndProseAroundCodeAsProse() {
        String java = "String value = doSomething(v);\n    resultList.add(value);";
        put(TEXT, TEXT.indexOf(java), TEXT.indexOf(java) + java.length(), HighlightColor.PURPLE);
        String across = TEXT.substring(TEXT.indexOf("借助于"), TEXT.indexOf("\n\n线程安全"));
        put(TEXT, TEXT.indexOf(across), TEXT.indexOf(across) + across.length(), HighlightColor.GREEN);

        for (String md : exports()) {
            Document page = viewed(md);
            Element code = page.selectFirst("blockquote pre code.language-java");
            assertThat(code).as(md).isNotNull();
            assertThat(code.wholeText()).isEqualTo(java + "\n");
            assertThat(page.select("blockquote table")).as("table source stays source: " + md).isEmpty();
            assertThat(page.select("blockquote pre code").eachText()).as(md)
                    .anyMatch(t -> t.contains("| item 1  | 1. one<br />2. two<br />3. three |"));
            assertThat(page.select("blockquote p").text()).as(md).contains("借助于 HTML 里的 <br /> 实现。 示例代码：");
        }
    }

    @Test
    void aFormulaInAQuoteIsWrittenAsItsTexForAViewerThatTypesetsMathAndAPriceStaysWords() {
        String text = "For $X_i \\in [a_i, b_i]$: it costs $5 and $6.\nThe test is\n$$\\begin{aligned} a &= b \\\\\n"
                + "c &= d \\end{aligned}$$\nBy Fourier.\n";
        put(text, 0, text.length() - 1, HighlightColor.BLUE);

        for (String md : exports()) {
            assertThat(md).as(md).contains("> For $X_i \\in [a_i, b_i]$: it costs \\$5 and \\$6.",
                    "> $$\\begin{aligned} a &= b \\\\\n> c &= d \\end{aligned}$$\n> By Fourier.");
        }
    }

    @Test
    void dollarsTheRendererLeftAsWordsStayWordsInAQuote() {
        String text = "Set $JAVA_HOME/bin:$PATH, then ${salt}${iterations} and $route.params 之外，$route.query.\n"
                + "$$ is the shell's process id\n# not a heading\n<b>bold</b>\n";
        put(text, 0, text.length() - 1, HighlightColor.BLUE);

        for (String md : exports()) {
            Document page = viewed(md);
            assertThat(page.select("blockquote h1, blockquote b")).as(md).isEmpty();
            assertThat(page.select("blockquote").text()).as(md).contains("$JAVA_HOME/bin:$PATH", "${salt}${iterations}",
                    "$route.params 之外，$route.query", "$$ is the shell's process id # not a heading <b>bold</b>");
            assertThat(md).as(md).contains("\\$JAVA_HOME/bin:\\$PATH", "\\$\\$ is the shell");
        }
    }

    @Test
    void theReadersNotesAreLeftAsTheyWroteThem() {
        Anchor anchor = Anchor.of(TEXT, 1, 5, null);
        set.put(new Highlight(UUID.randomUUID(), ARTICLE, anchor, HighlightColor.YELLOW, "**重点**: see <br> `x`", T0, T0,
                null));

        for (String md : exports()) {
            assertThat(md).contains("**重点**: see <br> `x`");
        }
    }

    private void put(String text, int start, int end, HighlightColor color) {
        set.put(new Highlight(UUID.randomUUID(), ARTICLE, Anchor.of(text, start, end, null), color, "", T0,
                T0.plusSeconds(set.all().size()), null));
    }

    /** The Markdown export and the Obsidian note of the article, both knowing its code blocks. */
    private List<String> exports() {
        Map<ArticleId, List<CodeInSource.Code>> code = Map.of(ARTICLE, CodeInSource.of(SOURCE));
        String markdown = new Exporter(ExportWords.english(), code::get).markdown(set);
        String note = new ArticleNote(ExportWords.english(), code::get).of(set, ARTICLE, a -> null);
        return List.of(markdown, note);
    }

    private static Document viewed(String markdown) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        return Jsoup.parse(HtmlRenderer.builder(options).build().render(parser.parse(markdown)));
    }
}
