package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.TagIndex;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.store.ReadingMemory;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The list sorted by title counts numbers as a reader does: 1, 2, 10, not 1, 10, 2. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class TitleSortTest {

    private final ArticleFilter filter = new ArticleFilter();
    private ArticleListView list;

    @Start
    void start(Stage stage) {
        List<Article> articles = List.of(article("「SF-LC」10 IndPrinciples"), article("「SF-LC」2 Induction"),
                article("「SF-LC」1 Basics"), article("编程 3"), article("Bash 12"), article("编程 20"),
                article("Chapter 007"), article("Chapter 7"), article("Chapter 8"));
        filter.setLibrary(articles, TagIndex.build(articles));
        list = new ArticleListView(filter, new NoMarks(), new ReadStatesViewModel(new ReadingMemory(), filter),
                () -> null, uri -> null, new dev.lectern.ui.common.ShownScript(Runnable::run,
                s -> java.util.concurrent.CompletableFuture.completedFuture(null)));
        stage.setScene(new Scene(list, 400, 500));
        stage.show();
    }

    private static Article article(String title) {
        return new Article(new ArticleId(title + ".md"), title, null, null, List.of(), List.of(), List.of(), null,
                false, null, List.of(), 1, 1);
    }

    @Test
    void numbersInTitlesSortByTheirValueAndChineseStaysByPinyin(FxRobot robot) {
        robot.interact(() -> filter.listOrderProperty().set(ListOrder.of(true, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.table().getItems()).extracting(Article::title).containsExactly(
                "Bash 12", "编程 3", "编程 20", "Chapter 7", "Chapter 007", "Chapter 8",
                "「SF-LC」1 Basics", "「SF-LC」2 Induction", "「SF-LC」10 IndPrinciples");
    }

    private static final class NoMarks implements dev.lectern.ui.common.AnnotationMarks {
        private final javafx.beans.property.SimpleLongProperty revision = new javafx.beans.property.SimpleLongProperty();

        @Override
        public int count(ArticleId article) {
            return 0;
        }

        @Override
        public boolean isStarred(ArticleId article) {
            return false;
        }

        @Override
        public javafx.beans.property.ReadOnlyLongProperty revisionProperty() {
            return revision;
        }
    }
}
