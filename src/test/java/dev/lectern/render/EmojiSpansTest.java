package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which characters of a page are set in the emoji font, which outside the BMP get a box of their own (this WebKit
 * draws a stray box after each), and that the page's text stays as written.
 */
class EmojiSpansTest {

    @TempDir
    Path library;

    private final PageRenderer renderer = new PageRenderer();

    private String render(String title, String markdown) {
        return renderer.render(article(title), markdown, RenderOptions.defaults(library, library.resolve("a.md")));
    }

    @Test
    void emojiRunsWithTheirJoinersAndSymbolsAreSetInTheEmojiFontButNotCjkOutsideTheBmp() {
        String markdown = "## 🚀 特性\n\n- ✅ 完成 ❌ 失败\n- 家庭 👨‍👩‍👧 肤色 👍🏽 旗 🇨🇳 数学 𝒜\n- 🗣️ 合成 🚀🔥 连续\n\n"
                + "𠮷野家 ┌─┐ 表格线 ① 圈号\n\n`code 🎨`\n";
        String html = render("🧠 大脑 ✨", markdown);
        Document page = Jsoup.parse(html);

        assertThat(page.select(".article-body .lt-emoji").eachText()).containsExactly("🚀", "✅", "❌", "👨‍👩‍👧", "👍🏽",
                "🇨🇳", "𝒜", "🗣️", "🚀🔥", "🎨");
        assertThat(page.select(".article-header .lt-emoji").eachText()).containsExactly("🧠", "✨");
        assertThat(page.select(".article-body").text()).contains("𠮷野家 ┌─┐ 表格线 ① 圈号");
        // display only: the text highlights are anchored to is the text without the spans
        assertThat(PageText.of(html)).isEqualTo(PageText.of(html.replaceAll("<span class=\"lt-emoji\">([^<]*)</span>", "$1")));
        assertThat(EmojiFont.neededBy(html)).isTrue();
        assertThat(EmojiFont.neededBy(render("T", "文字 𠮷 ┌─┐\n"))).isFalse();
        assertThat(EmojiFont.neededBy(render("T", "An article's own <span class=\"emoji\">smile</span> class\n")))
                .as("Lectern's classes are its own (lt-)").isFalse();
        assertThat(Jsoup.parse(render("T", "Shortcode :rocket: here\n")).select(".lt-emoji").eachText()).containsExactly("🚀");
    }

    @Test
    void aPageOfNothingButEmojiGetsAtMostItsShareOfSpans() {
        String html = render("T", "😀a".repeat(EmojiSpans.MAX_SPANS + 500) + "\n");

        assertThat(Jsoup.parse(html).select(".lt-emoji")).hasSize(EmojiSpans.MAX_SPANS);
        assertThat(Jsoup.parse(html).select(".article-body").text()).isEqualTo("😀a".repeat(EmojiSpans.MAX_SPANS + 500));
    }

    @Test
    void theFontGoesBesideThePageOnceAndIsAnOutlineFontNamedForTheStylesheet() throws Exception {
        EmojiFont.copyInto(library);
        Path font = library.resolve(EmojiFont.FILE_NAME);
        long size = Files.size(font);
        EmojiFont.copyInto(library);

        assertThat(size).isGreaterThan(100_000);
        assertThat(Files.size(font)).isEqualTo(size);
        assertThat(new String(Files.readAllBytes(font), java.nio.charset.StandardCharsets.UTF_16BE)).contains("Lectern Emoji");
        assertThat(render("T", "🚀\n")).contains("font-family: \"Lectern Emoji\"", "url(\"" + EmojiFont.FILE_NAME + "\")");

        java.nio.file.attribute.FileTime copied = Files.getLastModifiedTime(font);
        assertThat(EmojiFont.copyInto(library)).isEqualTo(font);
        assertThat(Files.getLastModifiedTime(font)).as("the same font is not copied again").isEqualTo(copied);
        Files.writeString(font, "an older Lectern's font");
        EmojiFont.copyInto(library);
        assertThat(Files.size(font)).as("a different copy is replaced").isEqualTo(size);
    }

    @Test
    void eachCjkCharacterOutsideTheBmpAndEachVariationSequenceGetsItsOwnSpanButEmojiDoNot() {
        String markdown = "# 𠮷野家の牛丼\n\n𠮷野家で𩸽を食べた，𠮶𠮶声。葛󠄀城市 😀 𝒜 and &#x20BB7; too\n\n"
                + "`var 𠀋 = 1` 𐌰𐌱\n";
        String html = render("𠮷野家と𩸽", markdown);
        Document page = Jsoup.parse(html);

        assertThat(page.select(".article-body .lt-astral").eachText()).containsExactly("𠮷", "𠮷", "𩸽", "𠮶", "𠮶",
                "葛󠄀", "𠮷", "𠀋", "𐌰", "𐌱");
        assertThat(page.select(".article-header .lt-astral").eachText()).containsExactly("𠮷", "𩸽");
        assertThat(page.select(".lt-emoji").eachText()).containsExactly("😀", "𝒜");
        assertThat(page.select(".lt-emoji .lt-astral, .lt-astral .lt-emoji")).isEmpty();
        assertThat(page.select(".article-body").text()).contains("𠮷野家で𩸽を食べた，𠮶𠮶声。葛󠄀城市 😀 𝒜 and 𠮷 too");
        // display only: the text highlights are anchored to is the text without the spans
        assertThat(PageText.of(html))
                .isEqualTo(PageText.of(html.replaceAll("<span class=\"lt-astral\">([^<]*)</span>", "$1")));
    }

    @Test
    void pagesWithoutThemAreLeftAsTheyWereAndAPageOfNothingElseGetsAtMostItsShare() {
        assertThat(Jsoup.parse(render("吉野家", "吉野家で食べた ┌─┐ ① 😀 &#x4E00;\n")).select(".lt-astral")).isEmpty();

        String html = render("T", "𠮷".repeat(AstralSpans.MAX_SPANS + 500) + "\n");
        assertThat(Jsoup.parse(html).select(".lt-astral")).hasSize(AstralSpans.MAX_SPANS);
        assertThat(Jsoup.parse(html).select(".article-body").text()).isEqualTo("𠮷".repeat(AstralSpans.MAX_SPANS + 500));
    }
}
