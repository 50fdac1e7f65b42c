package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Highlights, find and copy on the new markup (coloured code, callouts, math, ruby) in a real WebView with the
 * page's JavaScript off, on an article whose own ids include "lectern".
 */
@Tag("toolkit")
class RichPageWebViewTest {

    private static final String CODE = "public static void main(String[] args) {\n    int total = 42; // 合计\n}";
    private static final String MARKDOWN = "# lectern\n\n<span id=\"lectern\" name=\"lectern\">同名</span>\n\n"
            + "```java\n" + CODE + "\n```\n\n> [!NOTE]\n> 提示里的文字\n\n公式 $x^2$ 之后的词\n\n"
            + "<ruby>漢<rt>かん</rt></ruby>字の読み\n";

    @TempDir
    Path library;

    private final AnnotationScripts scripts = new AnnotationScripts();
    @RegisterExtension
    static final FxPage fx = new FxPage();
    private String html;

    @BeforeEach
    void load() throws Exception {
        html = fx.showRendered(library, MARKDOWN);
    }

    @Test
    void thePageTextIsTheSameInTheWebViewAndInJavaAcrossTheNewMarkup() throws Exception {
        String text = PageText.of(html);

        assertThat(fx.eval(scripts.text())).isEqualTo(text);
        assertThat(text).contains(CODE, "提示里的文字", "公式 $x^2$ 之后的词", "漢かん字の読み").doesNotContain("Copy code");
    }

    @Test
    void aTableOfCodeAndChineseSentencesKeepsTheSentencesColumnReadableInANarrowColumn() throws Exception {
        // corpus B's nginx modules post, in a narrow column (a 1000 px window with the outline open, the text larger): the sentences'
        // column was set four characters a line beside code that stays whole
        fx.showRendered(library, "| 指令名称 | 说明 | 示例 |\n|---|---|---|\n"
                + "| `worker_processes` | 指定工作进程数量。 | `worker_processes auto;` |\n"
                + "| `pid` | 指定存储 Nginx 主进程 PID 的文件路径。 | `pid /run/nginx.pid;` |\n"
                + "| `worker_rlimit_nofile` | 设置工作进程可打开的最大文件描述符数量。 | `worker_rlimit_nofile 8192;` |\n");
        fx.eval("document.querySelector('.reader').style.maxWidth = '420px'");

        double size = ((Number) fx.eval("parseFloat(getComputedStyle(document.querySelector('td')).fontSize)"))
                .doubleValue();
        double sentences = ((Number) fx.eval("document.querySelectorAll('tr')[2].children[1].getBoundingClientRect()"
                + ".width")).doubleValue();
        assertThat(sentences / size).as("characters a line in the sentences' column").isGreaterThanOrEqualTo(6);
    }

    @Test
    void thePageTextLeavesOutThePlaceholdersWordsInTheWebViewAsInJava() throws Exception {
        String page = fx.showRendered(library, "前面的字\n\n![](missing.png)\n\n<video src=\"clip.mp4\"></video>\n\n后面的字\n");

        assertThat(fx.eval(scripts.text())).isEqualTo(PageText.of(page));
        assertThat(PageText.of(page)).contains("前面的字", "clip.mp4", "后面的字").doesNotContain("image", "not found", "Video");
    }

    /** Black lines drawn on a transparent picture (a diagram, a logo) vanish on a dark page without a light backing. */
    @Test
    void aPictureHasALightBackingOnADarkPageOnly() throws Exception {
        java.nio.file.Files.write(library.resolve("diagram.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNgYGD4DwABBAEAghjUJgAAAABJRU5ErkJggg=="));
        fx.showRendered(library, "A diagram:\n\n![lines](diagram.png)\n");
        String backing = "getComputedStyle(document.querySelector('.article-body img')).backgroundColor";
        assertThat(fx.eval(backing)).as("on a light page").isEqualTo("rgba(0, 0, 0, 0)");

        fx.eval(new ReaderScripts().setTheme(Theme.DARK));

        assertThat((String) fx.eval(backing)).as("on a dark page").startsWith("rgb(").isNotEqualTo("rgb(0, 0, 0)");
    }

    @Test
    void codeInABlockIsAsLargeAsInlineCodeNotSmallerAgain() throws Exception {
        fx.showRendered(library, "Text with `inline` code.\n\n```java\nint total = 42;\n```\n");

        double text = size("p"), inline = size("p > code"), block = size("pre > code");
        assertThat(inline / text).as("inline code").isBetween(0.8, 0.92);
        assertThat(block).as("code in a block, against inline code").isEqualTo(inline);
    }

    private static double size(String selector) throws Exception {
        return ((Number) fx.eval("parseFloat(getComputedStyle(document.querySelector('.article-body " + selector
                + "')).fontSize)")).doubleValue();
    }

