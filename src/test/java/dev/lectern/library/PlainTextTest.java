package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aFormulasTexStaysAsWrittenInTheTextSnippetsAreCutFrom() {
        // a search's snippet showed "-1 & x 0" (the < … > read as a tag), "\Sigma^ $" and "C\, G $"
        String text = PlainText.body("Sign: $\\operatorname{sgn}(x) = \\begin{cases} -1 & x < 0 \\\\ 1 & x > 0 \\end{cases}$,"
                + " words $\\Sigma^*$ and $C\\,|G|$, a_b_c *bold* and <b>tag</b>.\n\n$$\na_{i} * b_{j} <x>\n$$\n| cost $5 | <i>x</i> |");

        assertThat(text).contains("-1 & x < 0 \\\\ 1 & x > 0", "$\\Sigma^*$", "$C\\,|G|$", "a_{i} * b_{j} <x>")
                .contains("bold and tag").as("outside formulas markup still goes").doesNotContain("<b>", "<i>", "*bold*");
    }

    @Test
    void japaneseRubyMarkupReadsAsItsBaseAsTheNovelSitesShowIt() {
        assertThat(PlainText.body("その日、|魔王《まおう》の城に{勇者|ゆう|しゃ}が来た。《《本当に》》。\n\n我读了《呐喊》。"))
                .isEqualTo("その日、魔王の城に勇者が来た。本当に。 我读了《呐喊》。");
        assertThat(PlainText.line("# 第一話 |魔王《まおう》の城")).as("a title").isEqualTo("第一話 魔王の城");
        assertThat(PlainText.body("第一。\n\n===\n\n第二。\n\n[newpage]\n\n第三。")).as("page breaks read as nothing, as on the page")
                .isEqualTo("第一。 第二。 第三。");
    }

    @Test
    void aLineBreakBetweenTwoCjkCharactersJoinsThemAsTheBrowserShowsThem() {
        assertThat(PlainText.body("线程\n池")).isEqualTo("线程池");
        assertThat(PlainText.body("コンテ \t\n  ナ")).isEqualTo("コンテナ");
        assertThat(PlainText.body("データー\nベース")).isEqualTo("データーベース");
        assertThat(PlainText.body("一\n二\n三")).isEqualTo("一二三");
        assertThat(PlainText.body("\uD840\uDC0B\n字")).as("a supplementary Han character").isEqualTo("\uD840\uDC0B字");
    }

    @Test
    void kramdownsTableOfContentsMarkerReadsAsNothingAsItsPageShowsTheHeadingsThere() {
        assertThat(PlainText.body("# HTTP2\n\n* any list\n{:toc}\n\n正文。\n")).isEqualTo("HTTP2 正文。");
        assertThat(PlainText.body("1. TOC\n{: toc}\nText.")).isEqualTo("Text.");
        assertThat(PlainText.body("* a real item\n* another\n\n{: .toc-like}\n{:toc}")).as("only the item before the marker")
                .isEqualTo("a real item another");
        assertThat(PlainText.body("A paragraph, not an item\n{:toc}")).isEqualTo("A paragraph, not an item");
        assertThat(PlainText.body("Steps:\n\n1. First real step\n2. Second real step\n   more of it\n{:toc}\n\nText"))
                .as("the whole list it replaces").isEqualTo("Steps: Text");
        assertThat(PlainText.body("```\n* TOC\n{:toc}\n```\nShown as code.")).as("inside a code block")
                .isEqualTo("TOC Shown as code.");
    }

    @Test
    void referenceLinksReadAsTheirWordsWhereTheTextDefinesThemAndOtherBracketsStay() {
        assertThat(PlainText.body("See [the spec][s], [turtles], ![pic][p] and [The Spec][].\n\n[s]: https://x\n"
                + "[Turtles]:  https://y \"T\"\n[p]: a.png\n[the  spec]: https://q\n"))
                .isEqualTo("See the spec, turtles, pic and The Spec.");
        assertThat(PlainText.body("A [x] task, a [1] citation and [not defined].\n\n[s]: https://x"))
                .isEqualTo("A [x] task, a [1] citation and [not defined].");
        assertThat(PlainText.body("A name matches `^[a-z][a-z0-9-]*$`; write `[text][label]`.\n\n```go\nvar grid [3][4]int\n"
                + "pick := xs[0][1]\n```\n\n数组[0][1] 的值, The [1][2] ratio, \\[a][b].\n\n[s]: https://x"))
                .as("code and brackets that are no link stay").isEqualTo(
                        "A name matches ^[a-z][a-z0-9-] $ ; write [text][label] . var grid [3][4]int pick := xs[0][1] "
                                + "数组[0][1] 的值, The [1][2] ratio, \\[a][b].");
        assertThat(PlainText.body("See [the quick brown\nfox][s] and [a [b] c][d].\n\n[s]: https://x\n[d]: https://y"))
                .as("words wrapped over two lines; nested brackets").isEqualTo("See the quick brown fox and [a [b] c][d].");
        assertThat(PlainText.body("Hosted outside the [Chrome Web Store][chrome-web-store], 参见[文档][doc]; a[i][j] stays."))
                .as("a stretch whose definitions are further on").isEqualTo("Hosted outside the Chrome Web Store, 参见文档; a[i][j] stays.");
        assertThat(PlainText.body("x " + "[a ".repeat(100_000) + "[a]\n\n[a]: https://x")).as("unclosed brackets, each looked at once")
                .startsWith("x [a [a").endsWith("[a a");
    }

    @Test
    void otherLineBreaksStayWordBreaks() {
        assertThat(PlainText.body("线程\n\n池")).isEqualTo("线程 池");
        assertThat(PlainText.body("线程\nPool")).isEqualTo("线程 Pool");
        assertThat(PlainText.body("thread\npool")).isEqualTo("thread pool");
        assertThat(PlainText.body("线程。\n池")).as("CJK punctuation joins lines, as on the page").isEqualTo("线程。池");
    }

    @Test
    void aCalloutsTypeGoesAndItsTitleStaysAsItsBoxShowsThem() {
        assertThat(PlainText.body("> [!NOTE]\n> Read this.\n\n> [!warning]- Careful\n> Hot.")).isEqualTo("Read this. Careful Hot.");
        assertThat(PlainText.body("> [!not a type] and [!x] inside")).isEqualTo("[!not a type] and [!x] inside");
    }

    @Test
    void footnotesReadAsTheirPageShowsThem() {
        String markdown = "A classic note[^1] here, 线程池[^pool]是。\n\n[^1]: The footnote's words.\n  [^pool]: 池的脚注\n";
        assertThat(PlainText.body(markdown)).as("no marks; the notes' words where the page lists them")
                .isEqualTo("A classic note here, 线程池是。 The footnote's words. 池的脚注");
        assertThat(PlainText.body("x[^a b] y[^] z [^" + "a".repeat(200) + "]")).as("not footnotes")
                .isEqualTo("x[^a b] y[^] z [^" + "a".repeat(200) + "]");
        assertThat(PlainText.body("Use `[^0-9]` or [^/]+ and [^\\s]+ here")).as("a regular expression's classes")
                .isEqualTo("Use [^0-9] or [^/]+ and [^\\s]+ here");

        assertThat(PlainText.body("The pool grows^[only up to [[Max|the maximum]]] when full.", true))
                .as("a vault's inline footnote, where it stands").isEqualTo("The pool grows (only up to the maximum) when full.");
        assertThat(PlainText.body("10^[b]", false)).as("a site's, as kramdown shows it").isEqualTo("10^[b]");
        assertThat(PlainText.body("an escaped \\^[c]", true)).isEqualTo("an escaped \\^[c]");
        assertThat(PlainText.body("an ^[open note\n\nthen ^[a closed one]", true)).as("closed within its paragraph")
                .isEqualTo("an ^[open note then (a closed one)");
    }

    @Test
    void aLogseqBlocksIdAndFoldingAreNotItsWords() {
        String block = "- A pool reuses threads.\n  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n  collapsed:: true\n"
                + "  author:: [[Goetz]]\n";
        assertThat(PlainText.body(block, true)).as("as the page shows them").isEqualTo("A pool reuses threads. author: Goetz");
    }

    @Test
    void hostileFootnoteMarksTakeTimeLinearInTheText() {
        String inline = "^[".repeat(200_000) + "]";
        String labels = "[^".repeat(200_000);
        long start = System.nanoTime();
        assertThat(PlainText.body(inline, true)).startsWith("^[^[").hasSizeGreaterThan(390_000);
        assertThat(PlainText.body(labels, true)).hasSize(400_000);
        assertThat(System.nanoTime() - start).as("not quadratic (that would take hours)")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    void dropsMarkdownSyntaxButKeepsVisibleText() {
        assertThat(PlainText.body("# 标题\n\n- **粗体** and [链接](http://x) ![图](a.png)\n<b>html</b>\n{% Aside %}注意{% endAside %}"))
                .isEqualTo("标题 粗体 and 链接 图 html 注意");
        assertThat(PlainText.body(null)).isEmpty();
    }

    @Test
    void highlightsReadAsTheirWordsAsThePageMarksThem() {
        assertThat(PlainText.body("Highlights: ==replication lag==. And **bold ==inner==**.", true))
                .isEqualTo("Highlights: replication lag. And bold inner .");
        assertThat(PlainText.body("线程池==核心==参数"))
                .as("in any article, beside CJK without a space").isEqualTo("线程池核心参数");
        assertThat(PlainText.body("a == b, x ==y == and `p==q==r` and ==open"))
                .as("not highlights: blanks inside the marks, code, no closing marks")
                .isEqualTo("a == b, x ==y == and p==q==r and ==open");
    }

    @Test
    void hostileHighlightMarksTakeTimeLinearInTheText() {
        String marks = "==a".repeat(200_000);
        long start = System.nanoTime();
        assertThat(PlainText.body(marks, true)).as("==a==a → aa").hasSize(200_000);
        assertThat(PlainText.body("==" + "a".repeat(400_000))).hasSize(400_002);
        assertThat(System.nanoTime() - start).as("not quadratic (that would take hours)")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    void aNotesHiddenWordsReadWithoutTheirMarks() {
        String note = "Comment inline %%secret%% visible.\n\n| b | [[Project Alpha\\|alias in table]] |\n";
        assertThat(PlainText.body(note, true)).isEqualTo("Comment inline visible. b alias in table");
        assertThat(PlainText.noteWithHiddenWords(note))
                .isEqualTo("Comment inline secret visible. b alias in table (Project Alpha)");
    }

    /** A task's box goes however its line ends, and a note's citation in brackets stays (it is no status). */
    @Test
    void anEmptyTasksBoxGoesAndACitationStays() {
        assertThat(TextPasses.dropTaskBoxes("- [ ]\n- [x] done\n- [1] a citation\n- [/] half", true))
                .isEqualTo("- \n-  done\n- [1] a citation\n-  half");
    }
}
