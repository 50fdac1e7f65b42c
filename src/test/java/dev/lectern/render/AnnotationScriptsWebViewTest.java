package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The page code behind highlights, in a real WebView with the page's own JavaScript disabled. */
@Tag("toolkit")
class AnnotationScriptsWebViewTest {

    private static final String MARKDOWN = "# 标题\n\n第一段：**重要的**文字，“引号里的话”。\n\n## 第二节\n\n"
            + "Second paragraph with *emphasis* and more words.\n\n- 列表一\n- 列表二\n";

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
    void thePageTextIsTheSameInTheWebViewAndInJava() throws Exception {
        assertThat(fx.eval(scripts.text())).isEqualTo(PageText.of(html));
    }

    @Test
    void aSelectionAcrossElementsGivesOffsetsIntoThePageTextAndItsHeading() throws Exception {
        String text = PageText.of(html);
        int start = text.indexOf("more words");
        select(start, start + "more words".length());
        String json = (String) fx.eval(scripts.selection());
        assertThat(json).contains("\"start\":" + start, "\"end\":" + (start + 10), "\"heading\":\"第二节\"");

        int from = text.indexOf("重要");
        int to = text.indexOf("引号里");
        select(from, to);
        assertThat((String) fx.eval(scripts.selection())).contains("\"start\":" + from, "\"end\":" + to);
    }

    @Test
    void aMouseSelectionEndingMidWordInLatinTextTakesTheWholeWordsAndChineseStaysAsDragged() throws Exception {
        // a drag from the middle of "paragraph" to the middle of "more": the quote saved was "agraph with ... mo"
        String text = PageText.of(html);
        int from = text.indexOf("paragraph") + 2;
        int to = text.indexOf("more words") + 2;
        select(from, to);
        assertThat(fx.eval(scripts.fitToBoxes(1, 1, 2, 2))).isEqualTo(true);
        assertThat((String) fx.eval(scripts.selection())).contains("\"start\":" + text.indexOf("paragraph"),
                "\"end\":" + (text.indexOf("more words") + 4));

        int chinese = text.indexOf("重要的");
        select(chinese + 1, chinese + 2);
        assertThat(fx.eval(scripts.fitToBoxes(1, 1, 2, 2))).as("no words to snap to in Chinese").isEqualTo(false);
        assertThat((String) fx.eval(scripts.selection())).contains("\"start\":" + (chinese + 1), "\"end\":" + (chinese + 2));
    }

