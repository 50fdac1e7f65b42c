package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedPage;
import dev.lectern.render.Theme;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page on screen at a close is kept, and the next start shows it for the article read last without waiting for
 * the renderer; the list opening that article then checks it against a render, which replaces it only if it differs.
 */
class LastPageViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;
    @TempDir
    Path cache;
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final ArticleReader articles = new ArticleReader();

    private ReaderViewModel start(LastPage kept) {
        return new ReaderViewModel(articles, new PageRenderer(), background::add, NOW, new ReadingMemory(), kept);
    }

    private LastPage kept() {
        return new LastPage(cache.resolve("last-page.bin"), () -> "build 1");
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.remove().run();
        }
    }

    /** A session that opens the article from its list and closes: the copy it keeps. */
    private RenderedPage readAndClose(Path file) throws IOException {
        ReaderViewModel first = start(kept());
        first.show(root, articles.read(root, file));
        runBackground();
        first.keepLastPage();
        return first.pageProperty().get();
    }

    @Test
    void theNextStartShowsTheKeptPageAndTheListKeepsItWhenARenderGivesTheSame() throws IOException {
        Path file = Files.writeString(root.resolve("last.md"), "# 上次读到\n\n最后一篇的**正文**。\n");
        RenderedPage closed = readAndClose(file);
        assertThat(Files.exists(cache.resolve("last-page.bin"))).isTrue();

        ReaderViewModel next = start(kept());
        next.prepareFirst(root, articles.read(root, file).id());
        assertThat(background).as("one task: reading the file and finding the copy").hasSize(1);
        background.remove().run();
        assertThat(background).as("no render waited for").isEmpty();
        RenderedPage shown = next.pageProperty().get();
        assertThat(shown).isEqualTo(closed);

        List<RenderedPage> loads = new java.util.ArrayList<>();
        next.pageProperty().addListener((obs, was, now) -> loads.add(now));
        next.show(root, null);
        next.show(root, articles.read(root, file));
        assertThat(background).as("the copy is checked by a render").hasSize(1);
        runBackground();
        assertThat(loads).as("the same page is not loaded again").isEmpty();
        assertThat(next.pageProperty().get()).isSameAs(shown);
    }

    @Test
    void aKeptPageThatARenderNoLongerGivesIsReplacedOnceTheListOpensTheArticle() throws IOException {
        Files.writeString(root.resolve("last.md"), "# 图\n\n![图](pic.png)\n");
        RenderedPage closed = readAndClose(root.resolve("last.md"));
        assertThat(closed.html()).as("a placeholder names the missing image").contains("class=\"img-placeholder\" data-src=\"pic.png\"");
        Files.write(root.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}); // the image comes, the article stays

        ReaderViewModel next = start(kept());
        Article last = articles.read(root, root.resolve("last.md"));
        next.prepareFirst(root, last.id());
        runBackground();
        assertThat(next.pageProperty().get()).isEqualTo(closed);

        next.show(root, last);
        runBackground();
        assertThat(next.pageProperty().get().html()).contains("src=\"" + root.resolve("pic.png").toUri())
                .doesNotContain("img-placeholder\" data-src");
    }

    @Test
    void aChangedFileOrOtherReadingChoicesRenderAgainInsteadOfShowingTheCopy() throws IOException {
        Path file = Files.writeString(root.resolve("last.md"), "# 旧的\n\n旧的正文。\n");
        readAndClose(file);
        Files.writeString(file, "# 新的\n\n新的正文。\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

        ReaderViewModel next = start(kept());
        next.prepareFirst(root, articles.read(root, file).id());
        runBackground();
        assertThat(next.pageProperty().get().html()).contains("新的正文").doesNotContain("旧的正文");

        next.keepLastPage();
        ReaderViewModel dark = start(kept());
        dark.themeProperty().set(Theme.DARK);
        dark.prepareFirst(root, articles.read(root, file).id());
        assertThat(background).hasSize(1);
        background.remove().run();
        assertThat(dark.pageProperty().get().html()).as("rendered for the dark theme").contains("theme-dark");
    }

    @Test
    void aDamagedOrForeignCopyIsPassedOverAndTheArticleRendered() throws IOException {
        Path file = Files.writeString(root.resolve("last.md"), "# 图\n\n![图](pic.png)\n");
        readAndClose(file); // kept with a placeholder for the missing image
        Files.write(root.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String image = "src=\"" + root.resolve("pic.png").toUri();
        byte[] bytes = Files.readAllBytes(cache.resolve("last-page.bin"));
        Files.write(cache.resolve("last-page.bin"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        ReaderViewModel next = start(kept());
        next.prepareFirst(root, articles.read(root, file).id());
        runBackground();
        assertThat(next.pageProperty().get().html()).as("rendered, not the damaged copy").contains(image);

        Files.write(cache.resolve("last-page.bin"), bytes);
        ReaderViewModel otherBuild = start(new LastPage(cache.resolve("last-page.bin"), () -> "build 2"));
        otherBuild.prepareFirst(root, articles.read(root, file).id());
        runBackground();
        assertThat(otherBuild.pageProperty().get().html()).as("rendered, not another build's copy").contains(image);
    }
}
