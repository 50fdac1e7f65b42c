package dev.lectern.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.Facet;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LoadedLibrary;
import dev.lectern.library.ScanListener;
import dev.lectern.library.TagRef;
import dev.lectern.model.Anchor;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.TagPath;
import dev.lectern.render.PageRenderer;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SourceFiles;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.ReadingMemory;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.ArticleTexts;
import dev.lectern.ui.library.LibraryLoader;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.LinkTarget;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules between the features, driven without a window: every executor runs in place, the store's clock is fixed. */
class ReadingSessionTest {

    private static final Executor NOW = Runnable::run;
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path root;
    @TempDir
    Path data;
    private final List<URI> browsed = new ArrayList<>();
    private final List<Article> selected = new ArrayList<>();
    private LibraryViewModel library;
    private ReaderViewModel reader;
    private AnnotationsViewModel annotations;
    private SearchViewModel search;
    private ReadingSession session;

    @BeforeEach
    void wire() throws IOException {
        Files.writeString(root.resolve("pool.md"), "---\ntitle: 线程池的小问题\ndate: 2020-01-02\ntags: [Java]\n---\n正文讲线程池。\n");
        Files.writeString(root.resolve("go.md"), "---\ntitle: Go 的调度\ndate: 2019-01-02\ntags: [Go]\ncategories: [Runtime]\n---\ngoroutine 不是线程池。\n");
        ArticleReader articles = new ArticleReader();
        PageRenderer renderer = new PageRenderer();
        library = new LibraryViewModel(LibraryLoader.scanning(new LibraryScanner(articles, 1)), null, NOW, NOW);
        reader = new ReaderViewModel(articles, renderer, NOW, NOW, new ReadingMemory());
        annotations = new AnnotationsViewModel(new ArticleTexts(articles, renderer), NOW, NOW);
        search = new SearchViewModel(dir -> SearchIndex.open(data.resolve("index"), SourceFiles.under(dir, articles)), new IndexBuilder(articles, 1),
                library.filter(), NOW, NOW, NOW);
        session = new ReadingSession(library, reader, annotations,
                dir -> AnnotationStore.open(data.resolve("annotations.yaml"), dir, null, FIXED), search, uri -> java.util.concurrent.CompletableFuture.completedFuture(browsed.add(uri)));
        session.onSelect(selected::add);
    }

    @AfterEach
    void close() {
        annotations.close();
        search.close();
    }

    @Test
    void aLoadedLibraryHasItsAnnotationsOpenAndIsSearchable() {
        library.open(root);

        assertThat(annotations.isOpen()).isTrue();
        assertThat(search.readyProperty().get()).isTrue();
        search.queryProperty().set("goroutine");
        assertThat(search.results()).extracting(r -> r.article().title()).containsExactly("Go 的调度");
    }

    @Test
    void theFirstArticleShownIsTheRememberedOneWhenThatLibraryLoads() {
        session.preferArticle(root.toAbsolutePath().normalize(), new ArticleId("go.md"));
        library.open(root);

        assertThat(session.firstToShow(library.filter().visibleArticles())).extracting(Article::title).isEqualTo("Go 的调度");
        assertThat(session.firstToShow(library.filter().visibleArticles())).as("only once")
                .extracting(Article::title).isEqualTo("线程池的小问题");
    }

    /** Reading through the unread ones, the reader restarts in the article half read, which Unread leaves out. */
    @Test
    void theRememberedArticleOpensAlsoWhenTheReadFilterKeptFromLastTimeHidesIt() {
        session.preferArticle(root.toAbsolutePath().normalize(), new ArticleId("go.md"));
        library.filter().textProperty().set("线程池");
        library.open(root);

        assertThat(library.filter().visibleArticles()).extracting(Article::title).doesNotContain("Go 的调度");
        assertThat(session.firstToShow(library.filter().visibleArticles())).extracting(Article::title).isEqualTo("Go 的调度");
    }

    @Test
    void goingBackToALibraryReopensTheArticleReadThereNotItsNewest(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("elsewhere.md"), "---\ntitle: 别处的文章\n---\n别处。\n");
        library.open(root);
        Article go = library.filter().find(new ArticleId("go.md"));
        session.picked(go); // read in this library (not its newest article)
        library.open(other); // then a file of another folder
        session.picked(session.firstToShow(library.filter().visibleArticles()));

