package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.TagIndex;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import dev.lectern.store.ReadingMemory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a large library streams into the list, the counts beside it grow with it: "All articles" and "Untagged" in
 * the tag tree, and the read-state buttons. They had stayed at 0 until the scan ended, beside thousands of rows; and
 * a filter typed meanwhile emptied the list of what had come.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class StreamedCountsTest {

    @TempDir
    Path dir;

    private final ArticleFilter filter = new ArticleFilter();

    @Start
    void start(Stage stage) {
        filter.setLibrary(List.of(), TagIndex.build(List.of()));
        stage.setScene(new Scene(new TagTreeView(filter, new dev.lectern.ui.common.ShownScript(Runnable::run, s -> java.util.concurrent.CompletableFuture.completedFuture(null))), 260, 320));
        stage.show();
    }

    @Test
    void theTreeAndReadStateCountsFollowTheArticlesStreamedIn(FxRobot robot) {
        ReadingMemory memory = new ReadingMemory();
        memory.setLibrary(dir.resolve("blog"));
        ReadStatesViewModel states = new ReadStatesViewModel(memory, filter);
        states.seen(new ArticleId("read.md"), 1.0, 0);

        robot.interact(() -> {
            filter.stream(List.of(article("a.md", "java"), article("read.md", "java")));
            filter.stream(List.of(article("untagged.md"), article("b.md", "go")));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(filter.visibleArticles()).hasSize(4);
        assertThat(rowCounts(robot)).containsEntry("All articles", 4).containsEntry("Untagged", 1);
        assertThat(List.of(filter.stateCount(ReadState.UNREAD), filter.stateCount(ReadState.READ))).containsExactly(3, 1);

        List<Article> all = List.of(article("a.md", "java"), article("read.md", "java"), article("untagged.md"),
                article("b.md", "go"));
        robot.interact(() -> filter.setLibrary(all, TagIndex.build(all)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowCounts(robot)).as("once indexed, the same counts").containsEntry("All articles", 4)
                .containsEntry("Untagged", 1).containsEntry("java", 2);
        assertThat(List.of(filter.stateCount(ReadState.UNREAD), filter.stateCount(ReadState.READ))).containsExactly(3, 1);
    }

    @Test
    void aFilterChangedWhileTheLibraryStreamsInAppliesToWhatCameAlready(FxRobot robot) {
        robot.interact(() -> filter.stream(List.of(article("redis-cache.md", "db"), article("go.md"))));

        robot.interact(() -> filter.textProperty().set("redis"));
        assertThat(filter.visibleArticles()).extracting(a -> a.id().path()).containsExactly("redis-cache.md");

        robot.interact(() -> filter.stream(List.of(article("redis-cluster.md"), article("java.md"))));
        robot.interact(() -> filter.textProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filter.visibleArticles()).hasSize(4);
        assertThat(rowCounts(robot)).containsEntry("All articles", 4).containsEntry("Untagged", 3);
        assertThat(filter.stateCount(ReadState.UNREAD)).isEqualTo(4);
    }

    @Test
    void aLibraryWithoutAnyTagHasNoUntaggedRowRepeatingAllArticles(FxRobot robot) {
        List<Article> untagged = List.of(article("a.md"), article("b.md"));
        robot.interact(() -> filter.stream(untagged));
        assertThat(rowCounts(robot)).as("while it streams in, tags may still come").containsEntry("Untagged", 2);

        robot.interact(() -> filter.setLibrary(untagged, TagIndex.build(untagged)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowCounts(robot)).containsOnlyKeys("All articles");
    }

    private static Map<String, Integer> rowCounts(FxRobot robot) {
        TreeView<TagTreeItem> tree = robot.lookup(".tree-view").query();
        return tree.getRoot().getChildren().stream().map(TreeItem::getValue)
                .collect(Collectors.toMap(TagTreeItem::label, TagTreeItem::count));
    }

    private static Article article(String path, String... tags) {
        return new Article(new ArticleId(path), path, null, null, List.of(), List.of(tags), List.of(), null, false, null,
                List.of(), 1, 1);
    }
}
