package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local images resolve inside the library only, remote ones stay offline, links keep only safe schemes. */
class ImageAndLinkRulesTest {

    @TempDir
    Path temp;

    private Path library;
    private Path article;
    private final PageRenderer renderer = new PageRenderer();

    @BeforeEach
    void createLibrary() throws IOException {
        library = Files.createDirectories(temp.resolve("library"));
        Files.createDirectories(library.resolve("posts/pics"));
        Files.createDirectories(library.resolve("images"));
        Files.write(library.resolve("posts/pics/near.png"), new byte[] {1});
        Files.write(library.resolve("images/root.jpg"), new byte[] {1});
        Files.write(library.resolve("posts/空格 图.png"), new byte[] {1});
        Files.write(temp.resolve("secret.png"), new byte[] {1});
        article = library.resolve("posts/a.md");
    }

    private Document render(String markdown) {
        return render(markdown, RenderOptions.defaults(library, article));
    }

    private Document render(String markdown, RenderOptions options) {
        return dom(renderer.render(article("T"), markdown, options));
    }

    private String uri(String relative) {
        return library.resolve(relative).toUri().toString();
    }

    @Test
    void relativeImagesResolveBesideTheArticleThenAtTheRoot() {
        Document page = render("![a](pics/near.png) ![b](/images/root.jpg) ![c](images/root.jpg) "
                + "![d](%E7%A9%BA%E6%A0%BC%20%E5%9B%BE.png) <img src=\"空格 图.png\">");

        assertThat(page.select(".article-body img").eachAttr("src")).containsExactly(uri("posts/pics/near.png"),
                uri("images/root.jpg"), uri("images/root.jpg"), uri("posts/空格 图.png"), uri("posts/空格 图.png"));
    }

    /**
     * Addresses between angle brackets may hold spaces, as CommonMark, Obsidian and GitHub read them: they showed as
     * written, and {@code <S Corp.md>} became an open {@code <s>} that struck through the rest of the note.
     */
    @Test
    void anAddressBetweenAngleBracketsMayHoldSpaces() {
        Document page = render("See [the plan](<A Plan.md>) and [corp](<S Corp.md> \"Corp\") here.\n\n"
                + "This paragraph is normal.\n\n![pic](<空格 图.png>)\n\n`[code](<a b.md>)` and [not](<a\nb.md>)\n");

        Element body = page.selectFirst(".article-body");
        assertThat(body.select("a").eachText()).contains("the plan", "corp");
        assertThat(body.select("a[title=Corp]")).hasSize(1);
        assertThat(body.select("s, strike")).as("no tag made of an address").isEmpty();
        assertThat(body.select("p:contains(This paragraph is normal)").first().parent()).isEqualTo(body);
        assertThat(body.select("img").eachAttr("src")).containsExactly(uri("posts/空格 图.png"));
        assertThat(body.select("code").text()).isEqualTo("[code](<a b.md>)");
    }

    @Test
    void picturesFromAHugoSitesRootAreFoundInItsStaticFolder() throws IOException {
        Path site = Files.createDirectories(library.resolve("hugo-site"));
        Files.writeString(site.resolve("hugo.toml"), "title = 'x'\n");
        Files.createDirectories(site.resolve("content/posts/2024"));
        Files.createDirectories(site.resolve("static/images"));
        Files.write(site.resolve("static/images/cover.png"), new byte[] {1});
        Files.writeString(site.resolve("content/secret.png"), "x");
        Path post = site.resolve("content/posts/2024/nested.md");

        Document page = render("![root](/images/cover.png)\n\n{{< figure src=\"/images/cover.png\" >}}\n\n"
                + "![escape](/images/../../content/secret.png) ![gone](/images/none.png)",
                RenderOptions.defaults(library, post));

        assertThat(page.select(".article-body img").eachAttr("src")).containsExactly(
                uri("hugo-site/static/images/cover.png"), uri("hugo-site/static/images/cover.png"));
        assertThat(page.select(".article-body .img-placeholder .alt").eachText()).containsExactly("escape", "gone");
    }

    @Test
    void picturesFromAHexoSitesRootAreFoundInItsSourceFolder() throws IOException {
        Path site = Files.createDirectories(library.resolve("hexo-site"));
        Files.writeString(site.resolve("_config.yml"), "title: x\n");
        Files.createDirectories(site.resolve("source/_posts"));
        Files.createDirectories(site.resolve("source/images"));
        Files.write(site.resolve("source/images/foo.png"), new byte[] {1});

        Document page = render("![x](/images/foo.png)", RenderOptions.defaults(library, site.resolve("source/_posts/a.md")));

        assertThat(page.select(".article-body img").eachAttr("src")).containsExactly(uri("hexo-site/source/images/foo.png"));
    }

