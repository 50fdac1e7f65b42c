package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The card over a link to another article, in a real WebView with the page's JavaScript off. */
@Tag("toolkit")
class LinkCardWebViewTest {

    @TempDir
    Path library;

    @RegisterExtension
    static final FxPage fx = new FxPage();
    private final LinkCardScripts cards = new LinkCardScripts();

    @Test
    void theCardShowsBelowTheLinkWithItsWordsAsTextNeverAsMarkup() throws Exception {
        fx.showRendered(library, "见[另一篇](other.md)。\n");
        double[] link = fx.rectOf("a");
        double x = link[0] + link[2] / 2;
        double y = link[1] + link[3] / 2;
        assertThat(fx.eval(cards.at(x, y))).as("the address as the page holds it").asString().contains("other.md");

        String hostile = "<img src=x onerror=alert(1)> 100% 'quoted' \"double\" \\ \u2028";
        assertThat(fx.eval(cards.showAt(x, y, "Title " + hostile, "", "2024-01-02", "Text " + hostile))).isEqualTo(true);
        assertThat(fx.eval("document.querySelector('#lt-linkcard .lt-card-title').textContent")).isEqualTo("Title " + hostile);
        assertThat(fx.eval("document.querySelector('#lt-linkcard .lt-card-text').textContent")).isEqualTo("Text " + hostile);
        assertThat(fx.eval("document.querySelectorAll('#lt-linkcard img').length")).as("no element from the words")
                .isEqualTo(0);
        double[] card = fx.rectOf("#lt-linkcard");
        assertThat(card[1]).as("just below the link").isBetween(link[1] + link[3], link[1] + link[3] + 12);
        assertThat(card[0] + card[2]).as("within the pane").isLessThanOrEqualTo(FxPage.wholePage()[2]);
        assertThat(fx.eval(cards.at(card[0] + card[2] / 2, card[1] + card[3] / 2))).isEqualTo(LinkCardScripts.OVER_CARD);

        assertThat(fx.eval(cards.showAt(x, y, "Again", "", "", ""))).isEqualTo(true);
        assertThat(fx.eval("document.querySelectorAll('#lt-linkcard').length")).as("one card at a time").isEqualTo(1);
        assertThat(fx.eval("document.querySelectorAll('#lt-linkcard > div').length")).as("no empty lines").isEqualTo(1);
        fx.eval(cards.showAt(x, y, "Title", "Subtitle", "2024-01-02", "Text"));
        assertThat(fx.eval("Array.prototype.map.call(document.querySelectorAll('#lt-linkcard > div'),"
                + "function(d){return d.className+'='+d.textContent;}).join('|')"))
                .isEqualTo("lt-card-title=Title|lt-card-subtitle=Subtitle|lt-card-meta=2024-01-02|lt-card-text=Text");

        fx.eval(cards.showAt(x, y, "Title", "🎞  Slides: 模块化 ☀️", "", ""));
        assertThat(fx.eval("Array.prototype.map.call(document.querySelectorAll('#lt-linkcard .lt-emoji'),"
                + "function(s){return s.textContent;}).join('|')")).as("emoji set in the emoji font, as the page's are")
                .isEqualTo("🎞|☀️");
        assertThat(fx.eval("document.querySelector('#lt-linkcard .lt-card-subtitle').textContent"))
                .isEqualTo("🎞  Slides: 模块化 ☀️");
        assertThat(LinkCardScripts.setsEmoji("Title", "🎞")).isTrue();
        assertThat(LinkCardScripts.setsEmoji("线程池", null, "2024")).isFalse();

        assertThat(fx.eval(cards.hide())).isEqualTo(true);
        assertThat(fx.eval("document.getElementById('lt-linkcard')")).isNull();
        assertThat(fx.eval(cards.hide())).isEqualTo(false);
    }

    @Test
    void inVerticalWritingTheCardStandsBesideTheLinksColumnNotOverIt() throws Exception {
        fx.showRendered(library, "这几篇文章值得一读：先看[七日谈](a.md)，再看[模块加载器](b.md)。\n\n第二段。\n");
        fx.eval("document.documentElement.classList.add('vertical')");
        double[] link = fx.rectOf("a[href*=\"b.md\"]");
        assertThat(link[3]).as("a column: taller than wide").isGreaterThan(link[2]);

        assertThat(fx.eval(cards.showAt(link[0] + link[2] / 2, link[1] + link[3] / 2, "模块加载器", "", "2015-05-25",
                "随着网站逐渐变成「互联网应用程序」。"))).isEqualTo(true);
        double[] card = fx.rectOf("#lt-linkcard");
        assertThat(card[0] + card[2]).as("left of the link's column, where the text goes on").isLessThanOrEqualTo(link[0]);
        assertThat(card[1]).isGreaterThanOrEqualTo(0);
        assertThat(card[1] + card[3]).isLessThanOrEqualTo(FxPage.wholePage()[3]);
        assertThat(fx.eval("getComputedStyle(document.getElementById('lt-linkcard')).writingMode")).as("its words set across")
                .isEqualTo("horizontal-tb");
    }

    @Test
    void noCardWhereNoLinkIs() throws Exception {
        fx.showRendered(library, "Plain words only.\n");
        double[] text = fx.rectOf("p");
        assertThat(fx.eval(cards.at(text[0] + 5, text[1] + text[3] / 2))).isNull();
        assertThat(fx.eval(cards.showAt(text[0] + 5, text[1] + text[3] / 2, "T", "", "", ""))).isEqualTo(false);
        assertThat(fx.eval("document.getElementById('lt-linkcard')")).isNull();
    }
}
