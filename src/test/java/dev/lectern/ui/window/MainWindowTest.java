package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.library.TagTreeItem;
import dev.lectern.ui.reader.ReaderViewModel;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckTreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The three-pane window on the sample library, driven headless as a user would. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class MainWindowTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private List<URI> opened;
    private LibraryViewModel library;
    private ReaderViewModel reader;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        ReaderFixture window = ReaderFixture.onSamples(stage, background, scratch);
        library = window.library;
        reader = window.reader;
        opened = window.opened;
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void aLibraryFolderDeletedWhileOpenIsSaidToBeGoneNotEmpty(FxRobot robot) throws Exception {
        // rm -rf of the open library: the list said the folder held no articles
        Path folder = java.nio.file.Files.createDirectories(scratch.resolve("doomed"));
        java.nio.file.Files.writeString(folder.resolve("one.md"), "# One\n\nWords.\n");
        ReaderFixture[] watched = new ReaderFixture[1];
        robot.interact(() -> {
            stage.close();
            watched[0] = new ReaderFixture(new Stage(), background, scratch.resolve("gone.yaml"), true);
            watched[0].library.open(folder);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> watched[0].library.filter().totalProperty().get() == 1);

        java.nio.file.Files.delete(folder.resolve("one.md"));
        java.nio.file.Files.delete(folder);

        javafx.scene.control.TableView<?> table = robot.from(watched[0].stage.getScene().getRoot())
                .lookup("#article-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getPlaceholder() != null
                && "library-gone".equals(table.getPlaceholder().getId()));
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText()).contains(folder.toString(), "is gone");
    }

    @Test
    void tagTreeShowsTagsCategoriesAndUntaggedWithCounts(FxRobot robot) throws Exception {
        awaitLoaded(5);
        assertThat(count(robot, "AWS")).isEqualTo(2);
        for (String tag : List.of("re:invent", "开发者大会", "云计算", "线下活动")) {
            assertThat(count(robot, tag)).as(tag).isEqualTo(1);
        }
        assertThat(count(robot, "Untagged")).isEqualTo(3);
        assertThat(count(robot, "articles")).as("category of seed 001").isEqualTo(1);
        assertThat(count(robot, "All articles")).isEqualTo(5);
    }

    @Test
    void aTagRowsTooltipHoldsItsWholeNameAndCountWhichANarrowPaneCuts(FxRobot robot) throws Exception {
        // "PLF (编程语言基础)" showed as "PLF (编程语言…" with nothing on hover
        awaitLoaded(5);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tag-cell").match(node ->
                node instanceof javafx.scene.control.TreeCell<?> c && c.getItem() instanceof TagTreeItem item
                        && "开发者大会".equals(item.label())).query();
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(dev.lectern.ui.common.Messages.t("a11y.tagRow", "开发者大会", 1))
                .contains("开发者大会", "1 article");
    }

    @Test
    void theWindowCarriesLecternsIconInEverySizeADesktopAsksFor() throws Exception {
        // TestFX hands every test the same stage: the sizes, not the count, tell this window's icons
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> iconSizes().size() == 7);
        assertThat(iconSizes()).containsExactlyInAnyOrder(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).allMatch(icon -> !icon.isError() && icon.getProgress() == 1);
    }

    private java.util.Set<Double> iconSizes() {
        return stage.getIcons().stream().map(javafx.scene.image.Image::getWidth)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void checkingOneTagListsExactlyItsArticles(FxRobot robot) throws Exception {
        awaitLoaded(5);
        check(robot, "AWS", true);
        assertThat(shownTitles(robot)).containsExactlyInAnyOrder("2020 第一场线下活动", "Review of AWS re:invent");
        assertThat(count(robot, "云计算")).as("counts follow the filter").isEqualTo(1);
        check(robot, "AWS", false);
        check(robot, "Untagged", true);
        assertThat(shownTitles(robot)).hasSize(3).contains("2019年AWS re:Invent会议笔记");
    }

    @Test
    void twoTagsCombineAllOfOrAnyOf(FxRobot robot) throws Exception {
        awaitLoaded(5);
        check(robot, "AWS", true);
        check(robot, "Untagged", true);
        assertThat(shownTitles(robot)).as("all of: nothing is both tagged AWS and untagged").isEmpty();
        robot.clickOn("#mode-any");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTitles(robot)).hasSize(5);
        check(robot, "Untagged", false);
        check(robot, "云计算", true);
        assertThat(shownTitles(robot)).hasSize(2);
        robot.clickOn("#mode-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTitles(robot)).containsExactly("2020 第一场线下活动");
    }

    @Test
    void selectingAnArticleRendersItsTitleInTheReadingPane(FxRobot robot) throws Exception {
        awaitLoaded(5);
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        int row = indexOfTitle(table, "Review of AWS re:invent");
        robot.interact(() -> table.getSelectionModel().select(row));
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Review of AWS re:invent".equals(ReaderFixture.pageTitle(robot, web)));
        assertThat(ReaderFixture.pageTitle(robot, web)).isEqualTo("Review of AWS re:invent");
    }

    @Test
    void clickingATagNameInTheTreeFiltersTheList(FxRobot robot) throws Exception {
        awaitLoaded(5);
        robot.clickOn(robot.lookup(".tag-name").match(n -> "AWS".equals(((javafx.scene.control.Label) n).getText()))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTitles(robot)).containsExactlyInAnyOrder("2020 第一场线下活动", "Review of AWS re:invent");
        assertThat(robot.lookup("#status-shown").queryLabeled().getText()).isEqualTo("Showing 2 of 5 articles");
    }

    @Test
    void clickingATagChipInTheArticleHeaderFiltersTheLibrary(FxRobot robot) throws Exception {
        awaitLoaded(5);
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        int row = indexOfTitle(table, "2020 第一场线下活动");
        robot.interact(() -> table.getSelectionModel().select(row));
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "2020 第一场线下活动".equals(ReaderFixture.pageTitle(robot, web)));
        robot.clickOn(ReaderFixture.pointOf(robot, web, "a.tag-chip[data-tag='线下活动']"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTitles(robot)).containsExactly("2020 第一场线下活动");
        assertThat(findRow(robot, "线下活动").isSelected()).isTrue();
        assertThat(opened).as("a tag chip is not an external link").isEmpty();
    }

    @Test
    void anExternalLinkOpensInTheSystemBrowserAndThePageStays(FxRobot robot) throws Exception {
        awaitLoaded(5);
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        int row = indexOfTitle(table, "re:Invent 2018 —机器学习和无服务器改造");
        robot.interact(() -> table.getSelectionModel().select(row));
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "re:Invent 2018 —机器学习和无服务器改造".equals(ReaderFixture.pageTitle(robot, web)));
        robot.clickOn(ReaderFixture.pointOf(robot, web, ".article-body blockquote a"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            javafx.concurrent.Worker.State state = web.getEngine().getLoadWorker().getState();
            return state != javafx.concurrent.Worker.State.SCHEDULED && state != javafx.concurrent.Worker.State.RUNNING;
        }).get());
        assertThat(opened).extracting(URI::getHost).containsExactly("acloudguru.com");
        assertThat(ReaderFixture.pageTitle(robot, web)).as("the reading pane did not navigate away").isEqualTo("re:Invent 2018 —机器学习和无服务器改造");
    }

    @Test
    void openingASecondFolderReplacesTheLibrary(FxRobot robot, @TempDir Path other) throws Exception {
        awaitLoaded(5);
        Files.writeString(other.resolve("2021-03-04-first.md"), "---\ntitle: 第一篇\ntags: [笔记]\n---\n正文\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("second.md"), "# Second article\n\nBody.\n", StandardCharsets.UTF_8);
        robot.interact(() -> library.open(other));
        awaitLoaded(2);
        assertThat(shownTitles(robot)).containsExactly("第一篇", "Second article");
        assertThat(count(robot, "笔记")).isEqualTo(1);
        assertThat(findRow(robot, "AWS")).isNull();
    }

    @Test
    void aFolderThatDoesNotExistIsReportedAndTheWindowKeepsWorking(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitLoaded(5);
        robot.interact(() -> library.open(dir.resolve("missing")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.errorProperty().get()).contains("No such folder");
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText()).as("the empty list says why")
                .contains("No such folder: " + dir.resolve("missing"), "Open Folder... (Ctrl+O)");
        Files.writeString(dir.resolve("notes.txt"), "not an article", StandardCharsets.UTF_8);
        robot.interact(() -> library.open(dir.resolve("notes.txt")));
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .contains("Not a folder or a markdown article", ".md", "notes.txt");
        robot.interact(() -> library.open(ReaderFixture.SAMPLES));
        awaitLoaded(5);
    }

    @Test
    void aFolderWithoutArticlesSaysSoAndWhatLecternLists(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitLoaded(5);
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        Files.writeString(dir.resolve("notes.txt"), "not an article", StandardCharsets.UTF_8);
        robot.interact(() -> library.open(dir));
        awaitLoaded(0);
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText()).contains(".md", ".markdown");

        robot.interact(() -> library.open(ReaderFixture.SAMPLES));
        awaitLoaded(5);
        check(robot, "AWS", true);
        check(robot, "Untagged", true);
        assertThat(shownTitles(robot)).isEmpty();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .as("a library with articles, none matching").doesNotContain(".md");
    }

    private void awaitLoaded(int articles) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !library.loadingProperty().get() && library.filter().totalProperty().get() == articles);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> shownTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        return table.getItems().stream().map(Article::title).toList();
    }

    private static int indexOfTitle(TableView<Article> table, String title) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no article titled " + title);
    }

    private static void check(FxRobot robot, String label, boolean on) {
        CheckBoxTreeItem<TagTreeItem> row = findRow(robot, label);
        assertThat(row).as("tree row " + label).isNotNull();
        robot.interact(() -> row.setSelected(on));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int count(FxRobot robot, String label) {
        WaitForAsyncUtils.waitForFxEvents();
        CheckBoxTreeItem<TagTreeItem> row = findRow(robot, label);
        assertThat(row).as("tree row " + label).isNotNull();
        return row.getValue().count();
    }

    @SuppressWarnings("unchecked")
    private static CheckBoxTreeItem<TagTreeItem> findRow(FxRobot robot, String label) {
        CheckTreeView<TagTreeItem> tree = robot.lookup("#tag-tree").query();
        return (CheckBoxTreeItem<TagTreeItem>) find(tree.getRoot(), label);
    }

    private static TreeItem<TagTreeItem> find(TreeItem<TagTreeItem> item, String label) {
        if (item.getValue() != null && label.equals(item.getValue().label())) {
            return item;
        }
        for (TreeItem<TagTreeItem> child : item.getChildren()) {
            TreeItem<TagTreeItem> found = find(child, label);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

}
