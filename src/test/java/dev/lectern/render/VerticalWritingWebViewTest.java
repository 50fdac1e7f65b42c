package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.Await;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese article set vertically (writing-mode: vertical-rl) in a real WebView, with the page's JavaScript disabled:
 * columns run right to left and the page scrolls sideways; a passage selected where the pointer would select it gives
 * the anchor that paints the same words again; flash, paging and the remembered position move along the columns.
 */
@Tag("toolkit")
class VerticalWritingWebViewTest {

    private static final String PASSAGE = "月光如流水一般";

    @TempDir
    Path library;

    private final AnnotationScripts annotations = new AnnotationScripts();
    private final ReaderScripts reader = new ReaderScripts();
    @RegisterExtension
    static final FxPage fx = new FxPage();

    private static String markdown() {
        StringBuilder md = new StringBuilder("# 荷塘月色\n\n## 第一节\n\n");
        for (int i = 1; i <= 24; i++) {
            md.append("这是第").append(i).append("段，写于2024年3月，用的是Java 17。曲曲折折的荷塘上面，弥望的是田田的叶子。\n\n");
        }
        md.append("她说：「好。」然后走了。\n\n## 第二节\n\n").append(PASSAGE).append("，静静地泻在这一片叶子和花上。\n\n")
                .append("```java\nint answer = 42; // 代码保持横排\n```\n\n| 列 | 值 |\n|---|---|\n| a | 1 |\n\n");
        for (int i = 0; i < 10; i++) {
            md.append("薄薄的青雾浮起在荷塘里。叶子和花仿佛在牛乳中洗过一样；又像笼着轻纱的梦。\n\n");
        }
        return md.toString();
    }

    private String show(RenderOptions options) throws Exception {
        String html = new PageRenderer().render(TestArticles.article("荷塘月色"), markdown(), options);
        Path page = Files.writeString(library.resolve("page.html"), html, StandardCharsets.UTF_8);
        fx.show();
        fx.load(engine -> engine.load(page.toUri().toString()));
        fx.eval(annotations.install());
        return html;
    }

    /** An article whose front matter says it is in Simplified Chinese. */
    private static Article chinese(String title) {
        return new Article(new ArticleId("a.md"), title, null, null, List.of(), List.of(), List.of(), null, false, "zh-CN",
                List.of(), 0, 0);
    }

    private RenderOptions vertical() {
        return RenderOptions.defaults(library, library.resolve("a.md")).withVertical(true);
    }

    private double number(String script) throws Exception {
        return ((Number) fx.eval(script)).doubleValue();
    }

    /**
     * A script that evaluates {@code use} with {@code r}, a range over the first place the body's text holds
     * {@code text} (on a vertical page each Han character is a text node of its own), and returns its value.
     */
    private static String withRange(String text, String use) {
        return "(function(p){var w=document.createTreeWalker(document.querySelector('.article-body'),NodeFilter.SHOW_TEXT,"
                + "null,false);var nodes=[],all='',n;while((n=w.nextNode())){nodes.push([n,all.length]);all+=n.nodeValue;}"
                + "function at(k){for(var j=nodes.length-1;j>=0;j--){if(nodes[j][1]<=k){return [nodes[j][0],k-nodes[j][1]];}}}"
                + "var i=all.indexOf(p);if(i<0){return null;}function range(a,b){var x=at(a),y=at(b);"
                + "if(y[1]===0&&b>a){y=at(b-1);y[1]=y[0].nodeValue.length;}var r=document.createRange();r.setStart(x[0],x[1]);"
                + "r.setEnd(y[0],y[1]);return r;}var r=range(i,i+p.length);var first=range(i,i+1),last=range(i+p.length-1,"
                + "i+p.length);" + use + "})(" + ReaderScripts.literal(text) + ")";
    }

