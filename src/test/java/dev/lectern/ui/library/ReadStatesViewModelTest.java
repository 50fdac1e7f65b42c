package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.TagIndex;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import dev.lectern.store.ReadingMemory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When an article on screen counts as opened and read, timed on a clock the test moves (no waiting). */
class ReadStatesViewModelTest {

    @TempDir
    Path dir;

    private final long[] now = {10_000};
    private final ArticleFilter filter = new ArticleFilter();
    private final ReadingMemory memory = new ReadingMemory();
    private final ArticleId short1 = new ArticleId("short.md");
    private final ArticleId long1 = new ArticleId("long.md");
    private ReadStatesViewModel states;

    @BeforeEach
    void open() {
        memory.setLibrary(dir.resolve("blog"));
        states = new ReadStatesViewModel(memory, filter, () -> now[0]);
        List<Article> library = List.of(article(short1), article(long1));
        filter.setLibrary(library, TagIndex.build(library));
    }

    private void pass(long millis) {
        now[0] += millis;
    }

    /** What the reading pane does each second: report the part seen once the article counts as opened. */
    private void look(ArticleId shown, double seen) {
        look(shown, seen, 0);
    }

    /** The same, the page scrolled by offset pixels. */
    private void look(ArticleId shown, double seen, double offset) {
        if (states.countsAsOpened(shown)) {
            states.seen(shown, seen, offset);
        }
    }

    @Test
    void anArticleThatFitsOnOneScreenIsReadAfterTwoSecondsNotBefore() {
        long revision = states.revisionProperty().get();
        states.pageShown(short1);

        pass(1000);
        look(short1, 1.0);
        assertThat(states.progress(short1).state()).isEqualTo(ReadState.UNREAD);
        assertThat(states.revisionProperty().get()).isEqualTo(revision);

        pass(1000);
        look(short1, 1.0);
        assertThat(states.progress(short1).state()).isEqualTo(ReadState.READ);
        assertThat(states.revisionProperty().get()).as("the list repaints").isGreaterThan(revision);
        assertThat(filter.stateCount(ReadState.READ)).isEqualTo(1);
    }

    @Test
    void anUnreadArticleTheWindowShowsByItselfIsOpenedOnlyOnceTheReaderScrollsIt() {
        states.showingUnasked(long1);
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.1);
        pass(60_000);
        look(long1, 0.1);
        assertThat(states.progress(long1).state()).as("a first look at a library reads nothing").isEqualTo(ReadState.UNREAD);
        assertThat(filter.stateCount(ReadState.IN_PROGRESS)).isZero();
        look(long1, 0.2);
        assertThat(states.progress(long1).state()).as("the window made taller shows more, unscrolled")
                .isEqualTo(ReadState.UNREAD);

        look(long1, 0.3, 2400);
        assertThat(states.progress(long1).state()).isEqualTo(ReadState.IN_PROGRESS);
        assertThat(states.progress(long1).percent()).isEqualTo(30);

        states.showingUnasked(short1);
        states.pageShown(short1);
        pass(2000);
        look(short1, 1.0);
        assertThat(states.progress(short1).state()).isEqualTo(ReadState.UNREAD);
        states.chosen(short1); // clicked in the list, or into the page
        look(short1, 1.0);
        assertThat(states.progress(short1).state()).isEqualTo(ReadState.READ);

