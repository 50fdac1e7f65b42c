package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import dev.lectern.model.Article;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Folders and article files dragged from a file manager onto the window, over the reading pane. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class FileDropTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private LibraryViewModel library;
    private ReaderViewModel reader;
    private Stage stage;
    private Path other;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        ReaderFixture window = ReaderFixture.onSamples(stage, background, scratch);
        library = window.library;
        reader = window.reader;
        other = Files.createDirectories(scratch.resolve("blog"));
        Files.writeString(other.resolve("2021-01-01-first.md"), "---\ntitle: First of the blog\n---\nOne.\n");
        Files.writeString(other.resolve("2021-02-01-second.md"), "---\ntitle: Second of the blog\n---\nTwo.\n");
        Files.writeString(other.resolve("cover.png"), "not an article");
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    @Test
    void aFolderDroppedOpensAsTheLibraryAndIsOnlyEverCopiedNeverMoved() throws Exception {
        awaitLoaded(ReaderFixture.SAMPLES, 5);
        DragEvent over = drag(DragEvent.DRAG_OVER, List.of(other.toFile()));
        assertThat(over.getAcceptedTransferMode()).as("a file manager offering every mode is asked to copy")
                .isEqualTo(TransferMode.COPY);
        assertThat(stage.getScene().getRoot().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("drop-target"));

        DragEvent dropped = drag(DragEvent.DRAG_DROPPED, List.of(other.toFile()));
        assertThat(dropped.isDropCompleted()).isTrue();
        assertThat(stage.getScene().getRoot().getPseudoClassStates())
                .doesNotContain(PseudoClass.getPseudoClass("drop-target"));
        awaitLoaded(other, 2);
        assertThat(Files.exists(other.resolve("2021-01-01-first.md"))).isTrue();
    }

    @Test
    void anArticleOfAnotherFolderOpensWithItsFolderAsTheLibrary() throws Exception {
        awaitLoaded(ReaderFixture.SAMPLES, 5);
        drag(DragEvent.DRAG_DROPPED, List.of(other.resolve("2021-01-01-first.md").toFile()));
        awaitLoaded(other, 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTitle().equals("First of the blog"));
    }

    @Test
    void aPageBundlesIndexOpensWithTheFolderOfPostsAsTheLibrary() throws Exception {
        Path posts = Files.createDirectories(scratch.resolve("site/content/posts"));
        Files.createDirectories(posts.resolve("my-trip"));
        Files.createDirectories(posts.resolve("other-trip"));
        Files.writeString(posts.resolve("my-trip/index.md"), "---\ntitle: My trip\n---\nThere.\n");
        Files.writeString(posts.resolve("other-trip/index.md"), "---\ntitle: Other trip\n---\nBack.\n");
        awaitLoaded(ReaderFixture.SAMPLES, 5);
        drag(DragEvent.DRAG_DROPPED, List.of(posts.resolve("my-trip/index.md").toFile()));
        awaitLoaded(posts, 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTitle().equals("My trip"));
    }

    @Test
    void anArticleOfTheOpenLibraryOpensInIt() throws Exception {
        awaitLoaded(ReaderFixture.SAMPLES, 5);
        drag(DragEvent.DRAG_DROPPED, List.of(ReaderFixture.SAMPLES.resolve("reinvent-2019-notes.md").toFile()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTitle().equals("2019年AWS re:Invent会议笔记"));
        assertThat(library.getRoot()).isEqualTo(ReaderFixture.SAMPLES);
        assertThat(library.loadingProperty().get()).as("not read again").isFalse();
    }

    @Test
    void otherFilesAreRefusedAndChangeNothing() throws Exception {
        awaitLoaded(ReaderFixture.SAMPLES, 5);
        List<File> image = List.of(other.resolve("cover.png").toFile());
        assertThat(drag(DragEvent.DRAG_OVER, image).getAcceptedTransferMode()).isNull();
        assertThat(drag(DragEvent.DRAG_DROPPED, image).isDropCompleted()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.getRoot()).isEqualTo(ReaderFixture.SAMPLES);
        assertThat(library.filter().totalProperty().get()).isEqualTo(5);
    }

    /** Fires a drag of these files at the reading pane, as a file manager's drag would reach it, and returns it. */
    private DragEvent drag(EventType<DragEvent> type, List<File> files) {
        DragEvent[] fired = new DragEvent[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Dragboard board = DragboardHelper.createDragboard(new FileManagerDrag(files));
            DragboardHelper.setDataAccessRestriction(board, false);
            Node page = stage.getScene().lookup(".web-view");
            fired[0] = new DragEvent(page, page, type, board, 400, 300, 400, 300, TransferMode.MOVE, null, null, null);
            Event.fireEvent(page, fired[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fired[0];
    }

    /** What a file manager's drag of files holds: the files, offered to copy, move or link. */
    private record FileManagerDrag(List<File> files) implements TKClipboard {

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.ANY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private String shownTitle() {
        Article shown = reader.articleProperty().get();
        return shown == null ? "" : shown.title();
    }

    private void awaitLoaded(Path root, int articles) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> root.equals(library.getRoot())
                && !library.loadingProperty().get() && library.filter().totalProperty().get() == articles);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
