package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotations view model on a real store, with its background work run in place and the store's clock fixed. */
class AnnotationsViewModelTest {

    private static final Executor NOW = Runnable::run;
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String TEXT = "线程池满了以后，新的任务会被拒绝。";

    @TempDir
    Path root;
    private final ArticleReader reader = new ArticleReader();
    private AnnotationsViewModel annotations;
    private Article article;
    private ArticleKey key;

    private AnnotationsViewModel model() {
        return new AnnotationsViewModel(new ArticleTexts(reader, new PageRenderer()), NOW, NOW);
    }

    private AnnotationStores stores() {
        return dir -> AnnotationStore.open(root.resolve("annotations.yaml"), dir, null, FIXED);
    }

    @BeforeEach
    void open() throws IOException {
        Files.writeString(root.resolve("pool.md"), "# 线程池\n\n" + TEXT + "\n");
        article = reader.read(root, root.resolve("pool.md"));
        key = ArticleKey.of(article.title(), article.date(), TEXT);
        annotations = model();
        annotations.open(stores(), root);
    }

    @AfterEach
    void close() {
        annotations.close();
    }

    @Test
    void aHighlightIsListedCountedAndStillThereAfterReopening() {
        long before = annotations.revisionProperty().get();

        Highlight saved = annotations.highlight(article, key, Anchor.of(TEXT, 8, 15, null), HighlightColor.GREEN, "拒绝策略");

        assertThat(annotations.revisionProperty().get()).isGreaterThan(before);
        assertThat(annotations.all()).containsExactly(saved);
        assertThat(annotations.count(article.id())).isEqualTo(1);
        annotations.close();

        AnnotationsViewModel again = model();
        again.open(stores(), root);
        assertThat(again.of(article.id())).singleElement().isInstanceOfSatisfying(Highlight.class, h -> {
            assertThat(h.anchor().quote()).isEqualTo("新的任务会被拒");
            assertThat(h.color()).isEqualTo(HighlightColor.GREEN);
            assertThat(h.note()).isEqualTo("拒绝策略");
        });
        again.close();
    }

    @Test
    void highlightingAHighlightedPassageAgainRecoloursItKeepingItsNote() {
        Highlight first = annotations.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.YELLOW, "池");