    @Test
    void aPictureNamedAloneInAHexoPostIsFoundInItsAssetFolder() throws IOException {
        Files.createDirectories(library.resolve("posts/a"));
        Files.write(library.resolve("posts/a/diagram.png"), new byte[] {1});
        Files.write(library.resolve("posts/a/spaced name.png"), new byte[] {1});

        Document page = render("![直接引用](diagram.png) ![b](spaced%20name.png) ![near](pics/near.png) "
                + "![up](../a.md) ![gone](none.png)");

        assertThat(page.select(".article-body img").eachAttr("src")).containsExactly(uri("posts/a/diagram.png"),
                uri("posts/a/spaced name.png"), uri("posts/pics/near.png"));
    }

    @Test
    void aHexoPostLinkWithoutWordsShowsThePostsTitle() throws IOException {
        Path site = Files.createDirectories(library.resolve("hexo-site"));
        Files.writeString(site.resolve("_config.yml"), "title: x\n");
        Path posts = Files.createDirectories(site.resolve("source/_posts/2024"));
        Files.writeString(posts.resolve("../hello-world.md"), "---\ntitle: \"Hello World\"\ndate: 2024-01-01\n---\nHi.\n");
        Files.writeString(posts.resolve("../no-title.md"), "---\ndate: 2024-01-01\n---\ntitle: not front matter\n");

        Document page = render("{% post_link hello-world %}, {% post_link hello-world 你好 %}, "
                + "{% post_link no-title %}, {% post_link gone %}", RenderOptions.defaults(library,
                posts.resolve("year-review.md")));

        assertThat(page.select(".article-body a").eachText()).containsExactly("Hello World", "你好", "no-title", "gone");
        assertThat(page.select(".article-body a[class]")).isEmpty();
    }

    @Test
    void imagesOutsideTheLibraryOrMissingBecomePlaceholders() {
        Document page = render("![up](../../secret.png) ![etc](../../../../../../etc/passwd) "
                + "<img src=\"" + temp.resolve("secret.png").toUri() + "\" alt=\"abs\"> ![gone](pics/none.png) "
                + "![bad](%zz.png) <img src=\"a\u0000b.png\" alt=\"nul\">");

        assertThat(page.select(".article-body img")).isEmpty();
        assertThat(page.select(".article-body .img-placeholder .alt").eachText())
                .containsExactly("up", "etc", "abs", "gone", "bad", "nul");
        assertThat(page.html()).doesNotContain(temp.resolve("secret.png").toUri().toString());
    }

    @Test
    void aPictureLinkedToAPictureOfTheLibraryNamesItForTheViewer() {
        Document page = render("[![thumb](pics/near.png)](/images/root.jpg) [![self](pics/near.png)](pics/near.png) "
                + "[![web](pics/near.png)](https://example.com/full.png) [![out](pics/near.png)](../../secret.png) "
                + "[![gone](pics/near.png)](pics/none.png) [![page](pics/near.png)](b.md) "
                + "<img src=\"pics/near.png\" alt=\"forged\" data-lt-full=\"file:///etc/passwd\">");

        assertThat(page.select(".article-body img").eachAttr("data-lt-full")).as("only thumb's and self's")
                .containsExactly(uri("images/root.jpg"), uri("posts/pics/near.png"));
        assertThat(page.select(".article-body img[data-lt-full]").eachAttr("alt")).containsExactly("thumb", "self");
    }

    @Test
    void aPlaceholderShowsTheAltTextWithoutBoldOrCodeMarks() {
        Document page = render("{% Img src=\"image/none.png\", alt=\"The **Console** tab of the `Drawer`, 2*3\" %}\n\n"
                + "<img src=\"none.png\" alt=\"" + "**".repeat(2000) + "\">\n");

        assertThat(page.select(".article-body .img-placeholder .alt").eachText().get(0))
                .isEqualTo("The Console tab of the Drawer, 2*3");
        assertThat(page.select(".article-body .img-placeholder .alt").eachText().get(1)).as("cut at 500").hasSize(501);
    }