        ArticleId picked = new ArticleId("picked.md");
        states.pageShown(picked);
        pass(2000);
        look(picked, 1.0);
        assertThat(states.progress(picked).state()).as("an article the reader picks").isEqualTo(ReadState.READ);
    }

    @Test
    void theArticleOpenAtTheLastCloseCountsAtOnceWhenItWasBeingRead() {
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.4);
        states.pageShown(short1);

        states.showingUnasked(null); // the next page, whichever it is: the one open at the last close
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.5);
        assertThat(states.progress(long1).percent()).isEqualTo(50);

        states.showingUnasked(null);
        states.pageShown(new ArticleId("never.md"));
        pass(2000);
        look(new ArticleId("never.md"), 0.2);
        assertThat(states.progress(new ArticleId("never.md")).state()).isEqualTo(ReadState.UNREAD);
    }

    @Test
    void runningDownTheListOpensNothing() {
        for (ArticleId id : List.of(short1, long1, short1, long1)) {
            states.pageShown(id);
            pass(500);
            look(id, 1.0);
        }
        assertThat(filter.stateCount(ReadState.UNREAD)).isEqualTo(2);
    }

    @Test
    void aLongArticleIsInProgressWithHowFarThenReadWhenItsEndWasOnScreen() {
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.4);
        assertThat(states.progress(long1).state()).isEqualTo(ReadState.IN_PROGRESS);
        assertThat(states.progress(long1).percent()).isEqualTo(40);

        pass(60_000);
        look(long1, 1.0);
        assertThat(states.progress(long1).state()).isEqualTo(ReadState.READ);
    }

    @Test
    void theSameArticleRenderedAgainKeepsItsTimeButAnotherOneStartsOver() {
        states.pageShown(long1);
        pass(1500);
        states.pageShown(long1);
        pass(500);
        assertThat(states.countsAsOpened(long1)).as("a re-render does not restart the clock").isTrue();

        states.pageShown(short1);
        assertThat(states.countsAsOpened(short1)).isFalse();
        assertThat(states.countsAsOpened(long1)).as("no longer on screen").isFalse();
    }

    @Test
    void aMarkByHandHoldsWhileTheArticleStaysOnScreen() {
        states.pageShown(short1);
        states.setRead(short1, false);
        pass(5000);
        look(short1, 1.0);
        assertThat(states.progress(short1).state()).isEqualTo(ReadState.UNREAD);

        states.pageShown(long1);
        states.pageShown(short1);
        pass(2000);
        look(short1, 1.0);
        assertThat(states.progress(short1).state()).as("opened again").isEqualTo(ReadState.READ);
    }

    @Test
    void anArticleRenamedOnDiskWhileHalfReadCountsAsInProgressUnderItsNewPath() {
        // the row said 68% but the filter bar said "In progress 0" and the In progress filter was empty
        states.pageShown(long1);
        pass(ReadStatesViewModel.OPEN_AFTER_MS);
        look(long1, 0.68);
        assertThat(filter.stateCount(ReadState.IN_PROGRESS)).isEqualTo(1);
        ArticleId renamed = new ArticleId("archive/long-renamed.md");
        List<Article> after = List.of(article(short1), article(renamed));
        filter.setLibrary(after, TagIndex.build(after)); // the watcher's change comes first: the new path looks unread
        long revision = states.revisionProperty().get();

        memory.move(long1, renamed); // then the window follows the rename

        assertThat(states.progress(renamed).percent()).isEqualTo(68);
        assertThat(filter.stateCount(ReadState.IN_PROGRESS)).as("the filter bar's count").isEqualTo(1);
        assertThat(states.revisionProperty().get()).as("the bar and rows repaint").isGreaterThan(revision);
        filter.readFilterProperty().set(ReadFilter.IN_PROGRESS);
        assertThat(filter.visibleArticles()).extracting(Article::id).containsExactly(renamed);
        pass(1000);
        look(renamed, 0.8);
        assertThat(states.progress(renamed).percent()).as("reading on goes on counting").isEqualTo(80);
    }

    private static Article article(ArticleId id) {
        return new Article(id, id.path(), null, null, List.of(), List.of(), List.of(), null, false, null, List.of(), 1, 1);
    }

    @Test
    void aJumpToTheFootnotesAtTheEndDoesNotMarkTheArticleRead() {
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.3, 900);
        states.jumpedWithinPage(long1); // a footnote's number clicked: the page jumps to the notes at its end
        pass(500);
        look(long1, 1.0, 9000);
        pass(5000);
        look(long1, 1.0, 9000);
        assertThat(states.progress(long1).state()).isEqualTo(ReadState.IN_PROGRESS);
        assertThat(states.progress(long1).percent()).isEqualTo(30);

        look(long1, 0.3, 900); // Back, to where the reader was
        look(long1, 0.35, 1050); // and reading on
        assertThat(states.progress(long1).percent()).isEqualTo(35);
    }

    @Test
    void readingOnFromWhereAJumpLandedCountsAsReading() {
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.1, 100);
        states.jumpedWithinPage(long1); // an entry of the contents: the section is read from there on
        look(long1, 0.6, 6000);
        look(long1, 0.65, 6500);
        assertThat(states.progress(long1).percent()).isEqualTo(65);
    }

    @Test
    void scrollingBackFromTheNotesAtTheEndAndReadingOnToTheEndCountsAsReading() {
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.25, 2500);
        states.jumpedWithinPage(long1); // a footnote's number: the notes at the end, the furthest the page scrolls
        look(long1, 1.0, 9000);
        look(long1, 0.3, 3000); // scrolled back by hand, to a little past where the reader had got
        look(long1, 0.6, 6000); // and read on from there
        assertThat(states.progress(long1).percent()).as("reading on from there").isEqualTo(60);
        look(long1, 1.0, 9000); // to the end
        assertThat(states.progress(long1).state()).isEqualTo(ReadState.READ);
    }

    @Test
    void aLargerTextAfterAJumpToTheNotesDoesNotMarkTheArticleRead() {
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.3, 900);
        states.jumpedWithinPage(long1); // the notes at the end
        look(long1, 1.0, 9000);
        states.reflowed(long1); // Ctrl+=: the text grows, the line at the top is kept there, further down the page
        look(long1, 1.0, 13000);
        pass(5000);
        look(long1, 1.0, 13000);
        assertThat(states.progress(long1).state()).isEqualTo(ReadState.IN_PROGRESS);
        assertThat(states.progress(long1).percent()).isEqualTo(30);

        look(long1, 1.0, 13500); // reading on in the notes, in the larger text
        assertThat(states.progress(long1).state()).isEqualTo(ReadState.READ);
    }

    @Test
    void theSameArticleShownAgainHalfWrittenCountsOnlyOnceScrolled() {
        states.pageShown(long1);
        pass(2000);
        look(long1, 0.19, 1900);
        states.pageShown(long1); // its file rewritten in place by a sync tool: half of it, put where the reader was
        pass(500);
        look(long1, 0.48, 1900);
        look(long1, 0.48, 1900);
        assertThat(states.progress(long1).percent()).as("the shorter page read nothing more").isEqualTo(19);

        states.pageShown(long1); // whole again
        look(long1, 0.19, 1900);
        look(long1, 0.21, 2100); // read on
        assertThat(states.progress(long1).percent()).isEqualTo(21);
    }
}
