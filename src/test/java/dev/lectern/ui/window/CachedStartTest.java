package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LoadedLibrary;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.model.Article;
import dev.lectern.ui.library.LibraryLoader;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A start on a cached library: the list and the first article show before the folder walk has finished. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class CachedStartTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final CountDownLatch walkMayFinish = new CountDownLatch(1);
    private LibraryViewModel library;
    private ReaderViewModel reader;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        LibraryScanner scanner = new LibraryScanner(new ArticleReader(), 2);
        // what the metadata cache would hand over, then a folder walk that takes as long as the test wants
        LibraryLoader slowWalk = (root, listener, cancelled) -> {
            ScanResult cached = scanner.scan(root, ScanListener.NONE, cancelled);
            listener.cached(cached.articles());
            try {
                walkMayFinish.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LoadedLibrary.of(scanner.scan(root, listener, cancelled));
        };
        ReaderFixture window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false, null, slowWalk);
        library = window.library;
        reader = window.reader;
        folder = Files.createDirectories(scratch.resolve("library"));
        try (var files = Files.list(ReaderFixture.SAMPLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        library.open(folder);
    }

    @AfterEach
    void stop() throws Exception {
        walkMayFinish.countDown();
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void theCachedListAndItsFirstArticleShowWhileTheFolderIsStillWalked(FxRobot robot) throws Exception {
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getSelectionModel().isEmpty()
                && table.getSelectionModel().getSelectedItem().title().equals(ReaderFixture.pageTitle(robot, web)));
        assertThat(library.loadingProperty().get()).as("still walking the folder").isTrue();
        assertThat(library.fromCacheProperty().get()).isTrue();
        assertThat(table.getItems()).hasSize(5);
        Article shown = table.getSelectionModel().getSelectedItem();

        walkMayFinish.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.fromCacheProperty().get()).isFalse();
        assertThat(table.getItems()).as("the checked list replaces the cached one, no article twice").hasSize(5);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(shown);
        assertThat(ReaderFixture.pageTitle(robot, web)).isEqualTo(shown.title());
    }

    /**
     * The walk's list replaces the cached one; the article open then, edited since the cache was written, is a new
     * record: its row must stay selected and the page must stay on it (the row's index once opened another article).
     */
    @Test
    void theArticleOpenWhileTheFolderIsWalkedStaysOpenWhenItsRecordChanges(FxRobot robot) throws Exception {
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getSelectionModel().isEmpty());
        Article chosen = table.getItems().get(2);
        robot.interact(() -> table.getSelectionModel().select(chosen));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chosen.equals(reader.articleProperty().get()));
        Path file = folder.resolve(chosen.id().path());
        Files.writeString(file, Files.readString(file) + "\n\nA paragraph added since the cache was written.\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(chosen.modified() + 60_000));
        java.util.List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> reader.articleProperty().addListener((obs, was, now) -> opened.add(now == null ? null : now.title())));

        walkMayFinish.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).as("the same article's row, its new record")
                .isNotNull().extracting(Article::id).isEqualTo(chosen.id());
        assertThat(reader.articleProperty().get().id()).isEqualTo(chosen.id());
        assertThat(opened).as("no other article opened on the way").allMatch(chosen.title()::equals);
    }
}