    @Test
    void theColumnsRunRightToLeftAndThePageScrollsSideways() throws Exception {
        show(vertical());

        assertThat(fx.eval("getComputedStyle(document.documentElement).writingMode")).isEqualTo("vertical-rl");
        assertThat(number("document.documentElement.scrollWidth")).isGreaterThan(number("window.innerWidth") * 2);
        assertThat(number("document.documentElement.scrollHeight")).isLessThanOrEqualTo(number("window.innerHeight"));
        double title = number("document.querySelector('.article-title').getBoundingClientRect().right");
        double firstParagraph = number("document.querySelector('.article-body p').getBoundingClientRect().right");
        assertThat(title).as("the title is the first column, on the right").isGreaterThan(firstParagraph);
        assertThat(number("document.querySelector('.article-title').getBoundingClientRect().height"))
                .as("the title runs down its column").isGreaterThan(number(
                        "document.querySelector('.article-title').getBoundingClientRect().width"));
        assertThat(fx.eval("getComputedStyle(document.querySelector('.code-block')).writingMode"))
                .as("code stays horizontal").isEqualTo("horizontal-tb");
        assertThat(fx.eval("document.querySelector('.code-block pre').textContent")).isEqualTo("int answer = 42; // 代码保持横排\n");
        assertThat(number("document.querySelector('.code-block').getBoundingClientRect().height"))
                .as("the code block fits the window's height").isLessThanOrEqualTo(number("window.innerHeight"));
        assertThat(fx.eval("document.querySelector('.upright').textContent")).as("a one-digit number").isEqualTo("1");
        assertThat(fx.eval("getComputedStyle(document.querySelector('.upright')).textOrientation")).isEqualTo("upright");
        assertThat(fx.eval("document.querySelector('.tcy').textContent")).as("a two-digit number").isEqualTo("10");
        assertThat(fx.eval("getComputedStyle(document.querySelector('.tcy')).webkitTextCombine")).isEqualTo("horizontal");
    }

    @Test
    void hanCharactersStandUprightInTheColumnAndLatinWordsLieAlongIt() throws Exception {
        String html = new PageRenderer().render(chinese("一"), "一一一一一一一一\n\nAAAAAAAAAA\n", vertical());
        Path page = Files.writeString(library.resolve("strokes.html"), html, StandardCharsets.UTF_8);
        fx.show();
        fx.load(engine -> engine.load(page.toUri().toString()));
        double em = number("parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize)");

        assertThat(fx.awaitPixels(FxPage::dark, fx.rectOf(".article-body p"), 20)).isGreaterThanOrEqualTo(20);
        int[] strokes = fx.inkBox(fx.rectOf(".article-body p"));
        assertThat(strokes[2] - strokes[0]).as("一 upright is a stroke across the column, not along it")
                .isGreaterThan((int) (em * 0.6));
        int[] letters = fx.inkBox(fx.rectOf(".article-body p:nth-of-type(2)"));
        assertThat(letters[3] - letters[1]).as("Latin letters run down the column, on their side")
                .isGreaterThan(letters[2] - letters[0]);
    }

    @Test
    void aHighlightOfAPhraseConvertedToMoreCharactersPaintsAllOfThemUpright() throws Exception {
        String html = new PageRenderer().render(chinese("线程"), "线程池的大小取决于任务。\n", vertical().withScript(Script.TAIWAN));
        Path page = Files.writeString(library.resolve("taiwan.html"), html, StandardCharsets.UTF_8);
        fx.show();
        fx.load(engine -> engine.load(page.toUri().toString()));
        fx.eval(annotations.install());
        String text = PageText.of(html);
        int at = text.indexOf("线程池");
        assertThat(fx.eval(annotations.text())).isEqualTo(text);

        assertThat(fx.eval(annotations.show("h-1", "yellow", at, at + 2))).isEqualTo(true);
        assertThat(fx.eval(annotations.quoteOf("h-1"))).as("线程 shown as 執行緒, each character a box of its own")
                .isEqualTo("執行緒");
        assertThat(fx.eval(annotations.show("h-2", "yellow", at + 2, at + 4))).isEqualTo(true);
        assertThat(fx.eval(annotations.quoteOf("h-2"))).isEqualTo("池的");
    }

