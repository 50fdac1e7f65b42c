package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderedPage;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article read last is shown at start before its library is listed; the list then opening it keeps that page,
 * unless the file or the reading choices changed, or the reader opened something else first.
 */
class FirstPageViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final ArticleReader articles = new ArticleReader();
    private final ReaderViewModel reader = new ReaderViewModel(articles, new PageRenderer(), background::add, NOW,
            new ReadingMemory());

    private Article write(String name, String text) throws IOException {
        return articles.read(root, Files.writeString(root.resolve(name), text));
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.remove().run();
        }
    }

    @Test
    void theLastArticleShowsBeforeTheListAndStaysWhenTheListOpensIt() throws IOException {
        Article last = write("last.md", "# 上次读到\n\n最后一篇的**正文**。\n");

        reader.prepareFirst(root, last.id());
        runBackground();

        RenderedPage early = reader.pageProperty().get();
        assertThat(reader.articleProperty().get()).isEqualTo(last);
        assertThat(early.html()).contains("<strong>正文</strong>");

        reader.show(root, null); // the library opens
        assertThat(reader.pageProperty().get()).isSameAs(early);

        Article fromList = articles.read(root, root.resolve("last.md"));
        reader.show(root, fromList);
        runBackground();
        assertThat(background).isEmpty();
        assertThat(reader.pageProperty().get()).isSameAs(early);
        assertThat(reader.articleProperty().get()).isEqualTo(fromList);
    }

    @Test
    void renderingAgainTheArticleShownAheadOfTheListRendersItAgain() throws IOException {
        Article last = write("last.md", "# 上次读到\n\n正文。\n");
        reader.prepareFirst(root, last.id());
        runBackground();
        RenderedPage early = reader.pageProperty().get();

        reader.reload(); // a note its links name was written meanwhile, say
        runBackground();

        assertThat(reader.pageProperty().get()).isNotSameAs(early);
        assertThat(reader.articleProperty().get()).isEqualTo(last);
    }

    @Test
    void aFileChangedSinceItWasPreparedIsRenderedAgainWhenTheListOpensIt() throws IOException {
        Article last = write("last.md", "# Draft\n\nold words\n");
        reader.prepareFirst(root, last.id());
        runBackground();

        Article edited = write("last.md", "# Draft\n\nnew words, and more of them\n");
        reader.show(root, edited);
        runBackground();

        assertThat(reader.pageProperty().get().html()).contains("new words").doesNotContain("old words");
    }

    @Test
    void anotherArticleOpenedBeforeTheLastOneIsReadyWins() throws IOException {
        Article last = write("last.md", "# Last\n\nlast body\n");
        Article other = write("other.md", "# Other\n\nother body\n");

        reader.prepareFirst(root, last.id());
        reader.show(root, other);
        runBackground();

        assertThat(reader.articleProperty().get()).isEqualTo(other);
        assertThat(reader.pageProperty().get().html()).contains("other body").doesNotContain("last body");
    }

    @Test
    void aReadingChoiceChangedBeforeTheListOpensItRendersItAgain() throws IOException {
        Article last = write("last.md", "# Last\n\nbody\n");
        reader.prepareFirst(root, last.id());
        runBackground();
        RenderedPage early = reader.pageProperty().get();

        reader.changeTextSize(20);
        reader.show(root, articles.read(root, root.resolve("last.md")));
        runBackground();

        assertThat(reader.pageProperty().get()).isNotSameAs(early);
        assertThat(reader.pageProperty().get().html()).contains("body");
    }

    @Test
    void aLastArticleThatIsGoneShowsNothingAndTheListStillOpensArticles() throws IOException {
        Article other = write("other.md", "# Other\n\nother body\n");

        reader.prepareFirst(root, new dev.lectern.model.ArticleId("deleted.md"));
        runBackground();
        assertThat(reader.articleProperty().get()).isNull();
        assertThat(reader.pageProperty().get()).isNull();

        reader.show(root, null);
        reader.show(root, other);
        runBackground();
        assertThat(reader.pageProperty().get().html()).contains("other body");
    }

    @Test
    void anotherLibraryOpenedFirstDropsThePreparedPage(@TempDir Path elsewhere) throws IOException {
        Article last = write("last.md", "# Last\n\nbody\n");
        reader.prepareFirst(root, last.id());
        reader.show(elsewhere, null);
        runBackground();

        assertThat(reader.articleProperty().get()).isNull();
        assertThat(reader.pageProperty().get()).isNull();
    }
}
