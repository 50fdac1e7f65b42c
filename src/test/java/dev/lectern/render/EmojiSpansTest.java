package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which characters of a page are set in the emoji font, and that the page's text stays as written. */
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
    }
}
