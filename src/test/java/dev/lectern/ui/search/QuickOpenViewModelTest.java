package dev.lectern.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.TagIndex;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.ui.library.ArticleFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The go-to box's view model on its own: the title lookup is a stand-in, the query thread a queue the test runs
 * when it chooses, the FX thread in place. What the box would list, and that a slow answer to older text is dropped.
 */
class QuickOpenViewModelTest {

    private static final Executor NOW = Runnable::run;

    private final Queue<Runnable> queryThread = new ArrayDeque<>();
    private final ArticleFilter filter = new ArticleFilter();
    private final AtomicReference<TagIndex> tags = new AtomicReference<>();
    /** The library's folder: none but in the test of a vault's aliases. */
    private Path root;
    private final List<String> asked = new ArrayList<>();
    private final List<Article> library = new ArrayList<>(List.of(
            article("pool.md", "线程池的小问题", "Java"),
            article("go.md", "Go 的调度", "Go"),
            article("jp.md", "コンテナ入門", "Docker")));

    private static Article article(String path, String title, String tag) {
        return new Article(new ArticleId(path), title, null, null, List.of(), List.of(tag), List.of(), null, false, null,
                List.of(), 1, 1);
    }

    /** A stand-in for the index's title lookup: titles containing the text, in library order. */
    private List<ArticleId> titles(String text, int limit) {
        asked.add(text + " ≤" + limit);
        return library.stream().filter(a -> a.title().toLowerCase().contains(text.toLowerCase()))
                .map(Article::id).limit(limit).toList();
    }

    private QuickOpenViewModel box() {
        filter.setLibrary(library, TagIndex.build(library));
        tags.set(filter.indexProperty().get());
        return new QuickOpenViewModel(this::titles, filter, tags::get, () -> root, queryThread::add, NOW, NOW);
    }

    private void runQueryThread() {
        while (!queryThread.isEmpty()) {
            queryThread.poll().run();
        }
    }

    private List<String> labels(QuickOpenViewModel box) {
        return box.items().stream().map(QuickItem::label).toList();
    }

    @Test
    void listsMatchingTitlesThenTagsAndAsksForAtMostTwentyArticles() {
        QuickOpenViewModel box = box();
        box.queryProperty().set("do");
        assertThat(box.items()).as("nothing until the query thread answers").isEmpty();
        runQueryThread();
        assertThat(labels(box)).containsExactly("Docker");
        box.queryProperty().set("的");
        runQueryThread();
        assertThat(labels(box)).containsExactly("线程池的小问题", "Go 的调度");
        assertThat(box.items().get(0).article().id().path()).isEqualTo("pool.md");
        assertThat(asked).containsExactly("do ≤" + QuickOpenViewModel.ARTICLES, "的 ≤" + QuickOpenViewModel.ARTICLES);
    }

    @Test
    void beforeTheIndexIsOpenTheTitlesOnScreenAreFoundAndTheBoxAsksTheIndexOnceItIs() {
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean();
        filter.setLibrary(library, TagIndex.build(library));
        tags.set(filter.indexProperty().get());
        QuickOpenViewModel box = new QuickOpenViewModel((text, limit) -> open.get() ? List.of(new ArticleId("go.md")) : null,
                filter, tags::get, () -> root, queryThread::add, NOW, NOW);

        box.queryProperty().set("线程池 问题");
        runQueryThread();
        assertThat(labels(box)).as("not \"No title matches\" while the index is built").containsExactly("线程池的小问题");
        assertThat(box.titlesOnlyProperty().get()).as("the box says pinyin comes once the index is built").isTrue();

        open.set(true);
        box.findAgain();
        runQueryThread();
        assertThat(labels(box)).as("the index's answer once it is open").containsExactly("Go 的调度");
        assertThat(box.titlesOnlyProperty().get()).isFalse();
    }

    @Test
    void textPastedAsLooseJamoFindsTheTitlesAndTagsWrittenInSyllables() {
        library.add(article("busan.md", "부산 돼지국밥", "여행"));
        QuickOpenViewModel box = box();

        box.queryProperty().set(java.text.Normalizer.normalize("여행", java.text.Normalizer.Form.NFD));
        runQueryThread();
        assertThat(labels(box)).containsExactly("여행");
        box.queryProperty().set(java.text.Normalizer.normalize("국밥", java.text.Normalizer.Form.NFD));
        runQueryThread();
        assertThat(labels(box)).containsExactly("부산 돼지국밥");
    }

