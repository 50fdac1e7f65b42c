package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void aLineBreakBetweenTwoCjkCharactersJoinsThemAsTheBrowserShowsThem() {
        assertThat(BodyText.plain("线程\n池")).isEqualTo("线程池");
        assertThat(BodyText.plain("コンテ \t\n  ナ")).isEqualTo("コンテナ");
        assertThat(BodyText.plain("データー\nベース")).isEqualTo("データーベース");
        assertThat(BodyText.plain("一\n二\n三")).isEqualTo("一二三");
        assertThat(BodyText.plain("\uD840\uDC0B\n字")).as("a supplementary Han character").isEqualTo("\uD840\uDC0B字");
    }

    @Test
    void otherLineBreaksStayWordBreaks() {
        assertThat(BodyText.plain("线程\n\n池")).isEqualTo("线程 池");
        assertThat(BodyText.plain("线程\nPool")).isEqualTo("线程 Pool");
        assertThat(BodyText.plain("thread\npool")).isEqualTo("thread pool");
        assertThat(BodyText.plain("线程。\n池")).as("CJK punctuation joins lines, as on the page").isEqualTo("线程。池");
    }

    @Test
    void dropsMarkdownSyntaxButKeepsVisibleText() {
        assertThat(BodyText.plain("# 标题\n\n- **粗体** and [链接](http://x) ![图](a.png)\n<b>html</b>\n{% Aside %}注意{% endAside %}"))
                .isEqualTo("标题 粗体 and 链接 图 html 注意");
        assertThat(BodyText.plain(null)).isEmpty();
    }
}
