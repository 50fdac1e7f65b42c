package dev.lectern.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.Facet;
import dev.lectern.library.LibraryChanges;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagRef;
import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.TagPath;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SourceFiles;
import dev.lectern.ui.library.ArticleFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search view model with every executor run in place: what the results list would show. */
class SearchViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path root;
    @TempDir
    Path cache;
    private final ArticleReader reader = new ArticleReader();
    private final ArticleFilter filter = new ArticleFilter();
    private final List<Article> articles = new ArrayList<>();
    private SearchViewModel search;

    @BeforeEach
    void library() throws IOException {
        add("pool.md", "---\ntitle: 线程池的小问题\ntags: [Java]\n---\n正文讲别的。\n");
        add("deep.md", "---\ntitle: 一篇长文\ntags: [Java]\n---\n很久以后才提到线程池。\n");
        add("go.md", "---\ntitle: Go 的调度\ntags: [Go]\n---\ngoroutine 不是线程池。\n");
        add("jp.md", "---\ntitle: コンテナ入門\ntags: [Docker]\n---\nコンテナとは何か。\n");
        filter.setLibrary(articles, TagIndex.build(articles));
        search = new SearchViewModel(dir -> SearchIndex.open(cache.resolve("index"), SourceFiles.under(dir, reader)), new IndexBuilder(reader, 2), filter,
                NOW, NOW, NOW);
    }

    @AfterEach
    void close() {
        search.close();
    }

    private Article add(String name, String text) throws IOException {
        Article article = reader.read(root, Files.writeString(root.resolve(name), text));
        articles.removeIf(a -> a.id().equals(article.id()));
        articles.add(article);
        return article;
    }

    private List<String> found() {
        return search.results().stream().map(r -> r.article().id().path()).toList();
    }

    @Test
    void findsNothingUntilTheIndexIsBuiltThenRanksTitleMatchesFirst() {
        search.queryProperty().set("线程池");
        assertThat(search.readyProperty().get()).isFalse();
        assertThat(found()).isEmpty();

        search.libraryLoaded(root, articles);

        assertThat(search.readyProperty().get()).isTrue();
        assertThat(search.progressProperty().get()).isEqualTo(1.0);
        assertThat(found()).hasSize(3).first().isEqualTo("pool.md");
        SearchResult deep = search.results().stream().filter(r -> r.article().id().path().equals("deep.md")).findFirst().orElseThrow();
        int[] match = deep.matches().get(0);
        assertThat(deep.snippet().substring(match[0], match[1])).isEqualTo("线程池");
        SearchResult pool = search.results().get(0);
        assertThat(pool.titleMatches()).as("the title's words marked too").isNotEmpty()
                .allSatisfy(range -> assertThat(pool.article().title().substring(range[0], range[1])).isEqualTo("线程池"));
    }

    @Test
    void aSecondWindowOnTheLibrarySearchesTheFirstWindowsIndexAndSaysSo() throws IOException {
        search.libraryLoaded(root, articles);
        SearchViewModel second = new SearchViewModel(dir -> SearchIndex.open(cache.resolve("index"), SourceFiles.under(dir, reader)),
                new IndexBuilder(reader, 2), filter, NOW, NOW, NOW);
        try {
            second.libraryLoaded(root, articles);

            assertThat(second.readyProperty().get()).isTrue();
            assertThat(second.statusProperty().get()).isEqualTo(dev.lectern.ui.common.Messages.t("search.shared"));
            second.queryProperty().set("线程池");
            assertThat(second.results()).extracting(r -> r.article().id().path()).hasSize(3).first().isEqualTo("pool.md");

            Article changed = add("go.md", "---\ntitle: Go 的调度\ntags: [Go]\n---\n改成谈消息队列。\n");
            filter.setLibrary(articles, TagIndex.build(articles));
            second.apply(root, new LibraryChanges(List.of(changed), List.of()));
            second.queryProperty().set("消息队列");
            assertThat(second.results()).as("the first window writes; it has not seen the change").isEmpty();

            search.close();
            second.apply(root, new LibraryChanges(List.of(changed), List.of()));
            assertThat(second.statusProperty().get()).as("the first window closed: this one keeps the index now")
                    .isEmpty();
            assertThat(second.results()).extracting(r -> r.article().id().path()).containsExactly("go.md");
        } finally {
            second.close();
        }
    }

    @Test
    void aSecondWindowReloadingTheLibraryAfterTheFirstClosedKeepsTheIndexFromThenOn() {
        search.libraryLoaded(root, articles);
        SearchViewModel second = new SearchViewModel(dir -> SearchIndex.open(cache.resolve("index"), SourceFiles.under(dir, reader)),
                new IndexBuilder(reader, 2), filter, NOW, NOW, NOW);
        try {
            second.libraryLoaded(root, articles);
            assertThat(second.statusProperty().get()).isEqualTo(dev.lectern.ui.common.Messages.t("search.shared"));

            search.close();
            second.libraryLoaded(root, articles);

            assertThat(second.statusProperty().get()).isEmpty();
            second.queryProperty().set("线程池");
            assertThat(second.results()).hasSize(3);
        } finally {
            second.close();
        }
    }

    @Test
    void anArticleWhoseTextBreaksTheIndexerIsFoundByTitleAndNamedInTheStatus() {
        search.close();
        IndexBuilder.SourceReader hostile = (dir, id) -> {
            if (id.path().equals("deep.md")) {
                throw new StackOverflowError("hostile file");
            }
            return reader.readSource(dir, id);
        };
        search = new SearchViewModel(dir -> SearchIndex.open(cache.resolve("index"), SourceFiles.under(dir, reader)),
                new IndexBuilder(hostile, 2), filter, NOW, NOW, NOW);

        search.libraryLoaded(root, articles);

        assertThat(search.readyProperty().get()).as("search works for the rest").isTrue();
        assertThat(search.statusProperty().get()).contains("deep.md");
        search.queryProperty().set("线程池");
        assertThat(found()).containsExactlyInAnyOrder("pool.md", "go.md");
        search.queryProperty().set("长文");
        assertThat(found()).containsExactly("deep.md");
    }

    @Test
    void reportsTheTotalAndListsMorePageByPage() throws IOException {
        for (int i = 0; i < 450; i++) {
            add("many-" + i + ".md", "# Note " + i + "\n\nnavigator.serviceWorker.register(" + i + ")\n");
        }
        for (int i = 0; i < 100; i++) {
            add("near-" + i + ".md", "# Near " + i + "\n\nservice, coworker\n"); // every piece, not the word
        }
        filter.setLibrary(articles, TagIndex.build(articles));
        search.libraryLoaded(root, articles);
        search.queryProperty().set("ServiceWorker");

        assertThat(search.totalProperty().get()).as("counted once the first page is shown").isEqualTo(450);
        assertThat(search.totalExactProperty().get()).isTrue();
        assertThat(search.results()).hasSize(SearchViewModel.PAGE);
        search.loadMore();
        assertThat(search.results()).hasSize(2 * SearchViewModel.PAGE);
        for (int page = 2; page * SearchViewModel.PAGE < 450; page++) {
            search.loadMore();
        }
        assertThat(search.results()).hasSize(450);
        search.loadMore();
        assertThat(search.results()).as("nothing more to load").hasSize(450);
        assertThat(found()).doesNotHaveDuplicates();

        search.queryProperty().set("线程池");
        assertThat(search.totalProperty().get()).isEqualTo(3);
        assertThat(found()).hasSize(3);
        search.queryProperty().set("");
        assertThat(search.totalProperty().get()).isZero();
    }

    @Test
    void theGoToBoxRanksTitlesByPinyinAndTagsByName() {
        filter.setLibrary(articles, TagIndex.build(articles));
        search.libraryLoaded(root, articles);
        QuickOpenViewModel goTo = search.newQuickOpen(() -> filter.indexProperty().get(), () -> root);

        goTo.queryProperty().set("xcc");
        assertThat(goTo.items()).extracting(QuickItem::label).containsExactly("线程池的小问题");
        goTo.queryProperty().set("xianchengchi");
        assertThat(goTo.items()).extracting(item -> item.article().id().path()).containsExactly("pool.md");
        goTo.queryProperty().set("線程池");
        assertThat(goTo.items()).extracting(QuickItem::label).containsExactly("线程池的小问题");
        goTo.queryProperty().set("do");
        assertThat(goTo.items()).extracting(QuickItem::label).containsExactly("Docker");
        assertThat(goTo.items().get(0).tag()).isEqualTo(new TagRef(Facet.TAG, TagPath.parse("Docker")));
        goTo.queryProperty().set("go");
        assertThat(goTo.items()).extracting(QuickItem::label).as("the tag named just so first")
                .containsExactly("Go", "Go 的调度");
        goTo.queryProperty().set("");
        assertThat(goTo.items()).isEmpty();
    }

    @Test
    void onlyArticlesTheCheckedTagsAllowAreFound() {
        search.libraryLoaded(root, articles);
        search.queryProperty().set("线程池");
        filter.setChecked(new TagRef(Facet.TAG, TagPath.parse("Java")), true);
        assertThat(found()).containsExactlyInAnyOrder("pool.md", "deep.md");
        filter.clearTags();
        assertThat(found()).hasSize(3);
    }

    @Test
    void highlightNotesAndQuotesAreSearchableUntilDeleted() {
        search.libraryLoaded(root, articles);
        search.queryProperty().set("容器编排");
        assertThat(found()).isEmpty();

        Highlight note = Highlight.create(new ArticleId("jp.md"), new Anchor("コンテナ", "", "とは", 0, 4, null),
                HighlightColor.YELLOW, "容器编排以后再读", Instant.now());
        search.setAnnotations(List.<Annotation>of(note));
        assertThat(found()).containsExactly("jp.md");

        search.setAnnotations(List.of(note.deletedAt(Instant.now())));
        assertThat(found()).isEmpty();
    }

    @Test
    void followsArticlesChangedAddedAndRemovedOutsideTheApp() throws IOException {
        search.libraryLoaded(root, articles);
        search.queryProperty().set("消息队列");
        assertThat(found()).isEmpty();

        Article changed = add("go.md", "---\ntitle: Go 的调度\ntags: [Go]\n---\n改成谈消息队列。\n");
        filter.setLibrary(articles, TagIndex.build(articles));
        search.apply(root, new LibraryChanges(List.of(changed), List.of()));
        assertThat(found()).containsExactly("go.md");

        Files.delete(root.resolve("go.md"));
        articles.remove(changed);
        filter.setLibrary(articles, TagIndex.build(articles));
        search.apply(root, new LibraryChanges(List.of(), List.of(changed.id())));
        assertThat(found()).isEmpty();
    }

    @Test
    void anIndexThatCannotBeOpenedLeavesTheTitleFilterAndSaysWhy() {
        SearchViewModel broken = new SearchViewModel(dir -> {
            throw new IOException("disk full");
        }, new IndexBuilder(reader, 1), filter, NOW, NOW, NOW);
        broken.libraryLoaded(root, articles);
        assertThat(broken.readyProperty().get()).isFalse();
        assertThat(broken.statusProperty().get()).contains("disk full").contains("titles and authors");
    }
}
