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
