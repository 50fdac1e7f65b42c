package dev.lectern.ui.window;

import dev.lectern.library.ArticleHome;
import dev.lectern.library.ArticleReader;
import dev.lectern.model.ArticleId;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.session.ReadingSession;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from a file manager onto the window: a folder opens as the library (as File › Open Folder does), an
 * article file opens that article, in the library when it lies there, else in the library it belongs to (as
 * {@code lectern post.md} does: {@link ArticleHome}). Other files are refused (the pointer says so). The window takes every drag of files,
 * so the reading pane never loads a dropped file itself, and it only ever copies or links: a file manager never moves
 * a dropped article away.
 */
final class FileDrop {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final LibraryViewModel library;
    private final ReadingSession session;
    private final Supplier<List<Path>> recentLibraries;
    private final Path home;

    FileDrop(LibraryViewModel library, ReadingSession session, Supplier<List<Path>> recentLibraries, Path home) {
        this.library = library;
        this.session = session;
        this.recentLibraries = recentLibraries;
        this.home = home;
    }

    void install(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                boolean opens = toOpen(e.getDragboard().getFiles()) != null;
                if (opens) {
                    e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                }
                scene.getRoot().pseudoClassStateChanged(DROP_TARGET, opens);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                scene.getRoot().pseudoClassStateChanged(DROP_TARGET, false);
                e.setDropCompleted(open(e.getDragboard().getFiles()));
                e.consume();
            }
        });
        scene.setOnDragExited(e -> scene.getRoot().pseudoClassStateChanged(DROP_TARGET, false));
    }

    /** Opens the first folder or article file of those dropped; false when there is none. */
    boolean open(List<File> files) {
        Path path = toOpen(files);
        if (path == null) {
            return false;
        }
        if (Files.isDirectory(path)) {
            library.open(path);
            return true;
        }
        Path root = library.getRoot();
        if (root != null && path.startsWith(root) && session.open(new ArticleId(root.relativize(path).toString()))) {
            return true;
        }
        // an article this library has not listed yet, or one of another library: that library is read, the article first
        Path folder = ArticleHome.libraryOf(path, root, recentLibraries.get(), home);
        if (folder == null) { // loose in the home folder: that folder is not opened whole, dropped or not
            return false;
        }
        session.preferArticle(folder, new ArticleId(folder.relativize(path).toString()));
        library.open(folder);
        return true;
    }

    /** The first of the files (of the first 20) that is a folder or an article, absolute; null when none is. */
    private static Path toOpen(List<File> files) {
        for (File file : files.subList(0, Math.min(files.size(), 20))) {
            Path path = file.toPath().toAbsolutePath().normalize();
            if (Files.isDirectory(path) || Files.isRegularFile(path) && ArticleReader.isArticleFile(path)) {
                return path;
            }
        }
        return null;
    }
}