    @Test
    void aHighlightIsPaintedFoundUnderThePointerAndRemoved() throws Exception {
        String text = PageText.of(html);
        int start = text.indexOf("引号里的话");
        assertThat(fx.eval(scripts.show("h-1", "yellow", start, start + 5))).isEqualTo(true);
        assertThat(fx.eval("window.lectern.usesHighlightApi() ? CSS.highlights.get('lectern-yellow').size"
                + " : document.querySelectorAll('mark[data-id=\"h-1\"]').length")).isEqualTo(1);
        String center = (String) fx.eval("(function(){var r=document.createRange();var w=document.createTreeWalker("
                + "document.querySelector('.article-body'),NodeFilter.SHOW_TEXT,null,false);var n;while((n=w.nextNode())){"
                + "var i=n.nodeValue.indexOf('引号里的话');if(i>=0){r.setStart(n,i+1);r.setEnd(n,i+2);break;}}"
                + "var b=r.getBoundingClientRect();return (b.left+b.width/2)+','+(b.top+b.height/2);})()");
        String[] xy = center.split(",");
        assertThat(fx.eval(scripts.at(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])))).isEqualTo("h-1");
        fx.eval(scripts.remove("h-1"));
        assertThat(fx.eval(scripts.at(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])))).isNull();
        assertThat(fx.eval(scripts.text())).as("the text is untouched").isEqualTo(text);
    }

    @Test
    void theLastHighlightTakenAwayLeavesTheScreenAtOnce() throws Exception {
        // WebKit did not repaint the text under a deleted CSS highlight: the mark stayed until something else was painted
        java.util.function.IntPredicate yellow = rgb -> (rgb >> 16) > 235 && ((rgb >> 8) & 0xFF) > 215
                && ((rgb >> 8) & 0xFF) < 250 && (rgb & 0xFF) < 200;
        String text = PageText.of(html);
        int start = text.indexOf("引号里的话");
        fx.eval(scripts.showAll(List.of(new AnnotationScripts.Shown("h-1", "yellow", start, start + 5))));
        assertThat(fx.awaitPixels(yellow, FxPage.wholePage(), 20)).as("painted").isGreaterThanOrEqualTo(20);

        fx.eval(scripts.showAll(List.of()));

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        int left = fx.pixels(yellow, FxPage.wholePage());
        while (left > 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            left = fx.pixels(yellow, FxPage.wholePage()); // until WebKit paints
        }
        assertThat(left).as("yellow pixels left on screen").isZero();
    }

    @Test
    void manyOverlappingHighlightsAreShownAtOnceInPlaceOfThoseShownAndEachKeepsItsPassage() throws Exception {
        String text = PageText.of(html);
        int start = text.indexOf("Second paragraph");
        fx.eval(scripts.show("old", "pink", 0, 2));
        List<AnnotationScripts.Shown> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int from = start + i % 20;
            many.add(new AnnotationScripts.Shown("h-" + i, i % 2 == 0 ? "yellow" : "blue", from, from + 10 + i % 7));
        }
        many.add(new AnnotationScripts.Shown("beyond", "green", text.length() + 5, text.length() + 9));

        assertThat(fx.eval(scripts.showAll(many))).as("all but the one past the text's end").isEqualTo(2_000);

        assertThat(fx.eval(scripts.quoteOf("h-0"))).isEqualTo(text.substring(start, start + 10));
        assertThat(fx.eval(scripts.quoteOf("h-1999"))).isEqualTo(text.substring(start + 19, start + 19 + 10 + 1999 % 7));
        assertThat(fx.eval(scripts.quoteOf("old"))).as("the one shown before is gone").isNull();
        assertThat(fx.eval(scripts.quoteOf("beyond"))).isNull();
        assertThat(fx.eval("window.lectern.usesHighlightApi() ? CSS.highlights.get('lectern-yellow').size"
                + " + CSS.highlights.get('lectern-blue').size + ':' + CSS.highlights.has('lectern-pink')"
                + " : document.querySelectorAll('mark[data-id]').length > 0 ? '2000:false' : 'none'"))
                .isEqualTo("2000:false");
        assertThat(fx.eval(scripts.text())).as("the text is untouched").isEqualTo(text);
    }

    @Test
    void aMatchOrPassageInAFoldedSectionOpensIt() throws Exception {
        String folded = fx.showRendered(library, "# 标题\n\n{% Details %}\n{% DetailsSummary %}\n摘要\n{% endDetailsSummary %}\n\n"
                + "折叠里的词在这里。\n\n{% endDetails %}\n\n> [!note]- 可折叠\n> 另一个藏着的词。\n");
        String text = PageText.of(folded);
        int start = text.indexOf("折叠里的词");
        assertThat(fx.eval("document.querySelectorAll('details[open]').length")).isEqualTo(0);

        assertThat(fx.eval(scripts.find(List.of(new int[] {start, start + 5}))) ).isEqualTo(1);
        assertThat(fx.eval(scripts.findFocus(0))).isEqualTo(true);
        assertThat(fx.eval("document.querySelectorAll('details[open]').length")).isEqualTo(1);

        int hidden = text.indexOf("藏着的词");
        assertThat(fx.eval(scripts.flash(hidden, hidden + 4))).isEqualTo(true);
        assertThat(fx.eval("document.querySelectorAll('details[open]').length")).isEqualTo(2);
    }

    @Test
    void aMatchAtTheEndOfALongCodeLineOrWideTableIsScrolledIntoItsBox() throws Exception {
        String page = fx.showRendered(library, "# 代码\n\n```js\n// " + "很长的注释".repeat(120) + " 目标词\nlet x = 1;\n```\n"
                + "\n" + "| heading ".repeat(40) + "|\n" + "|---".repeat(40) + "|\n" + "| value ".repeat(39) + "| 表格里的词 |\n");
        String text = PageText.of(page);
        int start = text.indexOf("目标词");
        int cell = text.indexOf("表格里的词");

        assertThat(fx.eval(scripts.find(List.of(new int[] {start, start + 3})))).isEqualTo(1);
        assertThat(fx.eval(scripts.findFocus(0))).isEqualTo(true);
        assertThat(fx.eval(shownInItsBox("lectern-find-current"))).as("the code block scrolled to the match").isEqualTo(true);
        assertThat(fx.eval(scripts.flash(cell, cell + 5))).isEqualTo(true);
        assertThat(fx.eval(shownInItsBox("lectern-flash"))).as("a wide table's cell too").isEqualTo(true);
    }

    @Test
    void aFindStartsAtTheFirstMatchInViewNotAtTheTop() throws Exception {
        StringBuilder markdown = new StringBuilder("# 很长的文章\n\n");
        for (int i = 0; i < 80; i++) {
            markdown.append("第").append(i).append("段，这里有一个关键词。\n\n");
        }
        String text = PageText.of(fx.showRendered(library, markdown.toString()));
        List<int[]> spans = new java.util.ArrayList<>();
        for (int at = text.indexOf("关键词"); at >= 0; at = text.indexOf("关键词", at + 1)) {
            spans.add(new int[] {at, at + 3});
        }
        assertThat(fx.eval(scripts.find(spans))).isEqualTo(80);
        assertThat(fx.eval(scripts.findFromView())).as("at the top: the first").isEqualTo(0);

        fx.eval("window.scrollTo(0, document.body.scrollHeight / 2)");
        int from = ((Number) fx.eval(scripts.findFromView())).intValue();

        assertThat(from).isBetween(20, 60);
        assertThat(fx.eval(scripts.findFocus(from))).isEqualTo(true);
        assertThat((String) fx.eval("(function () { var r; CSS.highlights.get('lectern-find-current')"
                + ".forEach(function (x) { r = x; }); return r.startContainer.textContent; })()"))
                .as("the paragraph of that match, in view").isEqualTo("第" + from + "段，这里有一个关键词。");
    }

    /** Whether the range of a highlight lies within the visible width of the box that scrolls sideways around it. */
    private static String shownInItsBox(String highlight) {
        return "(function () { var range; CSS.highlights.get('" + highlight + "').forEach(function (r) { range = r; });"
                + " var box = range.startContainer.parentNode;"
                + " while (box.nodeType === 1 && !(box.scrollWidth > box.clientWidth + 1"
                + " && /auto|scroll/.test(getComputedStyle(box).overflowX))) { box = box.parentNode; }"
                + " if (box.nodeType !== 1) { return 'no box scrolls around it'; }"
                + " var a = range.getBoundingClientRect(), b = box.getBoundingClientRect();"
                + " return box.scrollLeft > 0 && a.left >= b.left && a.right <= b.right; })()";
    }

    @Test
    void aHighlightOnATightListItemAboveItsSubListIsPainted() throws Exception {
        // WebKit paints no CSS highlight in the anonymous box it makes for words beside a block: this highlight was
        // saved, listed and counted, and the page showed nothing
        String list = fx.showRendered(library, "- PWA 101\n  - Service Worker\n    - Register SW\n  - On Fetch\n");
        String text = PageText.of(list);
        assertThat(fx.eval(scripts.text())).isEqualTo(text);
        int start = text.indexOf("Service Worker");
        assertThat(fx.eval(scripts.show("h-1", "pink", start, start + 14))).isEqualTo(true);

        // the pink highlight over the near-white paper
        assertThat(fx.awaitPixels(rgb -> (rgb >> 16) > 235 && ((rgb >> 8) & 0xFF) > 170 && ((rgb >> 8) & 0xFF) < 220
                && (rgb & 0xFF) > 190 && (rgb & 0xFF) < 235, FxPage.wholePage(), 100)).isGreaterThanOrEqualTo(100);
    }

    @Test
    void aHighlightOnRawHtmlWordsBesideABlockAtTheTopOfTheArticleIsPaintedOnThoseWords() throws Exception {
        // words written as raw <br> lines after a </ul> (a Zhihu answer pasted into a post) stand in the article's own
        // box beside the list: WebKit paints no CSS highlight in the anonymous box it makes for them, and after a
        // reload the mark was painted over the list item above instead
        String raw = fx.showRendered(library, "<ul>\n<li>上面的列表项，不该被涂上颜色</li>\n</ul>\n"
                + "<br>如果你能顺利得渡过了这个阶段，我想你已经能做出很多网站了！\n<br>\n<br>你还可以试着写写小游戏\n");
        String text = PageText.of(raw);
        assertThat(fx.eval(scripts.text())).isEqualTo(text);
        int start = text.indexOf("如果你能顺利得渡过了这个阶段");
        assertThat(fx.eval(scripts.show("h-1", "pink", start, start + 14))).isEqualTo(true);

        java.util.function.IntPredicate pink = rgb -> (rgb >> 16) > 235 && ((rgb >> 8) & 0xFF) > 170
                && ((rgb >> 8) & 0xFF) < 220 && (rgb & 0xFF) > 190 && (rgb & 0xFF) < 235;
        double top = fx.lineMiddle(".article-body", "如果你能顺利");
        assertThat(fx.awaitPixels(pink, new double[] {0, top - 8, 800, 16}, 100)).as("on its words")
                .isGreaterThanOrEqualTo(100);
        assertThat(fx.pixels(pink, fx.rectOf(".article-body li"))).as("not on the list item above").isZero();
    }

    @Test
    void aHighlightOnWordsBeforeADisplayFormulaInTheSameParagraphIsPaintedOnThoseWords() throws Exception {
        // text, then $$ on the next lines (how most notes write a display formula): the formula was a block inside the
        // paragraph, and WebKit painted no highlight and no find mark on the words before it
        String page = fx.showRendered(library, "The soundness of the linearity test is\n$$\n\\Pr[x] \\ge \\delta\n$$\n"
                + "By Fourier analysis we get it.\n");
        String text = PageText.of(page);
        int start = text.indexOf("soundness");
        assertThat(fx.eval(scripts.show("h-1", "pink", start, start + 9))).isEqualTo(true);

        java.util.function.IntPredicate pink = rgb -> (rgb >> 16) > 235 && ((rgb >> 8) & 0xFF) > 170
                && ((rgb >> 8) & 0xFF) < 220 && (rgb & 0xFF) > 190 && (rgb & 0xFF) < 235;
        double top = fx.lineMiddle(".article-body", "The soundness");
        assertThat(fx.awaitPixels(pink, new double[] {0, top - 8, 800, 16}, 100)).as("on its words")
                .isGreaterThanOrEqualTo(100);
        assertThat(fx.eval("(function(){var p=document.querySelector('.article-body p').getBoundingClientRect(),"
                + "m=document.querySelector('.math-display').getBoundingClientRect();"
                + "return m.top > p.top + 10 && Math.abs(m.left - p.left) < 1 && Math.abs(m.width - p.width) < 1;})()"))
                .as("the formula still on a line of its own, as wide as the column").isEqualTo(true);
    }

    @Test
    void aFindMarkOnWordsAboveAPictureInTheSameParagraphIsPaintedOnThoseWords() throws Exception {
        // a blog's figure: a line of text, then ![](pic.png) on the next line of the same paragraph
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(200, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(picture, "png", library.resolve("pic.png").toFile());
        String text = PageText.of(fx.showRendered(library, "Look at this picture of mountains\n![a](pic.png)\n"
                + "[![b](pic.png)](pic.png)\nand after it.\n"));
        int start = text.indexOf("mountains");
        int after = text.indexOf("after");
        assertThat(fx.eval(scripts.find(List.of(new int[] {start, start + 9}, new int[] {after, after + 5}))))
                .isEqualTo(2);
        fx.eval(scripts.findFocus(0));

        double top = fx.lineMiddle(".article-body", "Look at");
        assertThat(fx.awaitPixels(ORANGE, new double[] {0, top - 8, 800, 16}, 50)).as("on its words")
                .isGreaterThanOrEqualTo(50);
        fx.eval(scripts.findFocus(1));
        double below = fx.lineMiddle(".article-body", "and after");
        assertThat(fx.awaitPixels(ORANGE, new double[] {0, below - 8, 800, 16}, 50)).as("and below both pictures")
                .isGreaterThanOrEqualTo(50);
    }

    @Test
    void aHighlightAcrossAFormulaQuotesItsTexAndColoursItsDrawing() throws Exception {
        String text = PageText.of(fx.showRendered(library, "Only a formula: $x^2 + y^2 = z^2$ here.\n"));
        int start = text.indexOf("formula:");
        int end = text.indexOf(" here");
        assertThat(text.substring(start, end)).isEqualTo("formula: $x^2 + y^2 = z^2$");

        assertThat(fx.eval(scripts.show("h-1", "pink", start, end))).isEqualTo(true);

        assertThat(fx.eval(scripts.quoteOf("h-1"))).isEqualTo("formula: $x^2 + y^2 = z^2$");
        assertThat(fx.eval("document.querySelector('.math').getAttribute('data-lt-mark')")).isEqualTo("pink");
        java.util.function.IntPredicate pink = rgb -> (rgb >> 16) > 235 && ((rgb >> 8) & 0xFF) > 170
                && ((rgb >> 8) & 0xFF) < 220 && (rgb & 0xFF) > 190 && (rgb & 0xFF) < 235;
        assertThat(fx.awaitPixels(pink, fx.rectOf(".math"), 100)).as("the drawing coloured").isGreaterThanOrEqualTo(100);

        fx.eval(scripts.remove("h-1"));
        assertThat(fx.eval("document.querySelector('.math').hasAttribute('data-lt-mark')")).isEqualTo(false);
        fx.eval("(function(){var m=document.querySelector('.math'),r=document.createRange();r.setStartBefore(m);"
                + "r.setEndAfter(m);var s=window.getSelection();s.removeAllRanges();s.addRange(r);})()");
        assertThat((String) fx.eval(scripts.selection())).as("a formula alone can be selected, as its TeX")
                .contains("\"shown\":\"$x^2 + y^2 = z^2$\"");
        assertThat(fx.eval("window.getSelection().toString()")).as("and copied as its TeX")
                .isEqualTo("$x^2 + y^2 = z^2$");
    }

    @Test
    void theCurrentMatchMarkFollowsEnterAndEveryMarkLeavesWhenTheFindCloses() throws Exception {
        // this WebKit repaints the text under a highlight that is set, not under one replaced or deleted: the first
        // match stayed marked as current when Enter moved on, and every mark stayed on screen after Esc
        String text = PageText.of(fx.showRendered(library, "第一段有关键词。\n\n第二段也有关键词。\n"));
        int first = text.indexOf("关键词");
        int second = text.indexOf("关键词", first + 1);
        assertThat(fx.eval(scripts.find(List.of(new int[] {first, first + 3}, new int[] {second, second + 3}))))
                .isEqualTo(2);
        fx.eval(scripts.findFocus(0));
        double[] firstLine = {0, fx.lineMiddle(".article-body", "第一段") - 8, 800, 16};
        double[] secondLine = {0, fx.lineMiddle(".article-body", "第二段") - 8, 800, 16};
        assertThat(fx.awaitPixels(ORANGE, firstLine, 50)).as("the first marked current").isGreaterThanOrEqualTo(50);

        fx.eval(scripts.findFocus(1));

        assertThat(fx.awaitPixels(ORANGE, secondLine, 50)).as("the second current").isGreaterThanOrEqualTo(50);
        assertThat(awaitNone(ORANGE, firstLine)).as("the first no longer current").isZero();
        assertThat(fx.pixels(FIND_YELLOW, firstLine)).as("but still a match").isGreaterThanOrEqualTo(50);

        fx.eval(scripts.clearFind());

        assertThat(awaitNone(ORANGE, FxPage.wholePage())).as("no current mark left").isZero();
        assertThat(awaitNone(FIND_YELLOW, FxPage.wholePage())).as("no match mark left").isZero();
    }

    @Test
    void aHighlightTakenAwayWhileAnotherStaysLeavesNoStripOfItsColour() throws Exception {
        // deleted from the Highlights panel after the text was made larger, a highlight left a strip of yellow above
        // its words: WebKit painted the text's own box again, not all the highlight had covered
        String page = fx.showRendered(library, "前面的一段话。\n\n".repeat(40) + "<ul>\n<li>上面的列表项</li>\n</ul>\n"
                + "<br>如果你能顺利得渡过了这个阶段，我想你已经能做出很多网站了！\n<br>\n<br>你还可以试着写写小游戏\n"
                + "\n后面的一段话。\n".repeat(40));

        String text = PageText.of(page);
        int start = text.indexOf("如果你能顺利得渡过了这个阶段");
        int other = text.indexOf("小游戏");
        java.util.function.IntPredicate yellow = rgb -> (rgb >> 16) > 235 && ((rgb >> 8) & 0xFF) > 215
                && ((rgb >> 8) & 0xFF) < 250 && (rgb & 0xFF) < 200;
        fx.eval(scripts.showAll(List.of(new AnnotationScripts.Shown("h-1", "yellow", start, start + 14),
                new AnnotationScripts.Shown("h-2", "blue", other, other + 3))));
        fx.eval("document.documentElement.style.setProperty('--text-scale','1.25')"); // A+ pressed, painted again
        fx.eval(scripts.showAll(List.of(new AnnotationScripts.Shown("h-1", "yellow", start, start + 14),
                new AnnotationScripts.Shown("h-2", "blue", other, other + 3))));
        fx.eval(scripts.flash(start, start + 14)); // chosen in the panel: scrolled to
        fx.eval(scripts.unflash());
        assertThat(fx.awaitPixels(yellow, FxPage.wholePage(), 100)).as("painted").isGreaterThanOrEqualTo(100);

        fx.eval(scripts.showAll(List.of(new AnnotationScripts.Shown("h-2", "blue", other, other + 3))));

        assertThat(awaitNone(yellow, FxPage.wholePage())).as("yellow pixels left on screen").isZero();
    }

    /** A find's current match: orange over the paper. */
    private static final java.util.function.IntPredicate ORANGE = rgb -> (rgb >> 16) > 235
            && ((rgb >> 8) & 0xFF) > 100 && ((rgb >> 8) & 0xFF) < 175 && (rgb & 0xFF) < 90;
    /** A find's other matches: deep yellow over the paper. */
    private static final java.util.function.IntPredicate FIND_YELLOW = rgb -> (rgb >> 16) > 235
            && ((rgb >> 8) & 0xFF) > 215 && ((rgb >> 8) & 0xFF) < 245 && (rgb & 0xFF) < 140;

    /** The pixels of a colour in the rectangle once WebKit has painted them away, or after 5 s those still there. */
    private int awaitNone(java.util.function.IntPredicate rgb, double[] rect) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        int left = fx.pixels(rgb, rect);
        while (left > 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            left = fx.pixels(rgb, rect); // until WebKit paints
        }
        return left;
    }

    private void select(int start, int end) throws Exception {
        fx.eval("(function(){var w=document.createTreeWalker(document.querySelector('.article-body'),NodeFilter.SHOW_TEXT,"
                + "null,false);var n,t=0,r=document.createRange(),s=false;while((n=w.nextNode())){var l=n.nodeValue.length;"
                + "if(!s&&" + start + "<=t+l){r.setStart(n," + start + "-t);s=true;}if(s&&" + end + "<=t+l){r.setEnd(n," + end
                + "-t);break;}t+=l;}var sel=window.getSelection();sel.removeAllRanges();sel.addRange(r);})()");
    }
}