        Highlight again = annotations.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.BLUE, "");
        annotations.highlight(article, key, Anchor.of(TEXT, 0, 4, null), HighlightColor.PINK, "");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(annotations.of(article.id())).as("a longer passage is a highlight of its own").hasSize(2)
                .filteredOn(a -> a.id().equals(first.id())).singleElement().isInstanceOfSatisfying(Highlight.class, h -> {
            assertThat(h.color()).isEqualTo(HighlightColor.BLUE);
            assertThat(h.note()).isEqualTo("池");
        });
    }

    @Test
    void aPassageOverAHighlightExtendsItKeepingItsNoteAndUndoTakesTheExtensionBack() {
        // 线程池满了以后，新的任务会被拒绝。: 满了以后 highlighted, then 线程池满了 selected over its start
        Highlight first = annotations.highlight(article, key, Anchor.of(TEXT, 3, 7, null), HighlightColor.YELLOW,
                "何时拒绝", TEXT);

        Highlight extended = annotations.highlight(article, key, Anchor.of(TEXT, 0, 5, null), HighlightColor.BLUE, "",
                TEXT);

        assertThat(extended.id()).isEqualTo(first.id());
        assertThat(annotations.of(article.id())).as("one highlight, not one laid over the other").singleElement()
                .isInstanceOfSatisfying(Highlight.class, h -> {
                    assertThat(h.anchor().quote()).isEqualTo("线程池满了以后");
                    assertThat(h.color()).isEqualTo(HighlightColor.BLUE);
                    assertThat(h.note()).as("its note kept").isEqualTo("何时拒绝");
                });

        Highlight noted = annotations.highlight(article, key, Anchor.of(TEXT, 0, 9, null), HighlightColor.BLUE, "再看",
                TEXT);
        assertThat(noted.note()).as("both notes kept").isEqualTo("何时拒绝\n\n再看");
        annotations.undo();

        annotations.highlight(article, key, Anchor.of(TEXT, 1, 3, null), HighlightColor.PINK, "", TEXT);
        assertThat(annotations.of(article.id())).as("a passage inside a highlight is one of its own").hasSize(2);

        annotations.undo();
        assertThat(annotations.of(article.id())).filteredOn(a -> a.id().equals(first.id())).singleElement()
                .isInstanceOfSatisfying(Highlight.class, h -> {
                    assertThat(h.anchor().quote()).as("Ctrl+Z: the passage highlighted before").isEqualTo("满了以后");
                    assertThat(h.color()).isEqualTo(HighlightColor.YELLOW);
                });
    }

    @Test
    void highlightsNotFoundInTheEditedTextAreSaidOnceNotAtEveryRepaint() {
        annotations.notFoundIn(article.id(), 2);
        assertThat(annotations.noteProperty().get()).contains("2 highlights or bookmarks of this article are not found");

        annotations.undo(); // another message meanwhile ("Nothing to undo"), then the same page painted again
        annotations.notFoundIn(article.id(), 2);
        assertThat(annotations.noteProperty().get()).as("said once for this article and count").doesNotContain("not found");

        annotations.notFoundIn(article.id(), 1);
        assertThat(annotations.noteProperty().get()).startsWith("A highlight or bookmark of this article is not found");
    }

    @Test
    void editingChangesColourAndNoteAndDeletingCanBeUndone() {
        Highlight saved = annotations.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.YELLOW, "");

        annotations.edit(saved.id(), HighlightColor.PINK, "note");
        assertThat(annotations.of(article.id())).singleElement()
                .isInstanceOfSatisfying(Highlight.class, h -> assertThat(h.note()).isEqualTo("note"));
        annotations.delete(saved.id());
        assertThat(annotations.all()).isEmpty();
        assertThat(annotations.count(article.id())).isZero();
        assertThat(annotations.noteProperty().get()).as("a delete is said, with the key that brings it back")
                .contains("Highlight deleted", "线程池", "pool.md", "Ctrl+Z");

        assertThat(annotations.undo()).isTrue();
        assertThat(annotations.all()).extracting(Annotation::id).containsExactly(saved.id());
        assertThat(annotations.noteProperty().get()).as("the status bar says what came back, and where")
                .contains("线程池", "pool.md");
        assertThat(annotations.undo()).as("then the edit before the delete").isTrue();
        assertThat(annotations.of(article.id())).singleElement()
                .isInstanceOfSatisfying(Highlight.class, h -> assertThat(h.note()).isEmpty());
        assertThat(annotations.undo()).as("nothing more to undo").isFalse();
        assertThat(annotations.noteProperty().get()).contains("Nothing to undo");
    }

    /** A note emptied by mistake (or a colour changed) comes back with Ctrl+Z, as a deleted highlight does. */
    @Test
    void aClearedNoteAndAChangedColourComeBackWithUndoOneStepAtATime() {
        annotations.close();
        // each change dated a second after the one before, as on a real clock
        Clock ticking = new Clock() {
            private Instant now = Instant.parse("2026-01-02T03:04:05Z");

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }
        };
        annotations = model();
        annotations.open(dir -> AnnotationStore.open(root.resolve("ticking.yaml"), dir, null, ticking), root);
        Highlight saved = annotations.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.BLUE,
                "三页笔记的开头");
        annotations.edit(saved.id(), HighlightColor.PINK, "三页笔记的开头");
        annotations.edit(saved.id(), HighlightColor.PINK, "");

        assertThat(annotations.undo()).isTrue();
        assertThat(annotations.of(article.id())).singleElement().isInstanceOfSatisfying(Highlight.class, h -> {
            assertThat(h.note()).isEqualTo("三页笔记的开头");
            assertThat(h.color()).isEqualTo(HighlightColor.PINK);
        });
        assertThat(annotations.noteProperty().get()).contains("undone", "pool.md");
        assertThat(annotations.undo()).isTrue();
        assertThat(annotations.of(article.id())).singleElement().isInstanceOfSatisfying(Highlight.class,
                h -> assertThat(h.color()).isEqualTo(HighlightColor.BLUE));
        assertThat(annotations.undo()).as("opening a highlight is no change to undo").isFalse();
    }

    /** A note saved since in another window (merged into the store) is not overwritten by undoing an older edit. */
    @Test
    void undoLeavesAChangeMadeSinceElsewhere() {
        Highlight saved = annotations.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.BLUE, "mine");
        annotations.edit(saved.id(), HighlightColor.BLUE, "mine, edited");
        annotations.store().editHighlight(saved.id(), HighlightColor.GREEN, "written in the other window");

        assertThat(annotations.undo()).isFalse();

        assertThat(annotations.of(article.id())).singleElement().isInstanceOfSatisfying(Highlight.class,
                h -> assertThat(h.note()).isEqualTo("written in the other window"));
        assertThat(annotations.noteProperty().get()).contains("Not undone");
    }

    @Test
    void undoingOnAnotherArticleNamesTheBookmarkItBringsBack() throws IOException {
        Files.writeString(root.resolve("other.md"), "# Other\n\nWords.\n");
        Article other = reader.read(root, root.resolve("other.md"));
        annotations.toggleArticleBookmark(other, ArticleKey.of(other.title(), other.date(), "Words."));
        dev.lectern.model.Bookmark star = annotations.articleBookmark(other.id());
        annotations.relabel(star.id(), "read again in spring");
        annotations.delete(star.id());

        assertThat(annotations.undo()).isTrue();

        assertThat(annotations.noteProperty().get()).contains("read again in spring", "other.md");
    }

    @Test
    void starringTheWholeArticleShowsAStarAndStarringAgainRemovesIt() {
        annotations.toggleArticleBookmark(article, key);
        assertThat(annotations.isStarred(article.id())).isTrue();
        assertThat(annotations.count(article.id())).as("a star is not a passage").isZero();

        annotations.toggleArticleBookmark(article, key);
        assertThat(annotations.isStarred(article.id())).isFalse();
        assertThat(annotations.articleBookmark(article.id())).isNull();
    }

    @Test
    void anArticleRenamedBetweenRunsIsFollowedWhenTheLibraryIsReadBeforeTheAnnotationFileIsOpen() throws IOException {
        // the window read the library first, its annotation file a moment later: the rename was never matched
        Highlight saved = annotations.highlight(article, key, Anchor.of(TEXT, 8, 15, null), HighlightColor.GREEN, "");
        annotations.close();
        Files.move(root.resolve("pool.md"), root.resolve("thread-pool.md"));
        Article renamed = reader.read(root, root.resolve("thread-pool.md"));

        AnnotationsViewModel next = model();
        next.followRenamedArticles(root, java.util.List.of(renamed));
        next.open(stores(), root);

        assertThat(next.of(renamed.id())).extracting(Annotation::id).containsExactly(saved.id());
        assertThat(next.noteProperty().get()).as("a quiet line in the status bar").contains("thread-pool.md");
        assertThat(next.problems()).as("no dialog for a routine rename").isEmpty();
        next.close();
    }

    @Test
    void theOpenArticleRenamedWhileOpenIsSaidQuietlyNotInADialog() {
        // a followed rename popped up a modal dialog, which the window shows for every problem
        Highlight saved = annotations.highlight(article, key, Anchor.of(TEXT, 8, 15, null), HighlightColor.GREEN, "");

        annotations.followRename(article.id(), new dev.lectern.model.ArticleId("archive/pool-renamed.md"));

        assertThat(annotations.of(new dev.lectern.model.ArticleId("archive/pool-renamed.md"))).extracting(Annotation::id)
                .containsExactly(saved.id());
        assertThat(annotations.problems()).isEmpty();
        assertThat(annotations.noteProperty().get()).contains("pool.md", "archive/pool-renamed.md");
        annotations.dismissNote();
        assertThat(annotations.noteProperty().get()).isEmpty();
    }

    @Test
    void aDamagedAnnotationFileIsReportedAndANewStoreStillWorks() throws IOException {
        annotations.close();
        Files.writeString(root.resolve("annotations.yaml"), "version: [not, a, store\n  - ::: broken");

        AnnotationsViewModel damaged = model();
        damaged.open(stores(), root);

        assertThat(damaged.isOpen()).isTrue();
        assertThat(damaged.problems()).isNotEmpty();
        damaged.highlight(article, key, Anchor.of(TEXT, 0, 3, null), HighlightColor.YELLOW, "");
        assertThat(damaged.all()).hasSize(1);
        damaged.close();
    }

    @Test
    void aStoreThatCannotBeOpenedIsReportedAndNothingCanBeEdited() {
        AnnotationsViewModel failing = model();
        failing.open(dir -> {
            throw new IOException("read-only disk");
        }, root);

        assertThat(failing.isOpen()).isFalse();
        assertThat(failing.problems()).singleElement().asString().contains("read-only disk");
        assertThat(failing.of(article.id())).isEmpty();
    }
}