    @Test
    void anOpenTaskShowsAnEmptyBoxBesideItsWords() throws Exception {
        // this WebKit drew an unchecked, disabled checkbox white on the white page: open tasks showed no box at all
        fx.showRendered(library, "- [ ] open task\n- [x] done task\n");

        assertThat(fx.awaitPixels(rgb -> (rgb >> 16) < 180 && ((rgb >> 8) & 0xFF) < 180 && (rgb & 0xFF) < 180,
                fx.rectOf("input:not(:checked)"), 10)).as("dark pixels of the open task's box").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aTableWithALongCallFitsThePaneAndLeavesItsOtherColumnsRoomForWords() throws Exception {
        // a houbb post's table: the unbreakable call pushed the table past the pane, the description two characters
        // a line and the heading one
        fx.showRendered(library, "| 功能 | 函数 | 描述 | 示例 |\n|---|---|---|---|\n"
                + "| **日期和时间处理** | `apoc.date.convert()` | 将日期时间字符串转换为时间戳 "
                + "| `RETURN apoc.date.convert('2024-11-01T12:00:00', 'ISO_8601', 'milliseconds')` |\n"
                + "| **图数据操作** | `apoc.create.relationship()` | 创建关系并设置属性 "
                + "| `MATCH (a:Person {name: 'Alice'}), (b:Person {name: 'Bob'}) "
                + "CALL apoc.create.relationship(a, 'KNOWS', {since: 2020}, b) YIELD rel RETURN rel` |\n");
        fx.eval("document.body.style.width = '600px'"); // the reading pane's width beside the list on a laptop

        assertThat(((Number) fx.eval("(function(){var t=document.querySelector('table');"
                + "return t.scrollWidth-t.clientWidth;})()")).intValue()).as("overflow").isLessThanOrEqualTo(0);
        double em = ((Number) fx.eval("parseFloat(getComputedStyle(document.querySelector('td')).fontSize)"))
                .doubleValue();
        assertThat(fx.rectOf("td:nth-child(1)")[2]).as("heading column").isGreaterThanOrEqualTo(3 * em);
        assertThat(fx.rectOf("td:nth-child(3)")[2]).as("description column").isGreaterThanOrEqualTo(3 * em);
        assertThat(fx.rectOf("tr:nth-child(2) td:nth-child(2) code")[3]).as("the longest name on one line").isLessThan(2 * em);
    }

    @Test
    void aTablesColumnsStandAsItsDelimiterRowAlignsThem() throws Exception {
        // mzlogin's Markdown notes: 年龄 right-aligned, 性别 centred, all shown at the left before
        fx.showRendered(library, "| 编号 | 姓名 | 年龄 | 性别 |\n|---|:---|---:|:---:|\n| 1 | 张三 | 28 | 男 |\n");
        fx.eval("document.querySelector('table').style.width = '600px'");

        double[] words = new double[4]; // where each cell's words stand in it: 0 at its left, 1 at its right
        for (int column = 1; column <= 4; column++) {
            words[column - 1] = ((Number) fx.eval("(function(){var td=document.querySelector('tbody td:nth-child("
                    + column + ")');var r=document.createRange();r.selectNodeContents(td);"
                    + "var t=r.getBoundingClientRect(),b=td.getBoundingClientRect(),s=getComputedStyle(td);"
                    + "var l=parseFloat(s.paddingLeft),room=b.width-l-parseFloat(s.paddingRight)-t.width;"
                    + "return (t.left-b.left-l)/room;})()")).doubleValue();
        }
        assertThat(words[0]).as("unaligned: left").isLessThan(0.2);
        assertThat(words[1]).as(":--- left").isLessThan(0.2);
        assertThat(words[2]).as("---: right").isGreaterThan(0.8);
        assertThat(words[3]).as(":---: centred").isBetween(0.4, 0.6);
    }

    @Test
    void aNarrowTableEndsAtItsLastColumnNotAtThePagesEdge() throws Exception {
        // its box ran to the column's edge: a faint line and shade there, far from the table's last cell
        fx.showRendered(library, "| 命令 | 说明 |\n|---|---|\n| ls | 列出 |\n");
        fx.eval("document.body.style.width = '900px'");

        double[] table = fx.rectOf("table");
        double[] row = fx.rectOf("tbody tr");
        assertThat(table[2]).as("the table's box against its row's width").isLessThanOrEqualTo(row[2] + 2);
    }

    @Test
    void aTableWiderThanThePageShowsAShadowAtTheEdgeThatHidesMoreAndANarrowOneNone() throws Exception {
        String empty = "|   ".repeat(10) + "|\n";
        String wide = "| 特性 |" + " 反向代理/负载均衡 |".repeat(9) + "\n" + "|---".repeat(10) + "|\n" + empty + empty;
        java.util.function.IntPredicate shade = rgb -> (rgb >> 16) < 222 && ((rgb >> 8) & 0xFF) < 222;
        fx.showRendered(library, wide);
        fx.eval("document.body.style.width = '600px'");
        double[] table = fx.rectOf("table");
        double[] row = fx.rectOf("tbody tr");
        double[] rightEdge = {table[0] + table[2] - 4, row[1] + 2, 3, row[3] - 4};
        double[] leftEdge = {table[0] + 1, row[1] + 2, 3, row[3] - 4};

        assertThat(fx.awaitPixels(shade, rightEdge, 20)).as("shaded pixels at the right edge").isGreaterThanOrEqualTo(20);
        assertThat(fx.pixels(shade, leftEdge)).as("at the left, scrolled to its start").isZero();

        fx.showRendered(library, "| 特性 | 说明 |\n|---|---|\n|   |   |\n|   |   |\n");
        double[] narrow = fx.rectOf("table");
        double[] narrowRow = fx.rectOf("tbody tr");
        assertThat(fx.pixels(shade, new double[] {narrow[0] + narrow[2] - 4, narrowRow[1] + 2, 3, narrowRow[3] - 4}))
                .as("a table that fits").isZero();
    }

    @Test
    void theLinesAChromeDocsFenceNamesHaveABandBehindThemAndTheOthersNone() throws Exception {
        fx.showRendered(library, "```text/2\nfirst line\nsecond line\nthird line\n```\n");
        double[] pre = fx.rectOf("pre");
        java.util.function.IntPredicate band = rgb -> (rgb >> 16) > 200 && ((rgb >> 8) & 0xFF) > 180 && (rgb & 0xFF) < 215;

        for (int line = 0; line < 3; line++) {
            double middle = fx.lineMiddle("pre", new String[] {"first", "second", "third"}[line]);
            double[] strip = {pre[0] + 2, middle - 2, 6, 4}; // the block's left padding, beside the line's words
            assertThat(fx.awaitPixels(band, strip, line == 1 ? 20 : 0)).as("band pixels beside line " + (line + 1))
                    .isEqualTo(line == 1 ? 24 : 0);
        }
    }

    @Test
    void highlightsLandOnTheRightWordsInsideCodeCalloutsAfterMathAndInRuby() throws Exception {
        String text = PageText.of(html);
        String[] quotes = {"void main(String", "total = 42; // 合计", "里的文字", "之后", "字の読"};
        for (int i = 0; i < quotes.length; i++) {
            int start = text.indexOf(quotes[i]);
            assertThat(start).as(quotes[i]).isNotNegative();
            assertThat(fx.eval(scripts.show("h" + i, "yellow", start, start + quotes[i].length()))).isEqualTo(true);
            assertThat(fx.eval(scripts.quoteOf("h" + i))).isEqualTo(quotes[i]);
        }
    }

    @Test
    void findMarksMatchesInsideColouredCode() throws Exception {
        String text = PageText.of(html);
        int start = text.indexOf("args) {");

        assertThat(fx.eval(scripts.find(List.of(new int[] {start, start + 7})))).isEqualTo(1);
    }

    @Test
    void theCodeUnderThePointerAndItsCopyButtonGiveTheBlocksExactText() throws Exception {
        ReaderScripts reader = new ReaderScripts();
        String box = (String) fx.eval("(function(){var r=document.querySelector('.code-block pre').getBoundingClientRect();"
                + "var b=document.querySelector('.copy-code').getBoundingClientRect();"
                + "return (r.left+20)+','+(r.top+r.height/2)+','+(b.left+b.width/2)+','+(b.top+b.height/2);})()");
        String[] at = box.split(",");
        double x = Double.parseDouble(at[0]);
        double y = Double.parseDouble(at[1]);

        assertThat(fx.eval(reader.codeAt(x, y, false)))
                .as("code at %s in a %s page, where the page has %s", box,
                        fx.eval("window.innerWidth+'x'+window.innerHeight+' scrolled '+window.scrollY"),
                        fx.eval(String.format(java.util.Locale.ROOT,
                                "(function(e){return e?e.tagName+'.'+e.className:'nothing';})(document.elementFromPoint(%f,%f))",
                                x, y)))
                .isEqualTo(CODE + "\n");
        assertThat(fx.eval(reader.codeAt(x, y, true))).isNull();
        assertThat(fx.eval(reader.codeAt(Double.parseDouble(at[2]), Double.parseDouble(at[3]), true)))
                .isEqualTo(CODE + "\n");
        assertThat(fx.eval(reader.codeAt(1, 1, false))).isNull();
    }

    @Test
    void aLinkNamingAHeadingByItsWordsScrollsToThatHeading() throws Exception {
        // a vault's [[Note#Cache first: offline pages]] names the heading as written, not by the id the page gives it
        String filler = "Paragraph of filler text.\n\n".repeat(60);
        fx.showRendered(library, filler + "## Cache first: offline pages\n\n" + filler + "## 缓存优先（离线页面）\n\n" + filler);
        ReaderScripts reader = new ReaderScripts();

        assertThat(fx.eval(reader.scrollToAnchor("Cache first: offline pages"))).isEqualTo(true);
        assertThat(((Number) fx.eval("Math.round(document.querySelectorAll('h2')[0].getBoundingClientRect().top)"))
                .intValue()).as("the first heading's top").isBetween(0, 40);
        assertThat(fx.eval(reader.scrollToAnchor("缓存优先 离线页面"))).isEqualTo(true);
        assertThat(((Number) fx.eval("Math.round(document.querySelectorAll('h2')[1].getBoundingClientRect().top)"))
                .intValue()).as("the second heading's top").isBetween(0, 40);
        assertThat(fx.eval(reader.scrollToAnchor("No such heading"))).isEqualTo(false);
    }
}
