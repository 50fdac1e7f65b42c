package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.ImportPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's export and import: what one library's window exports, another's imports, with its background work run in
 * place. Before, the window's JSON export was not Web Annotations, so the import refused it, and the window had no import.
 */
class AnnotationTransferTest {

    private static final Executor NOW = Runnable::run;
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String TEXT = "线程池满了以后，新的任务会被拒绝。";

    @TempDir
    Path scratch;
    private final ArticleReader reader = new ArticleReader();
    private final ArticleTexts texts = new ArticleTexts(reader, new PageRenderer());
    private AnnotationsViewModel mine;
    private AnnotationsViewModel theirs;
    private Article article;
    private Path exported;

    private AnnotationsViewModel open(String name) throws IOException {
        Path root = Files.createDirectories(scratch.resolve(name));
        Files.writeString(root.resolve("pool.md"), "# 线程池\n\n" + TEXT + "\n");
        AnnotationsViewModel model = new AnnotationsViewModel(texts, NOW, NOW);
        model.open(dir -> AnnotationStore.open(scratch.resolve(name + ".yaml"), dir, null, FIXED), root);
        return model;
    }

    @BeforeEach
    void exportFromOneLibrary() throws IOException {
        theirs = open("theirs");
        Path root = scratch.resolve("theirs");
        article = reader.read(root, root.resolve("pool.md"));
        String page = texts.of(root, article.id());
        ArticleKey key = ArticleKey.of(article.title(), article.date(), page);
        int start = page.indexOf("拒绝");
        theirs.highlight(article, key, Anchor.of(page, start, start + 2, null), HighlightColor.PINK, "拒绝策略");
        theirs.toggleArticleBookmark(article, key);
        exported = scratch.resolve("export.jsonld");
        theirs.transfer().export(exported).toCompletableFuture().join();
        mine = open("mine");
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    private ImportPlan plan() {
        return mine.transfer().plan(exported, List.of(article.id())).toCompletableFuture().join();
    }

    /** The window's Markdown export (off the window's thread) marks a passage gone from its article's text. */
    @Test
    void theMarkdownExportMarksAPassageNoLongerInItsArticle() throws IOException {
        Path markdown = scratch.resolve("export.md");
        theirs.transfer().exportMarkdown(markdown).toCompletableFuture().join();
        assertThat(Files.readString(markdown)).contains("> 拒绝", "拒绝策略").doesNotContain("not found")
                .as("the link opens from where the export was saved").contains("[pool.md](theirs/pool.md)");

        Path root = scratch.resolve("theirs");
        Files.writeString(root.resolve("pool.md"), "# 线程池\n\n全部重写了。\n");
        theirs.transfer().exportMarkdown(markdown).toCompletableFuture().join();
        assertThat(Files.readString(markdown)).contains("> 拒绝", "(not found in the article now)");
    }

    @Test
    void anArticleRenamedSinceTheExportTakesItsAnnotationsAndTheStatusBarSaysWhere() throws IOException {
        Path root = scratch.resolve("mine");
        Files.move(root.resolve("pool.md"), root.resolve("thread-pool.md"));
        ImportPlan plan = mine.transfer().plan(exported, List.of(new dev.lectern.model.ArticleId("thread-pool.md")))
                .toCompletableFuture().join();

        AnnotationTransfer.Outcome done = mine.transfer().apply(plan, false);

        assertThat(done.added()).isEqualTo(2);
        assertThat(done.skipped()).isEmpty();
        assertThat(done.found()).singleElement().asString().contains("pool.md", "thread-pool.md");
        assertThat(mine.noteProperty().get()).isEqualTo(done.found().get(0));
        assertThat(mine.isStarred(new dev.lectern.model.ArticleId("thread-pool.md"))).isTrue();
    }

    /**
     * The window's Markdown export speaks the interface's language: a Chinese reader's notebook was headed "# Annotations"
     * with "### Bookmarks", "— whole article" and "(not found in the article now)" whatever the interface said.
     */
    @Test
    void theMarkdownExportIsWordedInTheInterfacesLanguage() throws IOException {
        Path markdown = scratch.resolve("export.md");
        Files.writeString(scratch.resolve("theirs").resolve("pool.md"), "# 线程池\n\n全部重写了。\n");
        for (java.util.Locale language : dev.lectern.ui.common.Messages.LANGUAGES) {
            dev.lectern.ui.common.Messages words = dev.lectern.ui.common.Messages.forLocale(language);
            theirs.transfer().exportMarkdown(markdown, words.exportWords()).toCompletableFuture().join();

            String md = Files.readString(markdown);
            assertThat(md).as(language.toString()).startsWith("# " + words.text("exportDoc.title") + "\n")
                    .contains("### " + words.text("exportDoc.bookmarks"),
                            "— " + words.text("exportDoc.wholeArticle"), words.text("exportDoc.notFound"),
                            "*" + words.text("color.pink").toLowerCase(language) + "* — 拒绝策略");
            if (!language.equals(java.util.Locale.ENGLISH)) {
                assertThat(md).as(language.toString()).doesNotContain("Annotations", "Bookmarks", "whole article",
                        "not found", "pink");
            }
        }
        assertThat(dev.lectern.ui.common.Messages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE).exportWords().title())
                .isEqualTo("批注");
    }

