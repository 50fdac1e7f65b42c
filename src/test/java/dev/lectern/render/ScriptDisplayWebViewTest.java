package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.search.ShownText;
import dev.lectern.search.TextMatches;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page in another script or with furigana, in a real WebView: highlights, selections and find marks keep the
 * source text's offsets, and land on (or give back) the converted words the reader sees.
 */
@Tag("toolkit")
class ScriptDisplayWebViewTest {

    private static final String CHINESE = "# 标题\n\n我们的线程池的内存很大，后面再说。这是一个**重要**的句子。\n";
    private static final String JAPANESE = "# 題\n\n日本語を読むのは楽しいです。\n\n<ruby>漢字<rt>かんじ</rt></ruby>の本。\n";

    @TempDir
    Path library;

    private final AnnotationScripts scripts = new AnnotationScripts();
    @RegisterExtension
    static final FxPage fx = new FxPage();

    private String show(String markdown, Script script, Furigana furigana) throws Exception {
        RenderOptions options = RenderOptions.defaults(library, library.resolve("a.md")).withScript(script)
                .withFurigana(furigana);
        return fx.showRendered(library, markdown, options);
    }

    private String sourceText(String markdown) {
        return PageText.of(new PageRenderer().render(TestArticles.article("T"), markdown,
                RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    @Test
    void koreanLinesBreakOnlyBetweenWords() throws Exception {
        String words = "Looker Studio는 Chrome UX Report(CrUX)와 같은 빅 데이터 소스를 기반으로 대시보드를 구축할 수 있는 "
                + "강력한 데이터 시각화 도구입니다. 이 가이드에서는 출처의 사용자 환경을 추적하기 위해 고유한 사용자 지정 "
                + "CrUX Dashboard를 만드는 방법에 대해 알아봅니다. ";
        fx.showRendered(library, "# 제목\n\n" + words.repeat(4) + "\n");

        // each word's characters lie on one line: a range over a word split by a line end has two boxes
        Object split = fx.eval("(function(){var p=document.querySelector('.article-body p');var w=document.createTreeWalker(p,"
                + "NodeFilter.SHOW_TEXT),n,split=[];while((n=w.nextNode())){var re=/\\S+/g,m;while((m=re.exec(n.data))){"
                + "var r=document.createRange();r.setStart(n,m.index);r.setEnd(n,m.index+m[0].length);"
                + "var tops={};var rs=r.getClientRects();for(var i=0;i<rs.length;i++){tops[Math.round(rs[i].top)]=1;}"
                + "if(Object.keys(tops).length>1){split.push(m[0]);}}}return split.join(' ');})()");
        assertThat(fx.eval("document.querySelector('.article-body p').getClientRects()[0].height"))
                .as("several lines").matches(h -> ((Number) h).doubleValue() > 200);
        assertThat(split).as("words broken across lines").isEqualTo("");
    }

    @Test
    void koreanEmphasisTakesDotsOverTheSyllablesAsKoreanBooksSetThemNotChinesesUnderTheLine() throws Exception {
        String position = "(function(){var s=getComputedStyle(document.querySelector('.article-body em'));"
                + "return s.getPropertyValue('-webkit-text-emphasis-style')+' '"
                + "+s.getPropertyValue('-webkit-text-emphasis-position');})()";
        fx.showRendered(library, "# 제목\n\n서울에서 보낸 사흘 동안 *익선동 한옥 카페*는 생각보다 조용했다. ***굵고 기울인 글씨***\n");
        // 드러냄표: this WebKit draws CJK fonts upright even in italic, so the dots are the emphasis there is
        assertThat(fx.eval(position)).as("Korean").isEqualTo("dot over");

        fx.showRendered(library, CHINESE.replace("**重要**", "*重要*"));
        assertThat(fx.eval("getComputedStyle(document.querySelector('.article-body em')).backgroundImage"))
                .as("Chinese keeps its 着重号, painted under the line (ReadingLookWebViewTest)").asString()
                .contains("radial-gradient");
    }

    @Test
    void aHighlightSavedOnTheSourceAfterLongerPhrasesShowsOnTheConvertedWords() throws Exception {
        String html = show(CHINESE, Script.TAIWAN, Furigana.OFF);
        String source = sourceText(CHINESE);
        assertThat(fx.eval(scripts.text())).isEqualTo(source).isEqualTo(PageText.of(html));

        int after = source.indexOf("后面再说");
        assertThat(fx.eval(scripts.show("h-1", "yellow", after, after + 4))).isEqualTo(true);
        assertThat(fx.eval(scripts.quoteOf("h-1"))).isEqualTo("後面再說");

        int phrase = source.indexOf("线程池的内存");
        assertThat(fx.eval(scripts.show("h-2", "green", phrase, phrase + 6))).isEqualTo(true);
        assertThat(fx.eval(scripts.quoteOf("h-2"))).isEqualTo("執行緒池的記憶體");

        int inside = source.indexOf("程池");
        fx.eval(scripts.show("h-3", "blue", inside, inside + 2));
        assertThat(fx.eval(scripts.quoteOf("h-3"))).as("a start inside a longer phrase takes in the whole phrase")
                .isEqualTo("執行緒池");
    }

    @Test
    void aSelectionOnTheConvertedPageGivesTheSourceAnchorAndTheWordsShown() throws Exception {
        show(CHINESE, Script.TAIWAN, Furigana.OFF);
        String source = sourceText(CHINESE);
        selectShown("執行緒池的記憶體");
        String json = (String) fx.eval(scripts.selection());
        int start = source.indexOf("线程池的内存");
        assertThat(json).contains("\"start\":" + start, "\"end\":" + (start + 6), "\"shown\":\"執行緒池的記憶體\"");

        selectShown("再說");
        int again = source.indexOf("再说");
        assertThat((String) fx.eval(scripts.selection())).contains("\"start\":" + again, "\"end\":" + (again + 2));
    }

    @Test
    void aSelectionOnTheConvertedPageGivesItsHeadingInTheSourceScriptLikeItsQuote() throws Exception {
        // the heading was taken as shown (第一章 執行緒池) beside a quote in the source: the two scripts mixed in the file
        String markdown = "# 第一章 线程池\n\n我们的内存很大。\n";
        show(markdown, Script.TAIWAN, Furigana.OFF);
        assertThat(fx.eval("document.querySelector('.article-body h1').textContent")).asString().contains("執行緒池");

        selectShown("記憶體");
        assertThat((String) fx.eval(scripts.selection())).contains("\"heading\":\"第一章 线程池\"");
    }

    @Test
    void findMarksInSourceOffsetsLandOnTheConvertedWords() throws Exception {
        show(CHINESE, Script.TAIWAN, Furigana.OFF);
        String source = sourceText(CHINESE);
        int at = source.indexOf("内存");
        assertThat(fx.eval(scripts.find(java.util.List.of(new int[] {at, at + 2})))).isEqualTo(1);
        assertThat(fx.eval("window.lectern.usesHighlightApi() ? CSS.highlights.get('lectern-find').values().next()"
                + ".value.toString() : ''")).isIn("記憶體", "");
    }

    @Test
    void findTypedAsTheConvertedPageShowsItMarksTheWordsShown() throws Exception {
        String markdown = "# 天气\n\n冬天空气很干燥，线程池的内存很大。后面再说。\n";
        show(markdown, Script.TAIWAN, Furigana.OFF);
        String source = sourceText(markdown);
        ShownText shown = ShownText.of((String) fx.eval(scripts.shown() + ".text"), (String) fx.eval(scripts.shown() + ".runs"));
        assertThat(shown.text()).contains("乾燥", "執行緒池的記憶體", "後面再說");

        // Ctrl+F 乾燥: no converter turns it back into 干燥 (乾 is a simplified character too), the page shows it
        assertFound("乾燥", source, shown, "干燥", "乾燥");
        assertFound("行緒池", source, shown, "线程池", "執行緒池");
        assertFound("記憶體", source, shown, "内存", "記憶體");
        assertFound("再說", source, shown, "再说", "再說");
        assertThat(TextMatches.ofLiteral("燥，", source, shown)).hasSize(1);
        assertThat(TextMatches.ofLiteral("乾燥池", source, shown)).isEmpty();
    }

    /** Finds a typed text once on the page: the source it marks, and what the page shows marked. */
    private void assertFound(String typed, String source, ShownText shown, String inSource, String onScreen) throws Exception {
        java.util.List<int[]> spans = TextMatches.ofLiteral(typed, source, shown);
        assertThat(spans).as(typed).hasSize(1);
        assertThat(source.substring(spans.get(0)[0], spans.get(0)[1])).as(typed).isEqualTo(inSource);
        assertThat(fx.eval(scripts.find(spans))).isEqualTo(1);
        assertThat(fx.eval("window.lectern.usesHighlightApi() ? CSS.highlights.get('lectern-find').values().next()"
                + ".value.toString() : ''")).as(typed).isIn(onScreen, "");
    }

    @Test
    void aPageShownAsWrittenHasNoSeparateShownText() throws Exception {
        show(CHINESE, Script.AS_WRITTEN, Furigana.OFF);
        assertThat(fx.eval(scripts.shown())).isNull();
    }

    @Test
    void furiganaReadingsStayOutOfTheTextSelectionsAndQuotes() throws Exception {
        String html = show(JAPANESE, Script.AS_WRITTEN, Furigana.ALL);
        assertThat(html).contains("lt-furi");
        String source = sourceText(JAPANESE);
        assertThat(fx.eval(scripts.text())).isEqualTo(source).asString().contains("かんじ").doesNotContain("にほんご");

        selectShown("日本語にほんごを読よむ");
        int start = source.indexOf("日本語を読む");
        assertThat((String) fx.eval(scripts.selection()))
                .contains("\"start\":" + start, "\"end\":" + (start + 6), "\"shown\":\"日本語を読む\"");
        int fun = source.indexOf("楽しい");
        fx.eval(scripts.show("h-1", "yellow", fun, fun + 3));
        assertThat(fx.eval(scripts.quoteOf("h-1"))).isEqualTo("楽しい");
    }

    @Test
    void highlightsAndFindMarksArePaintedOnTheKanjiUnderReadingsNotOnlyOnTheReadings() throws Exception {
        // this WebKit painted a CSS highlight over ruby on the readings and never on the base: 吾輩は猫で lit わがはい
        // and は, a find of one kanji showed nothing; the author's own ruby (漢字) was left bare the same way
        String markdown = "吾輩は猫である。名前はまだ無い。\n\n<ruby>漢字<rt>かんじ</rt></ruby>の本を書く。\n";
        for (boolean vertical : new boolean[] {false, true}) {
            RenderOptions options = RenderOptions.defaults(library, library.resolve("a.md")).withFurigana(Furigana.ALL)
                    .withVertical(vertical);
            fx.showRendered(library, markdown, options);
            String source = sourceText(markdown);
            int start = source.indexOf("吾輩は猫で");
            fx.eval(scripts.show("h-1", "yellow", start, start + 5));
            int author = source.indexOf("漢字");
            fx.eval(scripts.show("h-2", "yellow", author, author + 2));
            int write = source.indexOf("書");
            fx.eval(scripts.find(java.util.List.of(new int[] {write, write + 1})));

            for (String base : new String[] {"吾輩", "猫", "漢字", "書"}) {
                double[] rect = baseRect(base);
                int area = (int) (rect[2] * rect[3]);
                assertThat(fx.awaitPixels(ScriptDisplayWebViewTest::yellow, rect, area / 3))
                        .as("yellow pixels on the base " + base + (vertical ? ", vertical" : "")).isGreaterThanOrEqualTo(area / 3);
            }
        }
    }

    /** Whether a colour (0xRRGGBB) is a yellow highlight's or find mark's over the light page. */
    private static boolean yellow(int rgb) {
        int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return r > 200 && g > 180 && r - b > 60;
    }

    /** The CSS rectangle [x, y, width, height] of the first text the page shows as these words, outside any rt. */
    private static double[] baseRect(String words) throws Exception {
        String[] box = ((String) fx.eval("(function(q){var w=document.createTreeWalker(document.querySelector("
                + "'.article-body'),NodeFilter.SHOW_TEXT,null,false);var ns=[],n,all='';while((n=w.nextNode())){"
                + "if(n.parentNode.closest('rt')){continue;}ns.push([n,all.length]);all+=n.nodeValue;}"
                + "var s=all.indexOf(q),e=s+q.length,l=1e9,t=1e9,r=-1e9,b=-1e9;"
                + "for(var i=0;i<ns.length;i++){var from=Math.max(s,ns[i][1]),to=Math.min(e,ns[i][1]+ns[i][0].nodeValue.length);"
                + "if(from>=to){continue;}var g=document.createRange();g.setStart(ns[i][0],from-ns[i][1]);"
                + "g.setEnd(ns[i][0],to-ns[i][1]);var k=g.getBoundingClientRect();l=Math.min(l,k.left);t=Math.min(t,k.top);"
                + "r=Math.max(r,k.right);b=Math.max(b,k.bottom);}return l+','+t+','+(r-l)+','+(b-t);})("
                + ReaderScripts.literal(words) + ")")).split(",");
        return new double[] {Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2]),
            Double.parseDouble(box[3])};
    }

    /** Selects a passage by the text the page shows (every text node, readings included). */
    private void selectShown(String shown) throws Exception {
        fx.eval("(function(q){var w=document.createTreeWalker(document.querySelector('.article-body'),"
                + "NodeFilter.SHOW_TEXT,null,false);var ns=[],n,all='';while((n=w.nextNode())){ns.push([n,all.length]);"
                + "all+=n.nodeValue;}var s=all.indexOf(q),e=s+q.length,r=document.createRange();"
                + "for(var i=0;i<ns.length;i++){var t=ns[i][1],l=ns[i][0].nodeValue.length;"
                + "if(s>=t&&s<t+l){r.setStart(ns[i][0],s-t);}if(e>t&&e<=t+l){r.setEnd(ns[i][0],e-t);}}"
                + "var sel=window.getSelection();sel.removeAllRanges();sel.addRange(r);})("
                + ReaderScripts.literal(shown) + ")");
    }
}
