package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.Facet;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.store.ReadingMemory;
import dev.lectern.ui.common.AnnotationMarks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where the article list is scrolled after its articles change: a tag checked, or a file changed on disk. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class ListScrollTest {

    private final ArticleFilter filter = new ArticleFilter();
    private final List<Article> articles = new ArrayList<>();
    private ArticleListView list;

    @Start
    void start(Stage stage) {
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 300; i++) {
            // one in ten is tagged "go", newest first
            articles.add(article("a" + i + ".md", day.minusDays(i), i % 10 == 5 ? List.of("go") : List.of()));
        }
        filter.setLibrary(articles, TagIndex.build(articles));
        list = new ArticleListView(filter, new NoMarks(), new ReadStatesViewModel(new ReadingMemory(), filter),
                () -> null, uri -> null, new dev.lectern.ui.common.ShownScript(Runnable::run, s -> java.util.concurrent.CompletableFuture.completedFuture(null)));
        stage.setScene(new Scene(list, 400, 500));
        stage.show();
    }

    @Test
    void aCheckedTagShowsTheStartOfItsArticlesNotTheMiddleWhereTheLongerListWasScrolled(FxRobot robot) {
        robot.interact(() -> list.table().scrollTo(200));
        assertThat(firstShown(robot)).isGreaterThan(150);

        robot.interact(() -> filter.setChecked(TagRef.of(Facet.TAG, "go"), true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.table().getItems()).hasSize(30);
        assertThat(firstShown(robot)).isZero();
    }

    @Test
    void aCheckedTagKeepsTheSelectedArticleInView(FxRobot robot) {
        robot.interact(() -> {
            list.table().getSelectionModel().select(articles.get(255));
            list.table().scrollTo(250);
        });
        robot.interact(() -> filter.setChecked(TagRef.of(Facet.TAG, "go"), true));
        WaitForAsyncUtils.waitForFxEvents();

        int selected = list.table().getSelectionModel().getSelectedIndex();
        assertThat(selected).isEqualTo(25);
        assertThat(firstShown(robot)).isLessThanOrEqualTo(selected);
        assertThat(lastShown(robot)).isGreaterThanOrEqualTo(selected);
    }

    @Test
    void theArticleAtTheTopStaysAtTheTopWhenATagItHasIsChecked(FxRobot robot) {
        robot.interact(() -> list.table().scrollTo(105)); // a5 … a295 are tagged go: a105 is the 11th of them
        assertThat(list.table().getItems().get(firstShown(robot)).id().path()).isEqualTo("a105.md");

        robot.interact(() -> filter.setChecked(TagRef.of(Facet.TAG, "go"), true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.table().getItems().get(firstShown(robot)).id().path()).isEqualTo("a105.md");
    }

    @Test
    void aListRefreshedWithTheSameArticlesStaysWhereItWas(FxRobot robot) {
        robot.interact(() -> list.table().scrollTo(120));
        int before = firstShown(robot);
        List<Article> changed = new ArrayList<>(articles);
        changed.set(3, article("a3.md", LocalDate.of(2023, 12, 29), List.of("edited"))); // a file changed on disk

        robot.interact(() -> filter.setLibrary(changed, TagIndex.build(changed)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstShown(robot)).isEqualTo(before);
    }

    @Test
    void aResizedWindowKeepsTheRowAtTheTopOfTheList(FxRobot robot) {
        robot.interact(() -> dev.lectern.ui.common.RowsInView.showAtTop(list.table(), 120));
        assertThat(firstShown(robot)).isEqualTo(120);
        robot.interact(() -> list.getScene().getWindow().setHeight(list.getScene().getWindow().getHeight() - 200));
        assertThat(firstShown(robot)).as("shrunk").isEqualTo(120);
        robot.interact(() -> list.getScene().getWindow().setHeight(list.getScene().getWindow().getHeight() + 300));
        assertThat(firstShown(robot)).as("grown").isEqualTo(120);
    }

    @Test
    void aViewScrolledWhileTheListIsReplacedStaysWhereItWasPut(FxRobot robot) {
        // the window scrolls to the article it opens on once the table has its size, which may come after the walk's
        // list replaced the cached one and before the list put its old top row back at the top
        List<Article> changed = new ArrayList<>(articles);
        changed.set(3, article("a3.md", LocalDate.of(2023, 12, 29), List.of("edited")));
        robot.interact(() -> {
            filter.setLibrary(changed, TagIndex.build(changed));
            list.table().getSelectionModel().select(200);
            list.showSelectedWhole();
        });
        assertThat(firstShown(robot)).isEqualTo(200);
    }

    @Test
    void aLibraryStreamedInOldestFirstIsListedNewestFirstWhileItLoadsAndARowScrolledToStaysAtTheTop(FxRobot robot) {
        List<Article> newestFirst = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            newestFirst.add(article("b" + i + ".md", LocalDate.of(2024, 1, 1).minusDays(i), List.of()));
        }
        List<Article> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        robot.interact(() -> filter.setLibrary(List.of(), TagIndex.build(List.of())));
        stream(robot, oldestFirst.subList(0, 500));
        // b500 is the newest of those come; the last few appended are sorted in as more come
        assertThat(list.table().getItems().get(0).date()).as("one of the newest on top")
                .isAfterOrEqualTo(newestFirst.get(600).date());
        assertThat(list.table().getItems().subList(0, 400)).isSortedAccordingTo(
                java.util.Comparator.comparing(Article::date).reversed());
        assertThat(firstShown(robot)).as("the list's start, with the newest").isZero();

        robot.interact(() -> list.table().scrollTo(60));
        Article top = list.table().getItems().get(firstShown(robot));
        stream(robot, oldestFirst.subList(500, 1000));
        assertThat(list.table().getItems().get(0).date()).isAfterOrEqualTo(newestFirst.get(200).date());
        assertThat(list.table().getItems().get(firstShown(robot))).as("the row read stays at the top").isEqualTo(top);
    }

    /** Streams the articles into the filter in batches of ten, as a first walk does. */
    private void stream(FxRobot robot, List<Article> articles) {
        for (int from = 0; from < articles.size(); from += 10) {
            List<Article> batch = articles.subList(from, from + 10);
            robot.interact(() -> filter.stream(batch));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int firstShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return dev.lectern.ui.common.RowsInView.firstShown(list.table());
    }

    private int lastShown(FxRobot robot) {
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        IndexedCell<?> cell = flow.getLastVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }

    private static Article article(String path, LocalDate date, List<String> tags) {
        return new Article(new ArticleId(path), path, null, date, List.of(), tags, List.of(), null, false, null,
                List.of(), 1, 1);
    }

    /** No article has highlights or a star. */
    private static final class NoMarks implements AnnotationMarks {
        private final SimpleLongProperty revision = new SimpleLongProperty();

        @Override
        public int count(ArticleId article) {
            return 0;
        }

        @Override
        public boolean isStarred(ArticleId article) {
            return false;
        }

        @Override
        public ReadOnlyLongProperty revisionProperty() {
            return revision;
        }
    }
}