    @Test
    void anExportSaysInTheStatusBarHowManyItWroteWhere() {
        Path markdown = scratch.resolve("export.md");
        theirs.transfer().exportMarkdown(markdown).toCompletableFuture().join();

        assertThat(theirs.noteProperty().get()).isEqualTo(
                dev.lectern.ui.common.Messages.t("export.done", 2L, markdown));
        assertThat(dev.lectern.ui.common.Messages.forLocale(java.util.Locale.ENGLISH).format("export.done", 2L, "x.md"))
                .isEqualTo("Exported 2 highlights and bookmarks to x.md");
    }

    @Test
    void anExportFromOneWindowImportsIntoAnotherWithItsNoteColourAndStarAndOnlyOnce() throws IOException {
        assertThat(Files.readString(exported)).contains("\"AnnotationCollection\"", "拒绝策略");

        AnnotationTransfer.Outcome done = mine.transfer().apply(plan(), false);

        assertThat(done.added()).isEqualTo(2);
        assertThat(done.skipped()).isEmpty();
        Highlight highlight = mine.all().stream().filter(Highlight.class::isInstance).map(Highlight.class::cast)
                .findFirst().orElseThrow();
        assertThat(highlight.note()).isEqualTo("拒绝策略");
        assertThat(highlight.color()).isEqualTo(HighlightColor.PINK);
        assertThat(highlight.anchor().quote()).isEqualTo("拒绝");
        assertThat(mine.isStarred(article.id())).isTrue();

        AnnotationTransfer.Outcome again = mine.transfer().apply(plan(), false);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(mine.all()).hasSize(2);
    }

    @Test
    void aChangedNoteIsKeptUnlessTheReaderChoosesToOverwriteIt() {
        mine.transfer().apply(plan(), false);
        Highlight highlight = mine.all().stream().filter(Highlight.class::isInstance).map(Highlight.class::cast)
                .findFirst().orElseThrow();
        mine.edit(highlight.id(), highlight.color(), "my own words");

        AnnotationTransfer.Outcome kept = mine.transfer().apply(plan(), false);
        assertThat(kept.kept()).isEqualTo(1);
        assertThat(noteOf(highlight)).isEqualTo("my own words");

        AnnotationTransfer.Outcome overwritten = mine.transfer().apply(plan(), true);
        assertThat(overwritten.overwritten()).isEqualTo(1);
        assertThat(noteOf(highlight)).isEqualTo("拒绝策略");
    }

    @Test
    void aFileThatHoldsNoWebAnnotationsIsRefusedWithItsReasonAndNothingIsStored() throws IOException {
        Path markdown = scratch.resolve("notes.json");
        Files.writeString(markdown, "# not JSON at all\n");

        assertThatThrownBy(() -> mine.transfer().plan(markdown, List.of(article.id())).toCompletableFuture().join())
                .isInstanceOf(CompletionException.class).cause().hasMessageNotContaining("Exception")
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        assertThat(mine.all()).isEmpty();
    }

    @Test
    void anArticleTheLibraryDoesNotHaveIsSkippedAndSaidSo() {
        ImportPlan plan = mine.transfer().plan(exported, List.of(new ArticleId("elsewhere.md"))).toCompletableFuture().join();

        AnnotationTransfer.Outcome done = mine.transfer().apply(plan, false);

        assertThat(done.added()).isZero();
        assertThat(done.skipped()).hasSize(2).allSatisfy(reason -> assertThat(reason).contains("pool.md"));
        assertThat(mine.all().stream().filter(Bookmark.class::isInstance)).isEmpty();
    }

    private String noteOf(Highlight highlight) {
        return mine.all().stream().filter(a -> a.id().equals(highlight.id())).map(a -> ((Highlight) a).note())
                .findFirst().orElseThrow();
    }
}
