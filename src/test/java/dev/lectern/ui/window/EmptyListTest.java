package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LoadedLibrary;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.model.Article;
import dev.lectern.ui.library.LibraryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the empty list says before a library is listed: a first start with no folder (the desktop menu's, in a home
 * without ./content), a folder about to be read, one being read. Each said "No articles match. Uncheck a tag or clear
 * the filter." with nothing checked.
 */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class EmptyListTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final CountDownLatch walkMayFinish = new CountDownLatch(1);

    @AfterEach
    void stop() throws Exception {
        walkMayFinish.countDown();
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    private ReaderFixture window(FxRobot robot, LibraryLoader loader, java.util.function.Consumer<ReaderFixture> beforeShow)
            throws Exception {
        Path annotations = Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml");
        ReaderFixture[] built = new ReaderFixture[1];
        robot.interact(() -> built[0] = new ReaderFixture(new Stage(), background, annotations, false, null, loader,
                beforeShow));
        return built[0];
    }

    private static TableView<?> table(FxRobot robot, ReaderFixture window) {
        return robot.from(window.stage.getScene().getRoot()).lookup("#article-table").queryTableView();
    }

    @Test
    void withNoFolderTheListSaysNoLibraryIsOpenAndOffersToOpenOne(FxRobot robot) throws Exception {
        ReaderFixture window = window(robot, null, fixture -> { });
        TableView<?> table = table(robot, window);
        WaitForAsyncUtils.waitForFxEvents();

        Node placeholder = table.getPlaceholder();
        assertThat(placeholder.getId()).isEqualTo("no-library");
        Label why = (Label) placeholder.lookup("#no-library-text");
        assertThat(why.getText()).isEqualTo(t("list.noLibrary")).doesNotContain("Uncheck");
        Button open = (Button) placeholder.lookup("#open-folder-button");
        assertThat(open.getText()).isEqualTo(t("list.noLibrary.open"));
        assertThat(open.getOnAction()).isNotNull();
    }

    @Test
    void aFolderAboutToBeOpenedIsSaidToBeReadNotToMatchNothing(FxRobot robot) throws Exception {
        ReaderFixture window = window(robot, null, fixture -> fixture.window.expectLibrary());
        TableView<?> table = table(robot, window);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getPlaceholder().getId()).isEqualTo("list-reading");
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(t("list.reading"));
        javafx.scene.control.TreeView<dev.lectern.ui.library.TagTreeItem> tree = robot.from(window.stage.getScene().getRoot())
                .lookup("#tag-tree").query();
        assertThat(labels(tree)).as("the tag panel says its tags are to come").startsWith(t("tags.all"), t("tags.loading"));
    }

    @Test
    void whileArticlesStreamInTheTagTreeShowsNoCounts(FxRobot robot) throws Exception {
        LibraryScanner scanner = new LibraryScanner(new ArticleReader(), 2);
        // a first read of a large folder: articles come in one by one, the tag index only at the end
        LibraryLoader slowWalk = (root, listener, cancelled) -> {
            ScanResult all = scanner.scan(root, ScanListener.NONE, cancelled);
            listener.discovered(all.articles().size());
            for (Article article : all.articles()) {
                listener.loaded(article);
            }
            try {
                walkMayFinish.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LoadedLibrary.of(all);
        };
        ReaderFixture window = window(robot, slowWalk, fixture -> { });
        robot.interact(() -> window.library.open(ReaderFixture.SAMPLES));
        TableView<?> table = table(robot, window);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TreeView<dev.lectern.ui.library.TagTreeItem> tree = robot.from(window.stage.getScene().getRoot())
                .lookup("#tag-tree").query();
        assertThat(labels(tree)).as("the tree says its tags are being read").startsWith(t("tags.all"), t("tags.loading"))
                .doesNotContain("AWS");

        walkMayFinish.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(tree)).contains("AWS").doesNotContain(t("tags.loading"));
    }

    private static java.util.List<String> labels(javafx.scene.control.TreeView<dev.lectern.ui.library.TagTreeItem> tree) {
        return tree.getRoot().getChildren().stream().map(item -> item.getValue().label()).toList();
    }
}
