package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Pipe tables that GFM alone reads as text or as a heading show as tables, as on the Jekyll and GitHub pages. */
class PipeTablesTest {

    private final PageRenderer renderer = new PageRenderer();

    private Element body(String markdown) {
        return TestArticles.body(renderer, markdown);
    }

    @Test
    void rowsWithoutAHeaderRowAreATableOfBodyRowsAsKramdownMakesThem() {
        Element page = body("## 规范\n\n| 序号 | 日志规范 | 说明 |\n| 1 | `[Feature]` | 新增 |\n| 2 | `ab` | 修改 \\| 删除 |\n");

        assertThat(page.select("table")).hasSize(1);
        assertThat(page.select("thead")).isEmpty();
        assertThat(page.select("tr")).hasSize(3);
        assertThat(page.select("tr").get(0).select("td").eachText()).containsExactly("序号", "日志规范", "说明");
        assertThat(page.select("tr").get(2).select("td").eachText()).containsExactly("2", "ab", "修改 | 删除");
        assertThat(page.text()).doesNotContain("\u2063", "lectern");
    }

    @Test
    void anEscapedPipeInACellsCodeIsAPipeAsOnGitHub() {
        Element page = body("| Left | Right |\n|---|---|\n| `a \\| b` | c \\| d |\n\nOutside: `x \\| y`\n\n"
                + "<table><tr><td><code>raw \\| html</code></td></tr></table>\n");

        assertThat(page.select("table.table td").eachText()).containsExactly("a | b", "c | d");
        assertThat(page.select("p > code").text()).as("outside a table the backslash is code's own").isEqualTo("x \\| y");
        assertThat(page.select("table:not(.table) code").text()).isEqualTo("raw \\| html");
    }

    @Test
    void aRuleRightUnderATableEndsItInsteadOfMakingItAHeading() {
        Element page = body("| 能力 | 描述 |\n|------|------|\n| 🤖 **主动** | 始终在线 |\n---\n\nafter\n");

        assertThat(page.select("h2")).isEmpty();
        assertThat(page.select("th").eachText()).containsExactly("能力", "描述");
        assertThat(page.select("td").eachText()).containsExactly("🤖 主动", "始终在线");
        assertThat(page.select("hr")).hasSize(1);
    }

    @Test
    void aTableRightUnderAListItemsTextIsATableInThatItem() {
        Element page = body("* **用户画像表**\n  | 用户类型 | 身份 |\n  |------|------|\n  | 学生 | 本科 |\n\n"
                + "> 引文\n> | a | b |\n> |---|---|\n> | c | d |\n");

        assertThat(page.select("li > p").text()).isEqualTo("用户画像表");
        assertThat(page.select("li > table td").eachText()).containsExactly("学生", "本科");
        assertThat(page.select("blockquote > p").text()).isEqualTo("引文");
        assertThat(page.select("blockquote > table th").eachText()).containsExactly("a", "b");
    }

    @Test
    void proseWithPipesAndOneLineRowsStayText() {
        Element page = body("Intent to Remove | Chromestatus | Bug\n\n| a lone row |\n\ntext\n| not | a table |\n");

        assertThat(page.select("table")).isEmpty();
        assertThat(page.select("p").eachText())
                .containsExactly("Intent to Remove | Chromestatus | Bug", "| a lone row |", "text | not | a table |");
    }
}