    @Test
    void aTagNamedJustWhatWasTypedComesBeforeTheTitlesThatHoldTheWord() {
        for (int i = 0; i < 25; i++) {
            library.add(article("go" + i + ".md", "Notes on Go, part " + i, "Notes"));
        }
        library.add(article("lang.md", "Languages", "lang/Rust"));
        QuickOpenViewModel box = box();

        box.queryProperty().set("go");
        runQueryThread();
        assertThat(box.items().get(0).tag()).as("the tag Go, first").isNotNull();
        assertThat(labels(box).get(0)).isEqualTo("Go");
        assertThat(box.items().subList(1, box.items().size())).allMatch(item -> item.article() != null);

        box.queryProperty().set("RUST");
        runQueryThread();
        assertThat(labels(box)).as("a nested tag by its last part").containsExactly("lang/Rust");

        box.queryProperty().set("note");
        runQueryThread();
        assertThat(box.items().get(0).article()).as("a tag only starting with the text stays after the titles")
                .isNotNull();
        assertThat(labels(box).get(labels(box).size() - 1)).isEqualTo("Notes");
    }

    @Test
    void findsArticlesByTheirFileNameAfterTheTitlesAndSaysWhy() {
        library.add(new Article(new ArticleId("_posts/2026-04-29-ds2api-01-intro.md"), "GhostTrack 追踪工具", null, null,
                List.of(), List.of(), List.of(), null, false, null, List.of(), 1, 1));
        library.add(article("notes/go-scheduler.md", "调度器笔记", "Go"));
        QuickOpenViewModel box = box();

        box.queryProperty().set("DS2API 01");
        runQueryThread();
        assertThat(labels(box)).containsExactly("2026-04-29-ds2api-01-intro.md  ·  GhostTrack 追踪工具");
        assertThat(box.items().get(0).article().id().path()).isEqualTo("_posts/2026-04-29-ds2api-01-intro.md");

        box.queryProperty().set("go");
        runQueryThread();
        assertThat(labels(box)).as("the tag named so, then a title match once; then names")
                .containsExactly("Go", "Go 的调度", "go-scheduler.md  ·  调度器笔记");

        box.queryProperty().set("d");
        runQueryThread();
        assertThat(labels(box)).as("one letter is too short for names").noneMatch(label -> label.contains(".md"));

        library.add(new Article(new ArticleId("site/de/docs/privacy-sandbox/floc/index.md"), "Erlauben Sie Websites", null,
                null, List.of(), List.of(), List.of(), null, false, null, List.of(), 1, 1));
        box = box();
        box.queryProperty().set("floc");
        runQueryThread();
        assertThat(labels(box)).as("a page bundle is named by its folder")
                .containsExactly("floc/index.md  ·  Erlauben Sie Websites");
    }

    @Test
    void findsAVaultsNotesByTheirAliasesAsObsidiansQuickSwitcherDoes(@TempDir Path vault) throws Exception {
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.createDirectories(vault.resolve("books"));
        Files.writeString(vault.resolve("books/jcip.md"), "---\naliases: [JCIP, Concurrency book]\n---\nNotes.\n");
        Files.writeString(vault.resolve("books/ddia.md"), "---\naliases:\n  - DDIA\n  - 数据密集型应用\n---\n");
        Files.writeString(vault.resolve("pool.md"), "---\naliases: 线程池笔记\n---\n");
        library.add(article("books/jcip.md", "Java Concurrency in Practice", "Books"));
        library.add(article("books/ddia.md", "Designing Data-Intensive Applications", "Books"));
        root = vault;
        QuickOpenViewModel box = box();
        box.prepare();

        box.queryProperty().set("jcip");
        runQueryThread();
        assertThat(labels(box)).containsExactly("JCIP  ·  Java Concurrency in Practice");
        assertThat(box.items().get(0).article().id().path()).isEqualTo("books/jcip.md");

        box.queryProperty().set("数据密集");
        runQueryThread();
        assertThat(labels(box)).as("a Chinese alias").containsExactly("数据密集型应用  ·  Designing Data-Intensive Applications");

        box.queryProperty().set("concurrency");
        runQueryThread();
        assertThat(labels(box)).as("the title found it: listed once, by its title")
                .containsExactly("Java Concurrency in Practice");

        box.queryProperty().set("线程池");
        runQueryThread();
        assertThat(labels(box)).as("by title first, then by alias").containsExactly("线程池的小问题");

        box.queryProperty().set("book");
        runQueryThread();
        assertThat(labels(box)).as("after the titles, before the tags").containsExactly(
                "Concurrency book  ·  Java Concurrency in Practice", "Books");

        Files.writeString(vault.resolve("books/ddia.md"), "---\naliases: [Kleppmann]\n---\n");
        Files.setLastModifiedTime(vault.resolve("books/ddia.md"), java.nio.file.attribute.FileTime.fromMillis(1_000));
        dev.lectern.render.WikiNames.forget(vault); // as ten seconds later: the names are walked again
        box.prepare();
        box.queryProperty().set("kleppmann");
        runQueryThread();
        assertThat(labels(box)).as("read again as the box opens").containsExactly(
                "Kleppmann  ·  Designing Data-Intensive Applications");
    }