    @Test
    void aSymbolicLinkLeavingTheLibraryIsNotFollowed() throws IOException {
        try {
            Files.createSymbolicLink(library.resolve("posts/link.png"), temp.resolve("secret.png"));
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        assertThat(render("![l](link.png)").select(".article-body img")).isEmpty();
    }

    @Test
    void remoteImagesBecomePlaceholdersNamingTheirHost() {
        RenderedPage rendered = renderer.renderPage(article("T"),
                "![云图](https://img.example.com/a.png) <img src=\"//cdn.example.org/b.png\">",
                RenderOptions.defaults(library, article));
        Document page = dom(rendered.html());

        assertThat(rendered.remoteImageCount()).isEqualTo(2);
        assertThat(page.select(".article-body img")).isEmpty();
        Element first = page.selectFirst(".img-placeholder");
        assertThat(first.attr("data-src")).isEqualTo("https://img.example.com/a.png");
        assertThat(first.select(".alt").text()).isEqualTo("云图");
        assertThat(first.select(".host").text()).isEqualTo("img.example.com");
        assertThat(page.select(".img-placeholder .host").eachText()).containsExactly("img.example.com",
                "cdn.example.org");
    }

    @Test
    void iconsAndPicturesInALineOfWordsBecomeAWordHighPlaceholderAndPicturesAloneABox() {
        Document page = render("Open {% Img src=\"https://cdn.example.com/gear.svg\", alt=\"Settings.\", width=\"22\", height=\"22\" %}"
                + " **Settings**.\n\n"
                + "{% Img src=\"https://cdn.example.com/icon.svg\", alt=\"Checkbox.\", width=\"22\", height=\"22\" %}\n\n"
                + "点击 ![按钮](https://cdn.example.com/b.png) 然后 ![](missing.png) 继续\n\n"
                + "![截图](https://cdn.example.com/shot.png) ![截图二](https://cdn.example.com/shot2.png)\n\n"
                + "在证书列表页面：\n![列表](https://cdn.example.com/list.png)\n<small>图片来源：Apple</small>\n\n"
                + "![zk](https://cdn.example.com/zk.png) *Image Credit: O'Reilly*\n\n如下图：![图](https://cdn.example.com/t.png)\n\n"
                + "Before <img src=\"https://cdn.example.com/big.png\" alt=\"Big\" width=\"600\"> after\n\n"
                + "<img src=\"https://cdn.example.com/wide.png\" width=\"800\" height=\"20\">\n\n"
                + "{% Img src=\"https://cdn.example.com/fig.png\", alt=\"Figure\", width=\"900\", height=\"600\" %}\n");

        assertThat(page.select(".article-body .img-placeholder.inline .alt").eachText())
                .containsExactly("Settings.", "Checkbox.", "按钮", "image");
        assertThat(page.select(".article-body .img-placeholder.inline").first().attr("title")).isEqualTo("cdn.example.com");
        assertThat(page.select(".article-body .img-placeholder.inline .host")).isEmpty();
        assertThat(page.select(".article-body .img-placeholder:not(.inline) .alt").eachText())
                .containsExactly("截图", "截图二", "列表", "zk", "图", "Big", "image", "Figure");
        assertThat(page.select(".article-body .img-placeholder:not(.inline) .host").eachText()).hasSize(8);
    }

    @Test
    void dataImagesStayButOtherDataUrlsGo() {
        Document page = render("<img src=\"data:image/png;base64,iVBORw0KGgo=\"> <img src=\"data:text/html,x\">");

        assertThat(page.select(".article-body img").eachAttr("src")).containsExactly("data:image/png;base64,iVBORw0KGgo=");
        assertThat(page.select(".img-placeholder")).hasSize(1);
    }

    @Test
    void linksKeepSafeSchemesAndNoTargets() {
        Document page = render("[a](#part) [b](other.md) [c](../x/y.md#h) [d](https://e.org) [e](mailto:a@b.c) "
                + "[f](javascript:alert(1)) [g](file:///etc/passwd) [h](data:text/html,x) "
                + "<a href=\"JaVa&#x09;Script:alert(1)\" target=\"_blank\">i</a> <a href=\"vbscript:x\">j</a>");

        assertThat(page.select(".article-body a[href]").eachAttr("href"))
                .containsExactly("#part", "other.md", "../x/y.md#h", "https://e.org", "mailto:a@b.c");
        assertThat(page.select(".article-body").text()).contains("f", "g", "h", "i", "j");
        assertThat(page.select("[target]")).isEmpty();
    }
}
