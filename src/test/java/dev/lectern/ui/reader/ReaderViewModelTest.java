package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.Heading;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedPage;
import dev.lectern.render.Theme;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading pane's model with its rendering run in place: the page the reader would see, and their choices. */
class ReaderViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;
    private final ArticleReader articles = new ArticleReader();
    private final ReadingMemory memory = new ReadingMemory();
    private final ReaderViewModel reader = new ReaderViewModel(articles, new PageRenderer(), NOW, NOW, memory);

    private Article write(String name, String text) throws IOException {
        return articles.read(root, Files.writeString(root.resolve(name), text));
    }

    @Test
    void aPostMadeOfTemplatesTheArchiveLacksSaysSoRatherThanShowingABlankPage() throws IOException {
        // Hux's upgrading-eleme-to-pwa post is two {% include %}s through markdownify: its page was blank, unexplained
        Article article = write("pwa.md", "---\ntitle: PWA\n---\n{% capture post %}\n{% include posts/pwa/zh.md %}\n"
                + "{% endcapture %}\n{{ post | markdownify }}\n");
        reader.show(root, article);
        assertThat(reader.noticeProperty().get()).contains("template tags");

        reader.show(root, write("tags.md", "---\ntitle: Tags\n---\nWords, and {% raw %}{{ a }}{% endraw %} in them.\n"));
        assertThat(reader.noticeProperty().get()).as("a page with words of its own").isNull();
    }

    @Test
    void showingAnArticleRendersItsPageWithTheOutlineAndNoNotice() throws IOException {
        Article article = write("pool.md", "---\ntitle: 线程池\n---\n## 第一节\n\n线程池的**正文**。\n\n## Second\n\nMore.\n");

        reader.show(root, article);

        RenderedPage page = reader.pageProperty().get();
        assertThat(reader.articleProperty().get()).isEqualTo(article);
        assertThat(page.html()).contains("<strong>正文</strong>");
        assertThat(page.outline()).extracting(Heading::text).containsExactly("第一节", "Second");
        assertThat(reader.noticeProperty().get()).isNull();
        assertThat(reader.cutProperty().get()).isFalse();

        reader.show(root, null);
        assertThat(reader.pageProperty().get()).isNull();
    }

    @Test
    void aVerticalPageLongerThanTheUprightCharactersItSetsSaysSo() throws IOException {
        Article shortOne = write("short.md", "---\ntitle: 短\n---\n" + "荷塘月色。\n\n".repeat(100));
        Article longOne = write("long.md", "---\ntitle: 长\n---\n" + "曲曲折折的荷塘上面，弥望的是田田的叶子。\n\n".repeat(4_000));
        for (Article article : List.of(shortOne, longOne)) {
            reader.show(root, article);
            reader.toggleVertical();
        }
        reader.show(root, shortOne);
        assertThat(reader.noticeProperty().get()).isNull();

        reader.show(root, longOne);

        assertThat(reader.pageProperty().get().partlyUpright()).isTrue();
        assertThat(reader.noticeProperty().get()).contains("60,000", "upright");
    }

    @Test
    void aFileRemovedSinceTheScanGivesAPageThatSaysItCouldNotBeRead() throws IOException {
        Article article = write("gone.md", "# Gone soon\n");
        Files.delete(root.resolve("gone.md"));

        reader.show(root, article);

        assertThat(reader.noticeProperty().get()).isNotBlank();
        assertThat(reader.pageProperty().get().html()).contains("NoSuchFileException");
    }

    @Test
    void keepingLineBreaksIsRememberedForThatArticleAndRendersAgain() throws IOException {
        Article article = write("poem.md", "第一行\n第二行\n");
        reader.show(root, article);
        boolean before = reader.pageProperty().get().lineBreaksKept();

        reader.toggleLineBreaks();

        assertThat(reader.pageProperty().get().lineBreaksKept()).isEqualTo(!before);
        assertThat(memory.lineBreaks(article.id())).isEqualTo(!before);
        assertThat(reader.pageProperty().get().html().contains("<br")).isEqualTo(!before);
    }

    @Test
    void remoteImagesStayPlaceholdersUntilAllowedThenLoadEveryTime() throws IOException {
        Article article = write("pics.md", "# Pictures\n\n![cat](https://example.com/cat.png)\n");
        reader.show(root, article);
        assertThat(reader.pageProperty().get().remoteImageCount()).isEqualTo(1);
        assertThat(reader.pageProperty().get().html()).as("the page may not fetch them").doesNotContain("img-src data: file: https:");

        reader.allowRemoteImages();

        assertThat(memory.remoteImagesAllowed(article.id())).isTrue();
        assertThat(reader.pageProperty().get().html()).contains("img-src data: file: https: http:")
                .contains("https://example.com/cat.png");
    }

    @Test
    void textSizeStaysWithinItsBoundsAndZeroResetsIt() {
        reader.changeTextSize(+1000);
        assertThat(reader.textSizeProperty().get()).isEqualTo(ReaderViewModel.MAX_TEXT_SIZE);
        reader.changeTextSize(-1000);
        assertThat(reader.textSizeProperty().get()).isEqualTo(ReaderViewModel.MIN_TEXT_SIZE);
        reader.changeTextSize(0);
        assertThat(reader.textSizeProperty().get()).isEqualTo(100);
        reader.themeProperty().set(Theme.DARK);
        assertThat(reader.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void aSlowRenderOfAnEarlierArticleDoesNotReplaceTheNewerOne() throws IOException {
        List<Runnable> queued = new ArrayList<>();
        ReaderViewModel slow = new ReaderViewModel(articles, new PageRenderer(), queued::add, NOW, memory);
        Article first = write("first.md", "# First\n\nfirst body\n");
        Article second = write("second.md", "# Second\n\nsecond body\n");

        slow.show(root, first);
        slow.show(root, second);
        queued.get(1).run();
        queued.get(0).run();

        assertThat(slow.articleProperty().get()).isEqualTo(second);
        assertThat(slow.pageProperty().get().html()).contains("second body").doesNotContain("first body");
    }

    @Test
    void anArticleWithBrokenFrontMatterListsItsProblemsOverThePageUntilTheReaderClosesThem() throws IOException {
        Article broken = write("broken.md", "---\ntitle: 线程池\ndate: not a date\ntags: [unclosed\n---\n正文照常显示。\n");
        Article clean = write("clean.md", "---\ntitle: Clean\n---\nBody.\n");
        assertThat(broken.warnings()).isNotEmpty();

        reader.show(root, broken);
        assertThat(reader.warningsProperty().get()).isEqualTo(broken.warnings());
        assertThat(reader.pageProperty().get().html()).as("the article still renders").contains("正文照常显示");

        reader.show(root, clean);
        assertThat(reader.warningsProperty().get()).isEmpty();

        reader.show(root, broken);
        reader.closeWarnings();
        assertThat(reader.warningsProperty().get()).isEmpty();
        reader.show(root, clean);
        reader.show(root, broken);
        assertThat(reader.warningsProperty().get()).as("closed for this article while the window is open").isEmpty();
        reader.show(root, null);
        assertThat(reader.warningsProperty().get()).isEmpty();
    }
}
