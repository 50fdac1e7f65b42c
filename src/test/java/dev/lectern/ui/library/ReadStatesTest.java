package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.Facet;
import dev.lectern.library.MatchMode;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import dev.lectern.store.ReadingMemory;
import dev.lectern.store.ReadingStateFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-state changes as the list and its filter see them, without a window. */
class ReadStatesTest {

    @TempDir
    Path dir;

    private final List<Article> library = List.of(article("a.md", "java"), article("b.md", "java"),
            article("c.md", "go"), article("d.md"));
    private final ArticleFilter filter = new ArticleFilter();
    private ReadingMemory memory = new ReadingMemory();
    private ReadStatesViewModel states;

    private void open() {
        memory.setLibrary(dir.resolve("blog"));
        states = new ReadStatesViewModel(memory, filter);
        filter.setLibrary(library, TagIndex.build(library));
    }

    @Test
    void theFilterShowsOnlyArticlesInTheChosenStateWithCountsForEach() {
        open();
        states.seen(id("a.md"), 0.3, 0);
        states.seen(id("b.md"), 1.0, 0);

        filter.readFilterProperty().set(ReadFilter.UNREAD);
        assertThat(shown()).containsExactly("c.md", "d.md");
        filter.readFilterProperty().set(ReadFilter.IN_PROGRESS);
        assertThat(shown()).containsExactly("a.md");
        filter.readFilterProperty().set(ReadFilter.READ);
        assertThat(shown()).containsExactly("b.md");
        assertThat(List.of(filter.stateCount(ReadState.UNREAD), filter.stateCount(ReadState.IN_PROGRESS),
                filter.stateCount(ReadState.READ))).containsExactly(2, 1, 1);
    }

    @Test
    void theReadFilterCombinesWithTagsAndTagCountsFollowIt() {
        open();
        states.seen(id("a.md"), 1.0, 0);
        filter.setChecked(java(), true);
        assertThat(filter.stateCount(ReadState.UNREAD)).as("of the java articles").isEqualTo(1);

        filter.readFilterProperty().set(ReadFilter.UNREAD);

        assertThat(shown()).containsExactly("b.md");
        filter.modeProperty().set(MatchMode.ANY);
        assertThat(filter.count(java())).as("unread java articles").isEqualTo(1);
    }

    @Test
    void aChangedStateUpdatesTheCountsButLeavesTheListUntilTheFilterChanges() {
        open();
        filter.readFilterProperty().set(ReadFilter.UNREAD);
        states.setRead(id("a.md"), true);

        assertThat(shown()).as("the article just marked does not vanish").contains("a.md");
        assertThat(filter.stateCount(ReadState.READ)).isEqualTo(1);
        filter.textProperty().set(" ");
        assertThat(shown()).containsExactly("b.md", "c.md", "d.md");
    }

    @Test
    void aMarkByHandWinsOverReadingProgressUntilTheArticleIsOpenedAgain() {
        open();
        states.seen(id("a.md"), 0.5, 0);
        states.toggleRead(id("a.md"));
        assertThat(states.progress(id("a.md")).state()).isEqualTo(ReadState.READ);
        states.toggleRead(id("a.md"));
        assertThat(states.progress(id("a.md")).state()).isEqualTo(ReadState.UNREAD);

        states.seen(id("a.md"), 0.6, 0);
        assertThat(states.progress(id("a.md")).state()).as("still on screen after the mark").isEqualTo(ReadState.UNREAD);
        states.opened(id("a.md"));
        states.seen(id("a.md"), 0.6, 0);
        assertThat(states.progress(id("a.md")).percent()).isEqualTo(60);
    }

    @Test
    void readStatesSurviveARestart() {
        memory = new ReadingMemory(new ReadingStateFile(dir.resolve("reading-state.tsv")));
        open();
        states.seen(id("a.md"), 1.0, 0);
        states.setRead(id("c.md"), true);
        states.setRead(id("c.md"), false);

        memory = new ReadingMemory(new ReadingStateFile(dir.resolve("reading-state.tsv")));
        open();

        assertThat(states.progress(id("a.md")).state()).isEqualTo(ReadState.READ);
        assertThat(states.progress(id("c.md")).state()).isEqualTo(ReadState.UNREAD);
        assertThat(filter.stateCount(ReadState.READ)).isEqualTo(1);
    }

    private TagRef java() {
        return filter.indexProperty().get().roots(Facet.TAG).stream().filter(n -> n.label().equals("java"))
                .findFirst().orElseThrow().ref();
    }

    private List<String> shown() {
        return filter.visibleArticles().stream().map(a -> a.id().path()).toList();
    }

    private static ArticleId id(String path) {
        return new ArticleId(path);
    }

    private static Article article(String path, String... tags) {
        return new Article(id(path), path, null, null, List.of(), List.of(tags), List.of(), null, false, null, List.of(), 1, 1);
    }
}
