package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Notes written one item per line keep their lines; prose wrapped at a column flows. */
class LineBreakHeuristicTest {

    private final PageRenderer renderer = new PageRenderer();
    private final Path root = Path.of("/library");

    private boolean kept(String markdown) {
        return renderer.renderPage(article("T"), markdown, RenderOptions.defaults(root, root.resolve("a.md")))
                .lineBreaksKept();
    }

    @Test
    void shortChineseLinesAreItems() {
        assertThat(kept("会议笔记\n印象\n关键词 blast radius\n感觉很累\n\n午餐\n自助餐\n外带\n")).isTrue();
    }

    @Test
    void fictionWhoseLinesOpenWithAnIndentOrAQuoteKeepsEachLineAsTheNovelSitesDo() {
        assertThat(kept("""
                　放課後の教室には、もう誰も残っていなかった。夕陽が窓から差し込んで、机の影を長く伸ばしていた。
                　窓の外では、野球部の掛け声がまだ聞こえている。

                「はい。……少し、考え事をしていて」
                「考え事？　お前がか!?」
                """)).isTrue();
        assertThat(kept("线程池的核心参数有三个，分别是核心线程数、最大线程数和队列。其中最容易被误解的是\n"
                + "「最大线程数」：只有队列满了以后才会创建新的线程。\n")).as("a quote that wrapping put at a line's start")
                .isFalse();
    }

    @Test
    void englishWrappedAtAColumnFlows() {
        assertThat(kept("""
                A cookie is a small piece of textual data that websites can store on a user's browser.
                Cookies can be used by a website to save information associated with a user
                (or a reference to data stored on the website's backend servers) as the user
                moves across the web.

                For example, an online store can retain shopping cart details even if a user is
                not logged in, or the site could record the user's browsing activity on their
                site. See [First-party cookie](#first-party-cookie) and
                [Third-party cookie](#third-party-cookie).
                """)).isFalse();
    }

    @Test
    void englishOneSentencePerLineFlows() {
        assertThat(kept("One sentence.\nAnother one.\nA third sentence here.\nAnd a last one.\n")).isFalse();
    }

    @Test
    void chineseWrappedAtAColumnFlows() {
        String line = "这是一段被编辑器按照固定宽度折行的中文段落内容，每一行的宽度几乎相同。";
        assertThat(kept(line + "\n" + line + "\n" + line + "\n" + line + "\n短尾。\n")).isFalse();
    }

    @Test
    void aPageOfOneLineCalloutsFlows() {
        // each callout's marker line and its one line of text made a two-line paragraph, "one item per line"
        assertThat(kept("""
                # 提示框

                > [!NOTE]
                > 这是 GitHub 的提示框：重要的补充说明。

                > [!WARNING]
                > Don't run rm -rf on a production host.

                > [!tip]- 折叠的小技巧 (Obsidian)
                > 折叠起来的内容。

                > [!CAUTION]
                > 这个接口还在实验阶段。

                欧拉恒等式把五个常数连在一起。
                """)).isFalse();
        assertThat(kept("> [!NOTE]\n> 会议笔记\n> 印象\n> 关键词\n> 感觉很累\n")).as("notes inside a callout are still notes")
                .isTrue();
    }

    @Test
    void singleLineParagraphsFlow() {
        assertThat(kept("第一段。\n\n第二段。\n\n第三段。\n\n第四段。\n")).isFalse();
    }
}