    @Test
    void anArticleIsShownWithItsFolderSoTwoOfOneNameAreToldApart() {
        assertThat(QuickItem.of(article("Areas/Ideas/Ideas.md", "Ideas", "x"), "Ideas").shown())
                .isEqualTo("Ideas  ·  Areas/Ideas");
        assertThat(QuickItem.of(article("Projects/Ideas/Ideas.md", "Ideas", "x"), "Ideas").shown())
                .isEqualTo("Ideas  ·  Projects/Ideas");
        assertThat(QuickItem.of(article("Ideas.md", "Ideas", "x"), "Ideas").shown()).as("at the library's top").isEqualTo("Ideas");
    }

    @Test
    void theFolderIsLeftOutWhenEveryArticleListedIsInTheSameOne() {
        library.clear();
        library.add(article("_posts/2019-01-01-pool.md", "java 线程池", "Java"));
        library.add(article("_posts/2019-02-01-pool.md", "线程池框架设计", "Java"));
        QuickOpenViewModel box = box();
        box.queryProperty().set("线程池");
        runQueryThread();
        assertThat(box.items()).extracting(QuickItem::shown).as("not \"· _posts\" on every row of a Jekyll blog")
                .containsExactly("java 线程池", "线程池框架设计");

        library.add(article("drafts/pool.md", "线程池草稿", "Java"));
        box = box();
        box.queryProperty().set("线程池");
        runQueryThread();
        assertThat(box.items()).extracting(QuickItem::shown)
                .contains("java 线程池  ·  _posts", "线程池草稿  ·  drafts");
    }

    @Test
    void aCategoryIsShownAsACategoryAndATagAsATagEachWithItsArticles() {
        QuickItem category = new QuickItem(null, dev.lectern.library.TagRef.of(dev.lectern.library.Facet.CATEGORY, "DevOps"),
                "DevOps", 12);
        QuickItem tag = new QuickItem(null, dev.lectern.library.TagRef.of(dev.lectern.library.Facet.TAG, "DevOps"), "DevOps",
                1);

        assertThat(category.shown()).isEqualTo(dev.lectern.ui.common.Messages.t("goto.category", "DevOps", 12))
                .contains("DevOps").isNotEqualTo(tag.shown());
        assertThat(tag.shown()).isEqualTo(dev.lectern.ui.common.Messages.t("goto.tag", "DevOps", 1));
        QuickItem language = new QuickItem(null, dev.lectern.library.TagRef.of(dev.lectern.library.Facet.LANGUAGE, "日本語"),
                "日本語", 273);
        assertThat(language.shown()).isEqualTo("Language: 日本語  ·  273 articles");
        assertThat(tag.shown()).isEqualTo("Tag: DevOps  ·  1 article");

        QuickOpenViewModel box = box();
        box.queryProperty().set("docker");
        runQueryThread();
        assertThat(box.items()).extracting(QuickItem::shown).as("the library's count").containsExactly("Tag: Docker  ·  1 article");
    }

    @Test
    void aSlowAnswerToOlderTextIsDroppedAndOnlyTheLastTextIsLookedUp() {
        QuickOpenViewModel box = box();
        box.queryProperty().set("g");
        box.queryProperty().set("go");
        box.queryProperty().set("docker");
        runQueryThread();
        assertThat(labels(box)).containsExactly("Docker");
        assertThat(asked).as("older texts are skipped before they are looked up").containsExactly("docker ≤20");
    }

    @Test
    void clearingTheTextEmptiesTheListAtOnceAndALateAnswerDoesNotRefillIt() {
        QuickOpenViewModel box = box();
        box.queryProperty().set("go");
        runQueryThread();
        assertThat(box.items()).isNotEmpty();
        box.queryProperty().set("线程");
        box.queryProperty().set("   ");
        assertThat(box.items()).isEmpty();
        runQueryThread();
        assertThat(box.items()).isEmpty();
    }

    @Test
    void tagsFollowTheLibraryWhenItsTagIndexChanges() {
        QuickOpenViewModel box = box();
        box.queryProperty().set("rust");
        runQueryThread();
        assertThat(box.items()).isEmpty();

        library.add(article("ownership.md", "所有权", "Rust"));
        filter.setLibrary(library, TagIndex.build(library));
        tags.set(filter.indexProperty().get());
        box.queryProperty().set("rus");
        runQueryThread();
        assertThat(labels(box)).containsExactly("Rust");
    }

    @Test
    void anArticleNoLongerInTheLibraryIsNotListed() {
        QuickOpenViewModel box = box();
        List<Article> withoutGo = library.stream().filter(a -> !a.id().path().equals("go.md")).toList();
        filter.setLibrary(withoutGo, TagIndex.build(withoutGo));
        box.queryProperty().set("go 的");
        runQueryThread();
        assertThat(box.items()).as("the index still knows go.md, the library does not").isEmpty();
    }
}
