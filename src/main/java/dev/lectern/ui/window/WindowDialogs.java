package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.KnownTags;
import dev.lectern.ui.annotations.LibraryAnnotationsView;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.library.ProblemsDialog;
import java.io.File;
import java.util.function.BiConsumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/** The dialogs and secondary windows the main window opens: messages, folder choice, problems, all annotations, help. */
final class WindowDialogs {

    private final LibraryViewModel library;
    private final AnnotationsViewModel annotations;
    private final AppInfo info;
    private final BiConsumer<ArticleId, Annotation> openAt;
    private Stage stage;
    private Stage annotationsWindow;
    private Stage reviewWindow;
    private dev.lectern.ui.review.ReviewViewModel review;

    WindowDialogs(LibraryViewModel library, AnnotationsViewModel annotations, AppInfo info,
                  BiConsumer<ArticleId, Annotation> openAt) {
        this.library = library;
        this.annotations = annotations;
        this.info = info;
        this.openAt = openAt;
    }

    /** The window the dialogs belong to. */
    void setOwner(Stage owner) {
        stage = owner;
    }

    /**
     * Tells the reader about a problem with the annotation file, in a message that leaves the window usable (reading
     * on, Ctrl+Q) while it is open.
     */
    void tellAboutAnnotations(String message) {
        message(Alert.AlertType.WARNING, t("annotations.alertHeader"), message, javafx.stage.Modality.NONE).show();
    }

    /**
     * Tells the reader, as Lectern quits, that the highlights could not be saved and where the copy that keeps them is;
     * the window waits for OK (the message would otherwise go with it). The path can be selected and copied.
     */
    void tellBeforeQuitting(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(t("annotations.notSavedHeader"));
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setId("unsaved-at-quit");
        alert.getDialogPane().setContent(text);
        if (stage != null && stage.isShowing()) {
            alert.initOwner(stage);
        }
        ScreenFit.keepOnScreen(alert, stage);
        if (javafx.application.Platform.canStartNestedEventLoop()) {
            alert.showAndWait();
        } else {
            alert.show(); // during a layout pulse (a scripted quit): shown, not waited for
        }
    }

    /** Shows a message over the window without blocking the caller. */
    void tell(Alert.AlertType type, String header, String message) {
        message(type, header, message, javafx.stage.Modality.APPLICATION_MODAL).show();
    }

    /** As {@link #tell(Alert.AlertType, String, String)}, titled as the command that asks it (not JavaFX's "Message"). */
    void tell(Alert.AlertType type, String title, String header, String message) {
        Alert alert = message(type, header, message, javafx.stage.Modality.APPLICATION_MODAL);
        alert.setTitle(title);
        alert.show();
    }

    private Alert message(Alert.AlertType type, String header, String message, javafx.stage.Modality modality) {
        Alert alert = new Alert(type, message);
        alert.initModality(modality);
        alert.setHeaderText(header);
        if (stage != null) {
            alert.initOwner(stage);
        }
        ScreenFit.keepOnScreen(alert, stage);
        return alert;
    }

    void showAllAnnotations() {
        if (annotationsWindow == null) {
            LibraryAnnotationsView view = new LibraryAnnotationsView(annotations, library.filter()::find, openAt);
            annotationsWindow = toolWindow(view, t("annotations.windowTitle"), 820, 560);
        }
        annotationsWindow.show();
        annotationsWindow.toFront();
    }

    /** The daily review, in its own window; each opening takes the next few due highlights. */
    void showReview() {
        if (reviewWindow == null) {
            review = new dev.lectern.ui.review.ReviewViewModel(annotations, java.time.Clock.systemUTC());
            dev.lectern.ui.review.ReviewView view = new dev.lectern.ui.review.ReviewView(review, library.filter()::find,
                    () -> annotations.isOpen() ? annotations.store().colorNames() : dev.lectern.model.ColorNames.NONE,
                    () -> KnownTags.of(library.filter().articles(), annotations.all()), this::openFromReview);
            reviewWindow = toolWindow(view, t("review.windowTitle"), 760, 480);
        }
        review.start();
        reviewWindow.show();
        reviewWindow.toFront();
        reviewWindow.requestFocus();
    }

    /**
     * Open in the review: the review steps aside and the main window, at the passage, comes to the front. The review
     * is the main window's own window and stays above it, so it covered the passage it had just scrolled to. Ctrl+Shift+R
     * brings it back with the highlights still due, the one opened among them (it was not marked).
     */
    private void openFromReview(ArticleId article, Annotation at) {
        if (reviewWindow != null) {
            reviewWindow.hide();
        }
        openAt.accept(article, at);
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * A window of the main window's, in its style, that Esc and Ctrl+W (⌘W) close as other desktop apps' tool windows
     * close; a key a control inside has used (an open list's Esc) stays that control's.
     */
    private Stage toolWindow(Parent view, String title, double width, double height) {
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(title);
        // no larger than the screen (a scaled one: 1366 x 768 at twice the size is 683 x 384), and whole on it
        javafx.geometry.Dimension2D size = ScreenFit.sceneWithin(ScreenFit.roomOf(stage), width, height);
        Scene scene = new Scene(view, size.getWidth(), size.getHeight());
        ScreenFit.keepOnScreen(window, stage);
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        KeyCombination close = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
        // a filter, which runs before the controls: the colour chooser and the tree, which have the focus first, used
        // Esc up and the window stayed open; an open popup (a list, a menu, completions) still takes its own Esc first
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !popupShowing(window) || close.match(e)) {
                e.consume();
                window.hide();
            }
        });
        window.setScene(scene);
        return window;
    }

    /** Whether a popup of the window (a combo box's list, a context menu, a completion list, not a tooltip) shows. */
    private static boolean popupShowing(javafx.stage.Window window) {
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.PopupWindow popup && popup.isShowing()
                && !(popup instanceof javafx.scene.control.Tooltip) && popup.getOwnerWindow() == window);
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(t("folder.choose"));
        if (library.getRoot() != null && library.getRoot().toFile().isDirectory()) {
            chooser.setInitialDirectory(library.getRoot().toFile());
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            library.open(chosen.toPath());
        }
    }

    void showProblems() {
        ProblemsDialog problems = new ProblemsDialog(stage, library.problems(), path -> {
            boolean listed = library.filter().find(new ArticleId(path)) != null;
            if (listed) {
                openAt.accept(new ArticleId(path), null);
            }
            return listed;
        });
        ScreenFit.keepOnScreen(problems, stage);
        problems.show();
    }

    void showShortcuts(MenuBar menuBar) {
        new ShortcutsDialog(stage, menuBar).show();
    }

    void showAbout() {
        new AboutDialog(stage, info, library.getRoot(), annotations.store() == null ? null : annotations.store().file()).show();
    }
}