    @Test
    void findTypedAsAVerticalTaiwanPageShowsItMarksTheWholePhraseOrTheCharactersTyped() throws Exception {
        String html = new PageRenderer().render(chinese("线程"), "线程池的大小，后面再说。\n", vertical().withScript(Script.TAIWAN));
        Path page = Files.writeString(library.resolve("taiwan.html"), html, StandardCharsets.UTF_8);
        fx.show();
        fx.load(engine -> engine.load(page.toUri().toString()));
        fx.eval(annotations.install());
        String text = PageText.of(html);
        dev.lectern.search.ShownText shown = dev.lectern.search.ShownText.of(
                (String) fx.eval(annotations.shown() + ".text"), (String) fx.eval(annotations.shown() + ".runs"));

        java.util.List<int[]> phrase = dev.lectern.search.TextMatches.ofLiteral("行緒", text, shown);
        assertThat(phrase).hasSize(1);
        assertThat(text.substring(phrase.get(0)[0], phrase.get(0)[1])).as("inside 執行緒, each character a box of its own")
                .isEqualTo("线程");
        java.util.List<int[]> kept = dev.lectern.search.TextMatches.ofLiteral("面再說", text, shown);
        assertThat(kept).hasSize(1);
        assertThat(text.substring(kept.get(0)[0], kept.get(0)[1])).as("a run that keeps its length, char for char")
                .isEqualTo("面再说");
    }

    @Test
    void aDragFromPastTheMiddleOfOneCharacterToBeforeTheMiddleOfAnotherSelectsWhatLiesBetween() throws Exception {
        // pressed on the lower part of the character before the words and released on the upper part of the one after,
        // as a reader does who aims at the gaps: WebKit showed the words between, and fitting the drag to the whole
        // boxes under the pointer saved one character more at each end (いじめじ shown, 暗いじめじめ saved)
        String text = PageText.of(show(vertical()));
        int start = text.indexOf(PASSAGE);
        fx.eval(annotations.flash(start, start + 1));
        String[] points = ((String) fx.eval(withRange(PASSAGE, "var ra=first.getBoundingClientRect(),"
                + "rb=last.getBoundingClientRect();return [ra.left+ra.width/2,ra.top+ra.height*0.8,rb.left+rb.width/2,"
                + "rb.top+rb.height*0.2].join(',');"))).split(",");
        fx.eval(withRange(PASSAGE, "var s=window.getSelection();s.removeAllRanges();s.addRange(r);"));

        assertThat(fx.eval(annotations.fitToBoxes(Double.parseDouble(points[0]), Double.parseDouble(points[1]),
                Double.parseDouble(points[2]), Double.parseDouble(points[3])))).isEqualTo(true);

        Matcher offsets = Pattern.compile("\"start\":(\\d+),\"end\":(\\d+)")
                .matcher((String) fx.eval(annotations.selection()));
        assertThat(offsets.find()).isTrue();
        assertThat(text.substring(Integer.parseInt(offsets.group(1)), Integer.parseInt(offsets.group(2))))
                .isEqualTo(PASSAGE.substring(1, PASSAGE.length() - 1));
    }

