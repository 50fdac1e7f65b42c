package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aLineBreakBetweenTwoCjkCharactersJoinsThemAsTheBrowserShowsThem() {
        assertThat(PlainText.body("线程\n池")).isEqualTo("线程池");
        assertThat(PlainText.body("コンテ \t\n  ナ")).isEqualTo("コンテナ");
        assertThat(PlainText.body("データー\nベース")).isEqualTo("データーベース");
        assertThat(PlainText.body("一\n二\n三")).isEqualTo("一二三");
        assertThat(PlainText.body("\uD840\uDC0B\n字")).as("a supplementary Han character").isEqualTo("\uD840\uDC0B字");
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
    void dropsMarkdownSyntaxButKeepsVisibleText() {
        assertThat(PlainText.body("# 标题\n\n- **粗体** and [链接](http://x) ![图](a.png)\n<b>html</b>\n{% Aside %}注意{% endAside %}"))
                .isEqualTo("标题 粗体 and 链接 图 html 注意");
        assertThat(PlainText.body(null)).isEmpty();
    }
}