        library.open(root); // and back
        assertThat(session.firstToShow(library.filter().visibleArticles())).extracting(Article::title)
                .isEqualTo("Go 的调度");
    }

    @Test
    void anArticleTheCacheDoesNotKnowYetIsWaitedForRatherThanReplacedByTheNewest() {
        // opened from a file manager just after it was written: the cache's list lacks it, the folder walk has it
        LibraryScanner scanner = new LibraryScanner(new ArticleReader(), 1);
        Article[] whileCached = new Article[1];
        library = new LibraryViewModel((dir, listener, cancelled) -> {
            listener.cached(scanner.scan(dir, ScanListener.NONE, cancelled).articles());
            whileCached[0] = session.firstToShow(library.filter().visibleArticles());
            Files.writeString(dir.resolve("new.md"), "---\ntitle: 刚写好的文章\n---\n新。\n");
            return LoadedLibrary.of(scanner.scan(dir, listener, cancelled));
        }, null, NOW, NOW);
        session = new ReadingSession(library, reader, annotations,
                dir -> AnnotationStore.open(data.resolve("annotations.yaml"), dir, null, FIXED), search, uri -> java.util.concurrent.CompletableFuture.completedFuture(browsed.add(uri)));
        session.preferArticle(root.toAbsolutePath().normalize(), new ArticleId("new.md"));
        library.open(root);

        assertThat(whileCached[0]).as("nothing chosen from the cache's list").isNull();
        assertThat(session.firstToShow(library.filter().visibleArticles())).extracting(Article::title)
                .isEqualTo("刚写好的文章");
    }

    @Test
    void aNoteWrittenWhileAPageLinkingToItIsOpenTurnsItsDimmedLinkIntoALink() throws IOException {
        Files.createDirectories(root.resolve(".obsidian"));
        Files.writeString(root.resolve("plan-later.md"), "Next: [[Plan]].\n");
        var watcher = watched();
        session.open(new ArticleId("plan-later.md"));
        assertThat(reader.pageProperty().get().missingNotes()).containsExactly("plan.md");
        String before = reader.pageProperty().get().html();

        Files.createDirectories(root.resolve("projects"));
        Path plan = Files.writeString(root.resolve("projects/Plan.md"), "# Plan\n");
        watcher.changed(new dev.lectern.library.LibraryChanges(List.of(new ArticleReader().read(root, plan)), List.of()));

        assertThat(reader.pageProperty().get().html()).isNotEqualTo(before).contains("href=\"/projects/Plan.md\"");
        assertThat(reader.pageProperty().get().missingNotes()).isEmpty();
        library.close();
    }

    /** A session on root whose folder changes are handed in by the test, as the watcher hands them. */
    private dev.lectern.library.LibraryChangeListener watched() {
        List<dev.lectern.library.LibraryChangeListener> listeners = new ArrayList<>();
        ArticleReader articles = new ArticleReader();
        library = new LibraryViewModel(LibraryLoader.scanning(new LibraryScanner(articles, 1)), listener -> {
            listeners.add(listener);
            return new dev.lectern.library.LibraryWatcher(articles, ignored -> { });
        }, NOW, NOW);
        session = new ReadingSession(library, reader, annotations,
                dir -> AnnotationStore.open(data.resolve("annotations.yaml"), dir, null, FIXED), search,
                uri -> java.util.concurrent.CompletableFuture.completedFuture(browsed.add(uri)));
        session.onSelect(selected::add);
        library.open(root);
        return listeners.get(0);
    }

    private Article moved(String from, String to, dev.lectern.library.LibraryChangeListener watcher) throws IOException {
        Path target = root.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(root.resolve(from), target);
        Article now = new ArticleReader().read(root, target);
        watcher.changed(new dev.lectern.library.LibraryChanges(List.of(now), List.of(new ArticleId(from))));
        return now;
    }

    @Test
    void theOpenArticleRenamedOnDiskIsShownUnderItsNewPathSoAHighlightMadeThenIsFiledThere() throws IOException {
        var watcher = watched();
        session.open(new ArticleId("pool.md"));

        moved("pool.md", "notes/threads.md", watcher);

        Article open = reader.articleProperty().get();
        assertThat(open.id()).isEqualTo(new ArticleId("notes/threads.md"));
        assertThat(selected).last().isEqualTo(open);
        assertThat(session.canGoBackProperty().get()).as("no way back to the old name").isFalse();
        annotations.highlight(open, ArticleKey.of(open.title(), open.date(), "正文讲线程池。"),
                Anchor.of("正文讲线程池。", 2, 5, null), HighlightColor.YELLOW, "");
        assertThat(annotations.all()).extracting(a -> a.article().path()).containsExactly("notes/threads.md");
        library.close();
    }

    @Test
    void theOpenArticleDeletedOnDiskStaysOnScreenSayingSoUntilItComesBack() throws IOException {
        // replaced by binary data or deleted, it left the list while its page stayed as if nothing had happened
        var watcher = watched();
        session.open(new ArticleId("pool.md"));
        String text = Files.readString(root.resolve("pool.md"));
        Files.delete(root.resolve("pool.md"));
        watcher.changed(new dev.lectern.library.LibraryChanges(List.of(), List.of(new ArticleId("pool.md"))));

        assertThat(reader.noticeProperty().get()).contains("no longer in the library");
        assertThat(reader.pageProperty().get().html()).contains("正文讲线程池");

        Files.writeString(root.resolve("pool.md"), text);
        watcher.changed(new dev.lectern.library.LibraryChanges(
                List.of(new ArticleReader().read(root, root.resolve("pool.md"))), List.of()));
        assertThat(reader.noticeProperty().get()).isNull();
        library.close();
    }

    @Test
    void anArticleEditedOnDiskAndThenRenamedKeepsItsHighlights() throws IOException {
        var watcher = watched();
        Article pool = library.filter().articles().stream().filter(a -> a.id().path().equals("pool.md")).findFirst()
                .orElseThrow();
        String text = new ArticleTexts(new ArticleReader(), new PageRenderer()).of(root, pool.id());
        annotations.highlight(pool, ArticleKey.of(pool.title(), pool.date(), text),
                Anchor.of(text, text.indexOf("线程池"), text.indexOf("线程池") + 3, null), HighlightColor.PINK, "要点");
        // an editor changes its title and text: the stored title and hash were the first ones'
        Files.writeString(root.resolve("pool.md"), "---\ntitle: 线程池的拒绝策略\ndate: 2020-01-02\n---\n正文讲线程池，多了一句。\n");
        watcher.changed(new dev.lectern.library.LibraryChanges(
                List.of(new ArticleReader().read(root, root.resolve("pool.md"))), List.of()));

        moved("pool.md", "archive/2020/threads.md", watcher);

        assertThat(annotations.all()).singleElement().extracting(a -> a.article().path())
                .isEqualTo("archive/2020/threads.md");
        library.close();
    }

    @Test
    void pickingOpensAnArticleAndAnotherFolderEmptiesTheReader(@TempDir Path other) {
        library.open(root);
        session.picked(library.filter().articles().get(0));
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("线程池的小问题");
        assertThat(reader.pageProperty().get()).isNotNull();

        library.open(other);
        assertThat(reader.articleProperty().get()).isNull();
    }

    @Test
    void linksOpenArticlesShowTagsOrGoToTheBrowser() {
        library.open(root);

        session.follow(new LinkTarget.Article(new ArticleId("go.md"), null));
        assertThat(selected).extracting(Article::title).containsExactly("Go 的调度");
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");

        session.follow(new LinkTarget.Tag(TagPath.parse("Java")));
        assertThat(library.filter().visibleArticles()).extracting(Article::title).containsExactly("线程池的小问题");
        assertThat(library.filter().isChecked(new TagRef(Facet.TAG, TagPath.parse("Java")))).isTrue();

        session.follow(new LinkTarget.Category(TagPath.parse("Runtime")));
        assertThat(library.filter().visibleArticles()).extracting(Article::title).containsExactly("Go 的调度");
        assertThat(library.filter().isChecked(new TagRef(Facet.CATEGORY, TagPath.parse("Runtime")))).isTrue();
        assertThat(library.filter().isChecked(new TagRef(Facet.TAG, TagPath.parse("Java")))).isFalse();

        session.follow(new LinkTarget.External(URI.create("https://example.com/")));
        assertThat(browsed).containsExactly(URI.create("https://example.com/"));

        assertThat(session.open(new ArticleId("gone.md"))).isFalse();
    }

    @Test
    void aLinkToADocumentOfTheLibraryOpensItInItsApplicationAndOneOutsideItDoesNot(@TempDir Path outside)
            throws IOException {
        Files.createDirectories(root.resolve("files"));
        Path paper = Files.write(root.resolve("files/论文.pdf"), new byte[] {1});
        Path secret = Files.write(outside.resolve("secret.pdf"), new byte[] {1});
        Files.createSymbolicLink(root.resolve("files/link.pdf"), secret);
        List<Path> opened = new ArrayList<>();
        session = new ReadingSession(library, reader, annotations,
                dir -> AnnotationStore.open(data.resolve("annotations.yaml"), dir, null, FIXED), search,
                new dev.lectern.ui.common.LinkOpener() {
                    @Override
                    public java.util.concurrent.CompletionStage<Boolean> open(URI uri) {
                        return java.util.concurrent.CompletableFuture.completedFuture(browsed.add(uri));
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<Boolean> openFile(Path file) {
                        return java.util.concurrent.CompletableFuture.completedFuture(opened.add(file));
                    }
                });
        library.open(root);

        LinkTarget link = LinkTarget.of("files/%E8%AE%BA%E6%96%87.pdf", "pool.md");
        session.follow(link);
        session.follow(LinkTarget.of("files/link.pdf", "pool.md"));
        session.follow(LinkTarget.of("files/missing.pdf", "pool.md"));

        assertThat(opened).containsExactly(paper.toRealPath());
        assertThat(session.describe(link)).contains("论文.pdf");
        assertThat(session.describe(LinkTarget.of("files/link.pdf", "pool.md"))).as("no such file in the library")
                .contains("files/link.pdf").doesNotContain("secret");
        assertThat(browsed).isEmpty();
    }

    @Test
    void linksToTheSitesOwnPagesOpenTheLibrarysCopyAtTheirPlace() {
        library.open(root);
        session.picked(library.filter().find(new ArticleId("go.md")));

        session.follow(LinkTarget.of("https://blog.example.org/2020/01/02/pool/#queue", "go.md"));
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("线程池的小问题");
        assertThat(reader.placeProperty().get()).isEqualTo(new ReaderViewModel.Place(new ArticleId("pool.md"), "queue"));
        assertThat(browsed).as("not the web: the library has the post").isEmpty();

        session.follow(LinkTarget.of("/go/", "pool.md"));
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");

        session.follow(LinkTarget.of("https://blog.example.org/2020/01/03/pool/", "go.md"));
        assertThat(browsed).as("another day's post is not this one").containsExactly(URI.create("https://blog.example.org/2020/01/03/pool/"));
        session.follow(LinkTarget.of("/authors/someone/", "go.md"));
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");
    }

    @Test
    void hugoRefsAndHexoPostLinksOpenThePostTheSiteWouldLinkTo() throws IOException {
        Path hugo = Files.createDirectories(root.resolve("hugo-site/content/posts"));
        Files.createDirectories(hugo.resolve("2024"));
        Files.writeString(root.resolve("hugo-site/hugo.toml"), "title = 'x'\n");
        Files.createDirectories(hugo.resolve("trip-kyoto"));
        Files.writeString(hugo.resolve("trip-kyoto/index.md"), "---\ntitle: 京都之旅\n---\n寺。\n");
        Files.writeString(hugo.resolve("getting-started-with-go.md"), "---\ntitle: Getting Started with Go\n---\nGo.\n");
        Files.writeString(hugo.resolve("tabs-and-details.md"), "---\ntitle: Tabs and Details\n---\n## macOS\n");
        Files.writeString(hugo.resolve("refs.md"), "---\ntitle: Refs\n---\n[a]({{< ref \"trip-kyoto\" >}}) "
                + "[b]({{< relref \"getting-started-with-go\" >}}) [c]({{< ref \"posts/tabs-and-details.md#macos\" >}})\n");
        Files.writeString(hugo.resolve("2024/nested.md"), "---\ntitle: Nested\n---\n"
                + "[d]({{< ref \"getting-started-with-go.md\" >}})\n");
        Path hexo = Files.createDirectories(root.resolve("hexo-site/source/_posts"));
        Files.createDirectories(hexo.resolve("2024"));
        Files.writeString(root.resolve("hexo-site/_config.yml"), "title: x\n");
        Files.createDirectories(root.resolve("hexo-site/scaffolds"));
        Files.writeString(hexo.resolve("hello-world.md"), "---\ntitle: Hello World\n---\nHi.\n");
        Files.writeString(hexo.resolve("next-notes.md"), "---\ntitle: NexT 主题的 note 标签\n---\nNote.\n");
        Files.writeString(hexo.resolve("2024/year-review.md"), "---\ntitle: Year\n---\n"
                + "{% post_link hello-world %} {% post_link 'NexT 主题的 note 标签' %}\n");
        library.open(root);

        assertThat(titlesLinkedFrom("hugo-site/content/posts/refs.md"))
                .containsExactly("京都之旅", "Getting Started with Go", "Tabs and Details");
        assertThat(reader.placeProperty().get().anchor()).isEqualTo("macos");
        assertThat(titlesLinkedFrom("hugo-site/content/posts/2024/nested.md")).containsExactly("Getting Started with Go");
        assertThat(titlesLinkedFrom("hexo-site/source/_posts/2024/year-review.md"))
                .containsExactly("Hello World", "NexT 主题的 note 标签");
    }

    /** The titles of the articles the links of an article's page open, followed one by one from that article. */
    private List<String> titlesLinkedFrom(String path) {
        List<String> titles = new ArrayList<>();
        session.picked(library.filter().find(new ArticleId(path)));
        List<String> hrefs = org.jsoup.Jsoup.parse(reader.pageProperty().get().html()).select(".article-body a[href]")
                .eachAttr("href");
        for (String href : hrefs) {
            session.picked(library.filter().find(new ArticleId(path)));
            session.follow(LinkTarget.of(dev.lectern.render.LinkShield.original(href), path));
            Article open = reader.articleProperty().get();
            titles.add(open.id().path().equals(path) ? "(nowhere)" : open.title());
        }
        return titles;
    }

    @Test
    void aLinkSaysWhereItLeadsBeforeItIsFollowed() {
        library.open(root);
        session.picked(library.filter().find(new ArticleId("go.md")));

        assertThat(session.describe(LinkTarget.of("pool.md", "go.md"))).contains("线程池的小问题");
        assertThat(session.describe(LinkTarget.of("https://blog.example.org/2020/01/02/pool/", "go.md"))).contains("线程池的小问题");
        assertThat(session.describe(LinkTarget.of("https://example.com/page", "go.md"))).contains("https://example.com/page");
        assertThat(session.describe(LinkTarget.of("/authors/someone/", "go.md"))).contains("/authors/someone/")
                .isNotEqualTo(session.describe(LinkTarget.of("https://example.com/authors/someone/", "go.md")));
        assertThat(session.describe(new LinkTarget.Tag(TagPath.parse("Java")))).contains("Java");
        assertThat(session.describe(LinkTarget.of("#section", "go.md"))).isNull();
    }

    @Test
    void backAndForwardGoThroughTheArticlesReadAsABrowserDoes(@TempDir Path other) throws IOException {
        Files.writeString(root.resolve("third.md"), "---\ntitle: 第三篇\n---\n正文。\n");
        library.open(root);
        assertThat(session.canGoBackProperty().get()).isFalse();
        session.picked(library.filter().find(new ArticleId("go.md")));
        session.follow(new LinkTarget.Article(new ArticleId("pool.md"), null));
        session.open(new ArticleId("third.md"));

        session.back();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("线程池的小问题");
        session.back();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");
        assertThat(session.canGoBackProperty().get()).isFalse();
        assertThat(session.canGoForwardProperty().get()).isTrue();
        session.back();
        assertThat(reader.articleProperty().get()).as("nothing before the first").extracting(Article::title).isEqualTo("Go 的调度");

        session.forward();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("线程池的小问题");
        session.open(new ArticleId("go.md"));
        assertThat(session.canGoForwardProperty().get()).as("opening another article drops the ones ahead").isFalse();
        session.back();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("线程池的小问题");

        library.open(other);
        assertThat(session.canGoBackProperty().get()).as("another library, another history").isFalse();
        assertThat(session.canGoForwardProperty().get()).isFalse();
    }

    /** From go.md to pool.md, then two links within pool.md: to #notes from 25 %, to #fn-1 from 50 %. */
    private void goToPoolAndJumpTwiceWithinIt() {
        library.open(root);
        session.picked(library.filter().find(new ArticleId("go.md")));
        session.open(new ArticleId("pool.md"));
        reader.jumpedWithinPage(0.25, "notes");
        reader.jumpedWithinPage(0.5, "fn-1");
    }

    @Test
    void backReturnsFromAJumpWithinThePageBeforeItLeavesThePage() {
        goToPoolAndJumpTwiceWithinIt();

        session.back();
        assertThat(reader.placeProperty().get()).isEqualTo(new ReaderViewModel.Place(new ArticleId("pool.md"), null, 0.5));
        reader.placeReached();
        session.back();
        assertThat(reader.placeProperty().get()).isEqualTo(new ReaderViewModel.Place(new ArticleId("pool.md"), null, 0.25));
        assertThat(session.canGoBackProperty().get()).isTrue();
        session.back();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");

        reader.jumpedWithinPage(0.75, "notes");
        session.open(new ArticleId("pool.md"));
        session.back();
        assertThat(reader.articleProperty().get()).as("a jump in a page left behind is not returned to")
                .extracting(Article::title).isEqualTo("Go 的调度");
        assertThat(reader.canGoBackWithinPageProperty().get()).isFalse();
    }

    @Test
    void forwardMakesAJumpWithinThePageThatBackUndidAgainBeforeItOpensTheNextArticle() {
        goToPoolAndJumpTwiceWithinIt();
        assertThat(session.canGoForwardProperty().get()).as("a new jump drops what was ahead").isFalse();

        session.back();
        session.back();
        assertThat(session.canGoForwardProperty().get()).isTrue();
        session.forward();
        assertThat(reader.placeProperty().get()).isEqualTo(new ReaderViewModel.Place(new ArticleId("pool.md"), "notes"));
        session.forward();
        assertThat(reader.placeProperty().get()).isEqualTo(new ReaderViewModel.Place(new ArticleId("pool.md"), "fn-1"));
        assertThat(session.canGoForwardProperty().get()).isFalse();
        session.back();
        assertThat(reader.placeProperty().get()).as("and Back again after Forward")
                .isEqualTo(new ReaderViewModel.Place(new ArticleId("pool.md"), null, 0.5));

        session.back();
        session.back();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");
        assertThat(reader.canGoForwardWithinPageProperty().get()).as("jumps of a page left behind").isFalse();
        session.forward();
        assertThat(reader.articleProperty().get().id()).isEqualTo(new ArticleId("pool.md"));
    }

    @Test
    void theArticleShownBeforeItsLibraryIsReadIsWhereBackReturns() {
        reader.prepareFirst(root.toAbsolutePath().normalize(), new ArticleId("go.md"));
        library.open(root);
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");

        session.follow(new LinkTarget.Article(new ArticleId("pool.md"), null));
        session.back();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");
    }

    @Test
    void backSkipsAnArticleDeletedSince() throws IOException {
        Files.writeString(root.resolve("third.md"), "---\ntitle: 第三篇\n---\n正文。\n");
        library.open(root);
        session.picked(library.filter().find(new ArticleId("go.md")));
        session.open(new ArticleId("third.md"));
        session.open(new ArticleId("pool.md"));
        Files.delete(root.resolve("third.md"));
        library.open(root);
        session.open(new ArticleId("pool.md"));

        session.back();
        assertThat(reader.articleProperty().get()).extracting(Article::title).isEqualTo("Go 的调度");
    }

    @Test
    void searchSeesTheNotesOfNewHighlights() {
        library.open(root);
        Article pool = library.filter().find(new ArticleId("pool.md"));
        String text = "正文讲线程池。";
        annotations.highlight(pool, ArticleKey.of(pool.title(), pool.date(), text), Anchor.of(text, 3, 6, null),
                HighlightColor.YELLOW, "队列满了");

        search.queryProperty().set("队列满了");
        assertThat(search.results()).extracting(r -> r.article().title()).containsExactly("线程池的小问题");
    }
}