    @Test
    void aPassageSelectedByPointGivesTheAnchorThatPaintsTheSameWords() throws Exception {
        String html = show(vertical());
        String text = PageText.of(html);
        int start = text.indexOf(PASSAGE);
        assertThat(fx.eval(annotations.text())).isEqualTo(text);
        fx.eval(annotations.flash(start, start + 1));

        // select as the pointer does, from the passage's first character to its last, then fit the drag to the boxes
        // pressed and released on (WebKit gives the place before or after a boxed character by where across it the
        // pointer is)
        fx.eval(withRange(PASSAGE, "var ra=first.getBoundingClientRect(),rb=last.getBoundingClientRect();"
                + "var from=document.caretRangeFromPoint(ra.left+ra.width/2,ra.top+1);"
                + "var to=document.caretRangeFromPoint(rb.left+rb.width/2,rb.bottom-1);var s=window.getSelection();"
                + "s.removeAllRanges();s.setBaseAndExtent(from.startContainer,from.startOffset,to.startContainer,"
                + "to.startOffset);"));
        String[] points = ((String) fx.eval(withRange(PASSAGE, "var ra=first.getBoundingClientRect(),"
                + "rb=last.getBoundingClientRect();return [ra.left+ra.width/2,ra.top+ra.height/2,rb.left+rb.width/2,"
                + "rb.top+rb.height/2].join(',');"))).split(",");
        assertThat(fx.eval(annotations.fitToBoxes(Double.parseDouble(points[0]), Double.parseDouble(points[1]),
                Double.parseDouble(points[2]), Double.parseDouble(points[3])))).isEqualTo(true);
        String json = (String) fx.eval(annotations.selection());

        Matcher offsets = Pattern.compile("\"start\":(\\d+),\"end\":(\\d+)").matcher(json);
        assertThat(offsets.find()).as(json).isTrue();
        int from = Integer.parseInt(offsets.group(1));
        int to = Integer.parseInt(offsets.group(2));
        assertThat(text.substring(from, to)).isEqualTo(PASSAGE);
        assertThat(json).contains("\"heading\":\"第二节\"");

        fx.eval(annotations.clearSelection());
        assertThat(fx.eval(annotations.show("h-1", "yellow", from, to))).isEqualTo(true);
        assertThat(fx.eval(annotations.quoteOf("h-1"))).isEqualTo(PASSAGE);
        // painted with marks: this WebKit paints CSS highlights off the characters combined upright
        assertThat(fx.eval("Array.prototype.map.call(document.querySelectorAll('mark.lectern-yellow'),"
                + "function(m){return m.textContent;}).join('')")).isEqualTo(PASSAGE);
        String[] last = ((String) fx.eval(withRange(PASSAGE, "var b=last.getBoundingClientRect();"
                + "return [b.left,b.top,b.width,b.height].join(',');"))).split(",");
        double[] lastBox = {Double.parseDouble(last[0]), Double.parseDouble(last[1]), Double.parseDouble(last[2]),
            Double.parseDouble(last[3])};
        assertThat(fx.awaitPixels(rgb -> (rgb >> 16) > 200 && ((rgb >> 8) & 0xFF) > 180 && (rgb & 0xFF) < 170, lastBox, 20))
                .as("yellow behind the passage's last character").isGreaterThanOrEqualTo(20);
        String marksOfFind = "Array.prototype.map.call(document.querySelectorAll('mark.lectern-find'),"
                + "function(m){return m.textContent;}).join('')";
        assertThat(fx.eval(annotations.find(java.util.List.of(new int[] {from, to})))).isEqualTo(1);
        assertThat(fx.eval(marksOfFind)).as("find marks its match on a vertical page too").isEqualTo(PASSAGE);
        fx.eval(annotations.clearFind());
        assertThat(fx.eval(marksOfFind)).isEqualTo("");
        assertThat(fx.eval(annotations.text())).as("the page's text as it was").isEqualTo(text);
        String center = (String) fx.eval(withRange("如流水", "var b=range(i+1,i+2).getBoundingClientRect();"
                + "return (b.left+b.width/2)+','+(b.top+b.height/2);"));
        String[] xy = center.split(",");
        assertThat(fx.eval(annotations.at(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]))))
                .as("the painted highlight is found under a point of the vertical passage").isEqualTo("h-1");
    }

    @Test
    void flashPagingAndThePositionMoveAlongTheColumns() throws Exception {
        String html = show(vertical());
        String text = PageText.of(html);
        int start = text.indexOf(PASSAGE);
        assertThat(number("window.scrollX")).isZero();

        assertThat(fx.eval(annotations.flash(start, start + PASSAGE.length()))).isEqualTo(true);
        assertThat(number("window.scrollX")).as("scrolled leftwards to the passage").isNegative();
        assertThat(number("window.scrollY")).isZero();
        String visible = withRange(PASSAGE, "var b=first.getBoundingClientRect();"
                + "return b.left>=0&&b.right<=window.innerWidth;");
        assertThat(fx.eval(visible)).as("the passage is on screen").isEqualTo(true);

        fx.eval(reader.restoreScroll(0));
        double seenAtStart = number(reader.readingPosition());
        assertThat(fx.eval(reader.pageAlong(1))).isEqualTo(true);
        assertThat(number("window.scrollX")).as("a page forward moves left by about a window")
                .isLessThan(-number("window.innerWidth") / 2);
        assertThat(number(reader.readingPosition())).isGreaterThan(seenAtStart);
        fx.eval(reader.pageAlong(-1));
        assertThat(number("window.scrollX")).isZero();
        fx.eval(reader.pageAlong(Integer.MAX_VALUE));
        assertThat(number(reader.scrollFraction())).isCloseTo(1.0, within(0.01));
        assertThat(number(reader.readingPosition())).isCloseTo(1.0, within(0.01));
        fx.eval(reader.wheelAlong(40));
        assertThat(number(reader.scrollFraction())).as("the wheel turned up moves back, rightwards").isLessThan(1.0);
        fx.eval(reader.restoreScroll(0));
        fx.eval(reader.wheelAlong(-40));
        assertThat(number("window.scrollX")).as("the wheel turned down moves on, leftwards").isEqualTo(-40);
        fx.eval(reader.restoreScroll(0));
        assertThat(fx.eval(reader.scrollToAnchor("第二节"))).isEqualTo(true);
        assertThat(number("window.scrollX")).as("the outline scrolls sideways to a heading").isNegative();

        fx.eval(reader.restoreScroll(0.5));
        assertThat(number(reader.scrollFraction())).isCloseTo(0.5, within(0.01));
        assertThat(number("window.scrollX")).isNegative();
    }

    @Test
    void aPageAlongTheColumnsEndsAtAColumnsEdgeNotAcrossIt() throws Exception {
        show(vertical());
        // a character box at x (on the middle row or near it, as the script looks), and whether it is wholly on screen
        String box = "function box(x){var ys=[0.5,0.35,0.65,0.2,0.8];for(var i=0;i<ys.length;i++){"
                + "var r=document.caretRangeFromPoint(x,window.innerHeight*ys[i]);var t=r&&r.startContainer;"
                + "if(!t||t.nodeType!==3||!t.nodeValue.length){continue;}var o=Math.min(r.startOffset,t.nodeValue.length-1);"
                + "r.setStart(t,o);r.setEnd(t,o+1);var b=r.getBoundingClientRect();if(b.width<4||b.left>x+40||b.right<x-40){"
                + "continue;}window.__c=t;window.__o=o;return b;}return null;}function near(x,d){for(var i=0;i<30;i++){var b=box(x+i*4*d);"
                + "if(b){return b;}}return null;}";
        String uncut = "var b=box(%s);if(!b){throw new Error('no character near the edge');}"
                + "return b.left>=0&&b.right<=window.innerWidth;";
        String whole = "var r=document.createRange();r.setStart(window.__c,window.__o);r.setEnd(window.__c,window.__o+1);"
                + "var b=r.getBoundingClientRect();return b.left>=0&&b.right<=window.innerWidth;";
        for (int step = 0; step < 3; step++) {
            // a column cut in half at the left edge
            fx.eval("(function(){" + box + "window.scrollBy(-window.innerWidth/2,0);var b=near(2,1);"
                    + "window.scrollBy(b.left+b.width/2,0);return true;})()");
            assertThat(fx.eval("(function(){" + box + uncut.formatted("2") + "})()")).isEqualTo(false);
            fx.eval("(function(){" + box + "box(2);return true;})()");

            assertThat(fx.eval(reader.pageAlong(1))).isEqualTo(true);
            assertThat(fx.eval("(function(){" + whole + "})()")).as("page %d: the column cut at the left edge comes in whole",
                    step).isEqualTo(true);
            assertThat(fx.eval("(function(){" + box + uncut.formatted("window.innerWidth-1") + "})()"))
                    .as("page %d: no column cut at the right edge", step).isEqualTo(true);
        }
        // a column cut in half at the right edge, away from the page's end
        fx.eval("(function(){" + box + "window.scrollBy(window.innerWidth/2,0);var b=near(window.innerWidth-2,-1);"
                + "window.scrollBy(b.left+b.width/2-window.innerWidth,0);return true;})()");
        assertThat(fx.eval("(function(){" + box + uncut.formatted("window.innerWidth-2") + "})()")).isEqualTo(false);
        fx.eval(reader.pageAlong(-1));
        assertThat(fx.eval("(function(){" + whole + "})()")).as("back: the column cut at the right edge comes in whole")
                .isEqualTo(true);
        assertThat(fx.eval("(function(){" + box + uncut.formatted("1") + "})()")).as("back: no column cut at the left edge")
                .isEqualTo(true);
    }

    @Test
    void aHorizontalPageIsPagedByWebKitItself() throws Exception {
        show(RenderOptions.defaults(library, library.resolve("a.md")));
        assertThat(fx.eval(reader.pageAlong(1))).isEqualTo(false);
        assertThat(fx.eval(reader.wheelAlong(-40))).isEqualTo(false);
        assertThat(fx.eval("document.querySelector('.tcy')")).as("no upright spans outside vertical writing").isNull();
        fx.eval(reader.restoreScroll(0.5));
        assertThat(number(reader.scrollFraction())).isCloseTo(0.5, within(0.01));
        assertThat(number("window.scrollX")).isZero();
    }

    @Test
    void latinSpacingWidensMixedTextWithoutChangingIt() throws Exception {
        String plain = new PageRenderer().render(TestArticles.article("荷塘月色"), markdown(),
                RenderOptions.defaults(library, library.resolve("a.md")));
        String html = show(RenderOptions.defaults(library, library.resolve("a.md")).withLatinSpacing(true));
        assertThat(PageText.of(html)).isEqualTo(PageText.of(plain));
        assertThat(fx.eval(annotations.text())).isEqualTo(PageText.of(plain));
        // where 曲 (after 第1段, 于2024年3月, 是Java 17) starts on its line: every CJK–Latin boundary before it adds space
        String offset = "(function(){var p=document.querySelector('.article-body p');var w=document.createTreeWalker(p,"
                + "NodeFilter.SHOW_TEXT,null,false);var n=w.nextNode();while(n.nodeValue.indexOf('曲')<0){n=w.nextNode();}"
                + "var i=n.nodeValue.indexOf('曲');var r=document.createRange();r.setStart(n,i);r.setEnd(n,i+1);"
                + "return r.getBoundingClientRect().left-p.getBoundingClientRect().left;})()";
        double spaced = number(offset);
        assertThat(fx.eval("document.querySelectorAll('.article-body p .lt-sp').length")).isNotEqualTo(0);
        fx.eval("document.documentElement.classList.remove('autospace')");
        double tight = number(offset);
        assertThat(fx.eval(annotations.text())).isEqualTo(PageText.of(plain));
        assertThat(spaced).as("thin spaces at the CJK–Latin boundaries").isGreaterThan(tight + 8);
    }

    @Test
    void adjacentPunctuationIsSetHalfWidth() throws Exception {
        CjkFont.assumeInstalled("the width of squeezed full-width punctuation");
        String html = show(RenderOptions.defaults(library, library.resolve("a.md")));
        String pair = "(function(){var w=document.createTreeWalker(document.querySelector('.article-body'),"
                + "NodeFilter.SHOW_TEXT,null,false);var n,s=null;while((n=w.nextNode())){if(n.nodeValue==='。'){s=n;}"
                + "if(s&&n.nodeValue.indexOf('」然后')===0){var r=document.createRange();r.setStart(s,0);r.setEnd(n,1);"
                + "return r.getBoundingClientRect().width;}}return -1;})()";
        double squeezed = number(pair);
        fx.eval("(function(){var e=document.querySelectorAll('.pc');for(var i=0;i<e.length;i++){e[i].className='';}})()");
        double full = number(pair);
        assertThat(full).as("two full-width marks").isGreaterThan(30);
        assertThat(squeezed).as("。」 with the blank half of 。 squeezed out").isLessThan(full - 6);
        assertThat(fx.eval(annotations.text())).isEqualTo(PageText.of(html));
    }

    /** The ink [top, bottom] of the page's n-th upright character alone (the others hidden), in CSS pixels. */
    private int[] inkOfBox(int n) throws Exception {
        String boxes = "document.querySelectorAll('.article-body p > .vu, .article-body ruby > .vu')";
        fx.eval("(function(){var e=document.querySelectorAll('.article-body .vu, .article-body rt');"
                + "for(var i=0;i<e.length;i++){e[i].style.visibility='hidden';}})()");
        double[] paragraph = fx.rectOf(".article-body p");
        Await.until(() -> fx.inkBox(paragraph) == null, Duration.ofSeconds(2)); // WebKit paints the blank column
        fx.eval(boxes + "[" + n + "].style.visibility='visible'");
        int[][] ink = new int[1][];
        Await.until(() -> (ink[0] = fx.inkBox(paragraph)) != null, Duration.ofSeconds(2)); // and then the character
        assertThat(ink[0]).as("the ink of box %d", n).isNotNull();
        return new int[] {ink[0][1], ink[0][3]};
    }

    @Test
    void smallKanaSitEvenlyBetweenTheCharactersAroundThem() throws Exception {
        CjkFont.assumeInstalled("where small kana are drawn in their square");
        String markdown = "---\nlang: ja\n---\n\n言った\n";
        for (Furigana furigana : new Furigana[] {Furigana.OFF, Furigana.ALL}) {
            fx.showRendered(library, markdown, vertical().withFurigana(furigana));
            double em = number("parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize)");
            int[] before = inkOfBox(0);
            int[] small = inkOfBox(1);
            int[] after = inkOfBox(2);
            int above = small[0] - before[1];
            int below = after[0] - small[1];
            assertThat(below - above).as("blank below っ (%d px) against above it (%d px), furigana %s", below, above,
                    furigana).isLessThan((int) Math.ceil(em * 0.2));
            assertThat(above).as("っ does not touch 言").isGreaterThan((int) (em * 0.2));
        }
    }

    /** Shows the markdown as a vertical page of an article in the language. */
    private void showVertical(String lang, String markdown) throws Exception {
        Article article = new Article(new ArticleId("a.md"), "T", null, null, List.of(), List.of(), List.of(), null, false,
                lang, List.of(), 0, 0);
        String html = new PageRenderer().render(article, markdown, vertical());
        Path page = Files.writeString(library.resolve("marks.html"), html, StandardCharsets.UTF_8);
        fx.show();
        fx.load(engine -> engine.load(page.toUri().toString()));
    }

    /** The ink [width, height] of the first character {@code c} of the body's text, within its cell. */
    private int[] inkOf(char c) throws Exception {
        String[] box = ((String) fx.eval(withRange(String.valueOf(c), "var b=first.getBoundingClientRect();"
                + "return [b.left,b.top,b.width,b.height].join(',');"))).split(",");
        double[] cell = {Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2]),
            Double.parseDouble(box[3])};
        assertThat(fx.awaitPixels(FxPage::dark, cell, 4)).as("the ink of " + c).isGreaterThanOrEqualTo(4);
        int[] ink = fx.inkBox(cell);
        return new int[] {ink[2] - ink[0] + 1, ink[3] - ink[1] + 1};
    }

    @Test
    void traditionalCommasAndColonsStandUprightInTheMiddleOfTheirSquare() throws Exception {
        CjkFont.assumeInstalled("the shape of Traditional punctuation");
        showVertical("zh-TW", "結論：記憶體，執行緒。\n");

        int[] colon = inkOf('：');
        assertThat(colon[1]).as("： upright: its dots one above the other, along the column, not ‥ across it")
                .isGreaterThan(colon[0] * 2);
        int[] comma = inkOf('，');
        assertThat(comma[1]).as("， upright, a comma, not a tick on its side").isGreaterThan(comma[0]);
    }

    @Test
    void orderedListNumbersStandUprightAboveTheirItems() throws Exception {
        showVertical("zh-CN", "12. 第十二项内容\n");
        double[] ol = fx.rectOf(".article-body ol");
        double[] li = fx.rectOf(".article-body li");
        double[] marker = {li[0], ol[1], li[2], li[1] - ol[1]};

        assertThat(fx.awaitPixels(FxPage::dark, marker, 10)).as("the number above the item").isGreaterThanOrEqualTo(10);
        int[] ink = fx.inkBox(marker);
        assertThat(ink[2] - ink[0]).as("12. upright, read across the column, not down it on its side")
                .isGreaterThan(ink[3] - ink[1]);
        assertThat(fx.eval("document.querySelector('.article-body li').textContent")).isEqualTo("第十二项内容");
    }

    @Test
    void hanCharactersOfInlineCodeStandUprightLikeTheWordsAroundThem() throws Exception {
        showVertical("zh-CN", "用`一`写\n");

        assertThat(fx.awaitPixels(FxPage::dark, fx.rectOf(".article-body code"), 5)).isGreaterThanOrEqualTo(5);
        int[] stroke = fx.inkBox(fx.rectOf(".article-body code"));
        assertThat(stroke[2] - stroke[0]).as("一 in code upright: a stroke across the column, not along it")
                .isGreaterThan(stroke[3] - stroke[1]);
    }
}
