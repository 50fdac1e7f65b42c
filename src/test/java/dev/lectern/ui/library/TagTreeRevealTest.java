package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.Facet;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.List;
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

/** A tag or category checked from outside the tree (a header chip, the go-to box) is brought into view. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class TagTreeRevealTest {

    private final ArticleFilter filter = new ArticleFilter();

    @Start
    void start(Stage stage) {
        List<Article> library = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            library.add(article("t" + i + ".md", List.of("tag" + i), List.of()));
        }
        library.add(article("ops.md", List.of(), List.of("DevOps")));
        library.add(article("nested.md", List.of("UX/Research"), List.of()));
        filter.setLibrary(library, TagIndex.build(library));
        stage.setScene(new Scene(new TagTreeView(filter, new dev.lectern.ui.common.ShownScript(Runnable::run, s -> java.util.concurrent.CompletableFuture.completedFuture(null))), 260, 320));
        stage.show();
    }

    private static Article article(String path, List<String> tags, List<String> categories) {
        return new Article(new ArticleId(path), path, null, null, List.of(), tags, categories, null, false, null,
                List.of(), 1, 1);
    }

    @Test
    void aCategoryChosenElsewhereIsScrolledIntoViewAndANestedTagsParentOpens(FxRobot robot) {
        assertThat(visibleLabels(robot)).doesNotContain("DevOps", "Research");

        robot.interact(() -> filter.showOnly(TagRef.of(Facet.CATEGORY, "DevOps")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleLabels(robot)).contains("DevOps");

        robot.interact(() -> filter.showOnly(TagRef.of(Facet.TAG, "UX/Research")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleLabels(robot)).contains("UX", "Research");
    }

    /** The mode restored from preferences after the pane was built is the one the header shows. */
    @Test
    void theHeaderShowsAModeSetAfterThePaneWasBuilt(FxRobot robot) {
        javafx.scene.control.ToggleButton all = robot.lookup("#mode-all").query();
        javafx.scene.control.ToggleButton any = robot.lookup("#mode-any").query();
        assertThat(all.isSelected()).isTrue();

        robot.interact(() -> filter.modeProperty().set(dev.lectern.library.MatchMode.ANY));
        assertThat(any.isSelected()).isTrue();
        assertThat(all.isSelected()).isFalse();

        robot.interact(() -> filter.modeProperty().set(dev.lectern.library.MatchMode.ALL));
        assertThat(all.isSelected()).isTrue();
        assertThat(any.isSelected()).isFalse();
    }

    /** The labels of the rows fully on screen. */
    private static List<String> visibleLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").query();
        List<String> labels = new ArrayList<>();
        robot.interact(() -> {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first == null || last == null) {
                return;
            }
            for (int i = first.getIndex(); i <= last.getIndex(); i++) {
                IndexedCell<?> cell = flow.getVisibleCell(i);
                if (cell != null && cell.getItem() instanceof TagTreeItem item
                        && cell.getLayoutY() >= 0 && cell.getLayoutY() + cell.getHeight() <= flow.getHeight()) {
                    labels.add(item.label());
                }
            }
        });
        return labels;
    }
}
