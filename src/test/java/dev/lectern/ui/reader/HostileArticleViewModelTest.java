package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedPage;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import org.junit.jupiter.api.io.TempDir;

/** The reading pane's model with hostile articles: each is shown (cut, as plain text, or with why it failed). */
class HostileArticleViewModelTest {

    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path dir;

    private ReaderViewModel model(ArticleReader reader, PageRenderer renderer) {
        return new ReaderViewModel(reader, renderer, SAME_THREAD, SAME_THREAD, new ReadingMemory());
    }

    private Article write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return new ArticleReader().read(dir, dir.resolve(name));
    }

    @Test
    void pathologicalMarkdownIsShownAsPlainTextWithANotice() throws IOException {
        ReaderViewModel model = model(new ArticleReader(), new PageRenderer());
        StringBuilder nested = new StringBuilder("# Nested\n\n");
        for (int i = 0; i < 1_000; i++) {
            nested.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        StringBuilder references = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            references.append("[l").append(i).append("][r").append(i).append("] ");
        }
        references.append("\n\n");
        for (int i = 0; i < 50_000; i++) {
            references.append("[r").append(i).append("]: /x").append(i).append('\n');
        }
        List<String> bodies = List.of("> ".repeat(20_000) + "deep\n", nested.toString(), "*a ".repeat(50_000) + "\n",
                "[".repeat(50_000) + "](".repeat(20_000) + "\n", references.toString());
        int n = 0;
        for (String body : bodies) {
            Article article = write("hostile" + n++ + ".md", body);
            model.show(dir, article);
            RenderedPage page = model.pageProperty().get();
            assertThat(page).as(article.id().path()).isNotNull();
            assertThat(page.html()).contains("plain-source");
            assertThat(model.noticeProperty().get()).as(article.id().path()).contains("plain text");
        }
        model.show(dir, write("unclosed.md", "---\ntitle: x\n" + "- item\n".repeat(4_000) + "body\n"));
        assertThat(model.noticeProperty().get()).as("an unclosed front matter fence renders normally").isNull();
        assertThat(model.pageProperty().get().html()).contains("<li>item</li>");
        model.show(dir, write("fine.md", "# Fine\n\nA *normal* [link](x.md).\n"));
        assertThat(model.noticeProperty().get()).isNull();
        assertThat(model.pageProperty().get().html()).doesNotContain("plain-source").contains(">normal</em>");
    }

    @Test
    void anArticleOverTheSizeCapIsCutWithANoticeAndCanBeOpenedWhole() throws IOException {
        ReaderViewModel model = model(new ArticleReader(), new PageRenderer());
        Article huge = write("huge.md", "---\ntitle: Huge\n---\n" + "滚滚长江东逝水，浪花淘尽英雄。\n\n".repeat(47_000)); // 2.2 MB
        model.show(dir, huge);
        assertThat(model.cutProperty().get()).isTrue();
        assertThat(model.noticeProperty().get()).contains("MB");
        String cutPage = model.pageProperty().get().html();

        model.openWhole();
        assertThat(model.cutProperty().get()).isFalse();
        assertThat(model.pageProperty().get().html().length()).isGreaterThan(cutPage.length());

        // a long paragraph whose first part is still beyond the limits: the notice says both why and what is shown
        Article flat = write("flat.md", "---\ntitle: Flat\n---\n" + "**bold** `code` [link](x.md) 线程池 ".repeat(60_000));
        model.show(dir, flat);
        assertThat(model.pageProperty().get().html()).contains("plain-source");
        assertThat(model.noticeProperty().get()).contains("MB are shown", "plain text", "too many")
                .doesNotContain("nested");
    }

    @Test
    void anErrorWhileRenderingSaysTheArticleCouldNotBeShownAndWhy() throws IOException {
        ArticleReader failing = new ArticleReader() {
            @Override
            public Body readBody(Path root, ArticleId id, long limit) {
                throw new StackOverflowError("planted");
            }
        };
        ReaderViewModel model = model(failing, new PageRenderer());
        model.show(dir, write("a.md", "# A\n"));
        assertThat(model.pageProperty().get().html()).contains("could not be read").contains("planted");
        assertThat(model.noticeProperty().get()).contains("could not be read").contains("StackOverflowError");
        assertThat(new ArticleId("a.md")).isEqualTo(model.articleProperty().get().id());
    }


    @Test
    void zalgoTextAndDeepHtmlAreShownSoonWithANoticeSayingWhatWasDone() throws IOException {
        ReaderViewModel model = model(new ArticleReader(), new PageRenderer());
        Article zalgo = write("zalgo.md", "# Zalgo\n\nH" + "\u0301\u0302\u0303\u0304".repeat(40_000) + "ello world.\n");
        Article deep = write("deep.md", "# Deep\n\n" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "\n");

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> model.show(dir, zalgo)); // a hang guard, not a speed test
        assertThat(model.pageProperty().get().html()).contains("ello world.").doesNotContain("plain-source");
        assertThat(model.noticeProperty().get()).contains("marks").contains("32");

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> model.show(dir, deep));
        assertThat(model.pageProperty().get().html()).contains("plain-source");
        assertThat(model.noticeProperty().get()).contains("plain text").contains("nested too deeply");
    }

    @Test
    void openingAnArticleAgainWhileItsRenderIsUnderWayStartsNoSecondRender() throws IOException {
        Queue<Runnable> background = new ArrayDeque<>();
        ReaderViewModel model = new ReaderViewModel(new ArticleReader(), new PageRenderer(), background::add, SAME_THREAD,
                new ReadingMemory());
        Article slow = write("slow.md", "# Slow\n\nText.\n");
        Article other = write("other.md", "# Other\n\nMore.\n");

        model.show(dir, slow);
        model.show(dir, other);
        model.show(dir, slow);
        model.show(dir, slow);

        assertThat(background).as("one render for each article, however often it is clicked").hasSize(2);
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(model.articleProperty().get()).isEqualTo(slow);
        assertThat(model.pageProperty().get().html()).contains("Text.");
        model.show(dir, slow);
        assertThat(background).as("a render that is over is done again when asked").hasSize(1);
    }

    @Test
    void anArticleTooLargeToShowWholeOffersNoOpenAnywayAndOneThatCanSaysItIsWorking() throws IOException {
        Queue<Runnable> background = new ArrayDeque<>();
        ReaderViewModel model = new ReaderViewModel(new ArticleReader(), new PageRenderer(), background::add, SAME_THREAD,
                new ReadingMemory());
        String paragraph = "A plain paragraph of an article that goes on and on for a very long time indeed.\n\n";
        Article huge = write("huge.md", "# Huge\n\n" + paragraph.repeat((int) (ReaderViewModel.WHOLE_BYTES / paragraph.length()) + 100));
        model.show(dir, huge);
        background.poll().run();
        assertThat(model.noticeProperty().get()).contains("too large to show whole");
        assertThat(model.cutProperty().get()).as("no Open anyway").isFalse();
        model.openWhole();
        assertThat(background).isEmpty();

        Article big = write("big.md", "# Big\n\n" + paragraph.repeat(26_000)); // 2.1 MB
        model.show(dir, big);
        background.poll().run();
        assertThat(model.cutProperty().get()).isTrue();
        model.openWhole();
        assertThat(model.noticeProperty().get()).as("while the whole is read and laid out").contains("whole article");
        assertThat(model.cutProperty().get()).isFalse();
        background.poll().run();
        assertThat(model.noticeProperty().get()).isNull();
    }
}
