package dev.lectern.render;

import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's language, which picks Chinese or Japanese glyphs, comes from the article or from its script. */
class LanguageTest {

    private final PageRenderer renderer = new PageRenderer();
    private final Path root = Path.of("/library");

    private String lang(String declared, String markdown) {
        Article article = new Article(new ArticleId("a.md"), "T", null, null, List.of(), List.of(), List.of(), null,
                false, declared, List.of(), 0, 0);
        RenderedPage page = renderer.renderPage(article, markdown, RenderOptions.defaults(root, root.resolve("a.md")));
        assertThat(dom(page.html()).selectFirst("html").attr("lang")).isEqualTo(page.lang());
        return page.lang();
    }

    @Test
    void chineseTextIsSimplifiedChinese() {
        assertThat(lang(null, "这是一篇关于云计算的文章，介绍 AWS 的服务。")).isEqualTo("zh-CN");
    }

    @Test
    void chineseWrittenInTraditionalCharactersIsTraditionalChinese() {
        // a Taiwan blog without lang: set in Simplified fonts, its 。 in the corner rather than centred
        assertThat(lang(null, "這是一篇關於雲端運算的文章，介紹我們常用的服務與開發工具。")).isEqualTo("zh-Hant");
        assertThat(lang(null, "这是一篇文章，引用了一句「這是繁體」的原话，我们继续说简体。")).as("a quotation").isEqualTo("zh-CN");
        assertThat(lang(null, "中文文章的名字")).as("characters both scripts write").isEqualTo("zh-CN");
        assertThat(lang(null, "我們這個週末去爬山峰，回來就躺在床上，吃著粽子，在秘密的群組裡抬頭聊天。"))
                .as("Taiwan's own forms of 峰, 床, 群 are no Simplified").isEqualTo("zh-Hant");
    }

    @Test
    void kanaMakesJapanese() {
        assertThat(lang(null, "これはクラウドについての記事です。高性能なインスタンスへの対応。")).isEqualTo("ja");
    }

    @Test
    void chineseNotesQuotingAFewJapaneseWordsStayChinese() {
        assertThat(lang(null, TestArticles.seed("reinvent-2019-notes.md"))).isEqualTo("zh-CN");
    }

    @Test
    void anEnglishPostWithAFewJapaneseWordsStaysEnglish() {
        // as corpus B's English Chrome posts on keyboard events and RegExp features, three of which were guessed Japanese
        assertThat(lang(null, ("The keys Hiragana (ひらがな) and Katakana (カタカナ) switch the input mode of a Japanese "
                + "keyboard, and the browser reports them with the names that the specification gives them, whatever "
                + "the layout of the keyboard and the language of the system happen to be. ").repeat(4))).isEqualTo("en");
    }

    @Test
    void koreanWithAJapaneseSentenceAShortNoteOrManyHanjaIsKorean() {
        // the tester's 한일 번역 메모: 43 Hangul, 6 kana, 21 Han; guessed ja, its Korean broke between syllables
        assertThat(lang(null, "日本語の「勉強」は韓国語で「공부(工夫)」と言う。한국어의 공부는 한자로 工夫라고 쓴다. "
                + "東京에서 서울까지 비행기로 두 시간 걸린다.")).isEqualTo("ko");
        assertThat(lang(null, "오늘은 비가 왔다. 우산을 챙겼다.")).as("a short note, 12 syllables").isEqualTo("ko");
        assertThat(lang(null, "大韓民國은 民主共和國이다. 大韓民國의 主權은 國民에게 있고, 모든 權力은 國民으로부터 나온다."))
                .as("Korean mixed with Hanja").isEqualTo("ko");
    }

    @Test
    void koreanIsReadAtAKoreanRateNotAtTheRateOfChineseCharacters() {
        String sentence = "서울특별시에서 부산광역시까지 고속철도로 두 시간 반이 걸린다. "; // 27 syllables
        Article article = new Article(new ArticleId("a.md"), "T", null, null, List.of(), List.of(), List.of(), null,
                false, null, List.of(), 0, 0);
        RenderedPage korean = renderer.renderPage(article, sentence.repeat(667),
                RenderOptions.defaults(root, root.resolve("a.md")));
        RenderedPage chinese = renderer.renderPage(article, "从首尔到釜山乘坐高速铁路需要两个半小时，沿途风景很美。".repeat(720),
                RenderOptions.defaults(root, root.resolve("a.md")));

        // 18,009 syllables: 45 minutes at Chinese's 400 characters a minute, 30 at 600 syllables
        assertThat(dom(korean.html()).selectFirst(".reading-time").attr("data-minutes")).isEqualTo("30");
        assertThat(dom(chinese.html()).selectFirst(".reading-time").attr("data-minutes")).as("unchanged").isEqualTo("45");
    }

    @Test
    void chineseOrJapaneseQuotingAKoreanWordStaysAsItWas() {
        assertThat(lang(null, "韩国的「김치」是一种发酵食品，由白菜、辣椒粉和大蒜制成，几乎每顿饭都会吃。")).isEqualTo("zh-CN");
        assertThat(lang(null, "韓国語で「사랑」は愛という意味です。ひらがなで書くとサランになります。")).isEqualTo("ja");
        assertThat(lang(null, "In Seoul we ate 김치 every day, and the rest of this post is about the trains.")).isEqualTo("en");
    }

    @Test
    void latinTextIsEnglish() {
        assertThat(lang(null, "An article about the cloud, with one word 云.")).isEqualTo("en");
    }

    @Test
    void theArticlesOwnLanguageWins() {
        assertThat(lang("ja", "这是中文")).isEqualTo("ja");
        assertThat(lang("zh", "text")).isEqualTo("zh-CN");
    }

    @Test
    void cjkPagesGetTheCjkTypography() {
        Article article = new Article(new ArticleId("a.md"), "T", null, null, List.of(), List.of(), List.of(), null,
                false, null, List.of(), 0, 0);
        RenderOptions options = RenderOptions.defaults(root, root.resolve("a.md"));

        assertThat(dom(renderer.render(article, "中文内容", options)).selectFirst("html").classNames()).contains("cjk");
        assertThat(dom(renderer.render(article, "English", options)).selectFirst("html").classNames())
                .contains("latin");
    }
}
