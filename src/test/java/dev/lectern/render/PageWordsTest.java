package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words the renderer writes itself (reading time, source, image placeholders) are the ones it was given. */
class PageWordsTest {

    private static final PageWords CHINESE = new PageWords("预计阅读 {0} 分钟", "来源：{0}", "图片", "未找到", "已拦截");
    private static final String MARKDOWN = "Source: https://example.com/post\n\n正文。\n\n![](missing.png)\n\n"
            + "![](file:///etc/passwd)\n\n![远程](https://img.example.com/a.png)\n";

    @TempDir
    Path library;

    private Document render(PageRenderer renderer) {
        return dom(renderer.render(article("标题"), MARKDOWN, RenderOptions.defaults(library, library.resolve("a.md"))));
    }

    /** Each placeholder's name and note, as "name | note". */
    private static java.util.List<String> placeholders(Document page) {
        return page.select(".img-placeholder").stream()
                .map(p -> p.select(".alt").text() + " | " + p.select(".host").text()).toList();
    }

    @Test
    void aPageSpeaksTheLanguageOfItsWords() {
        Document page = render(new PageRenderer(CHINESE));
        assertThat(page.select(".reading-time").text()).isEqualTo("预计阅读 1 分钟");
        assertThat(page.select(".article-source").text()).isEqualTo("来源：example.com");
        assertThat(page.select(".article-source a").attr("href")).isEqualTo("https://example.com/post");
        assertThat(placeholders(page))
                .containsExactly("图片 | 未找到", "图片 | 已拦截", "远程 | img.example.com");
    }

    @Test
    void withoutWordsThePageIsInEnglish() {
        Document page = render(new PageRenderer());
        assertThat(page.select(".reading-time").text()).isEqualTo("1 min read");
        assertThat(page.select(".article-source").text()).isEqualTo("Source: example.com");
        assertThat(placeholders(page)).containsExactly("image | not found", "image | blocked",
                "远程 | img.example.com");
    }

    @Test
    void theWordsWrittenForPicturesAndVideosAreNoPartOfTheArticlesTextInEitherLanguage() {
        // a highlight below a missing picture was anchored past "not found", and moved when read in Chinese
        String markdown = "前面的字\n\n![](missing.png)\n\n![](https://img.example.com/b.png)\n\n"
                + "<video src=\"clip.mp4\"></video>\n\n<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n\n后面的字\n";
        RenderOptions options = RenderOptions.defaults(library, library.resolve("a.md"));
        PageWords chineseMedia = new PageWords("预计阅读 {0} 分钟", "来源：{0}", "图片", "未找到", "已拦截", "复制代码", "图表",
                "视频", "音频", "网页");
        String english = new PageRenderer().render(article("标题"), markdown, options);
        String chinese = new PageRenderer(chineseMedia).render(article("标题"), markdown, options);

        assertThat(PageText.of(english)).isEqualTo(PageText.of(chinese)).contains("前面的字", "后面的字", "youtube.com/embed/x")
                .doesNotContain("not found", "未找到", "image", "图片", "Video", "视频");
        assertThat(dom(chinese).select(".img-placeholder").text()).as("still shown").contains("图片", "未找到");
    }

    @Test
    void wordsAreEscapedAsText() {
        PageWords odd = new PageWords("<b>{0}</b> min", "Source & {0}", "<img>", "not found", "blocked");
        Document page = render(new PageRenderer(odd));
        assertThat(page.select(".reading-time").text()).isEqualTo("<b>1</b> min");
        assertThat(page.select(".reading-time b")).isEmpty();
        assertThat(page.select(".article-source").text()).isEqualTo("Source & example.com");
    }
}
