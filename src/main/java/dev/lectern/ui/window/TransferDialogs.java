package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.store.FileErrors;
import dev.lectern.store.ImportPlan;
import dev.lectern.ui.annotations.AnnotationTransfer;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.library.LibraryViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Annotations › Export and Import: the file choosers, the question about changed duplicates, and what was done. */
final class TransferDialogs {

    /** How many skipped items an import's message lists before it says how many more there were. */
    private static final int LISTED = 8;

    private final LibraryViewModel library;
    private final AnnotationsViewModel annotations;
    private final Supplier<Window> owner;
    private final WindowDialogs dialogs;

    TransferDialogs(LibraryViewModel library, AnnotationsViewModel annotations, Supplier<Window> owner,
                    WindowDialogs dialogs) {
        this.library = library;
        this.annotations = annotations;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    void exportMarkdown() {
        File target = chooseTarget("lectern-highlights.md", new FileChooser.ExtensionFilter(t("transfer.markdownFiles"), "*.md"));
        if (target != null) {
            annotations.transfer().exportMarkdown(target.toPath()).whenComplete((done, error) -> {
                if (error != null) {
                    dialogs.tellAboutAnnotations(t("export.failed", target, reason(error)));
                }
            });
        }
    }

    void exportWebAnnotations() {
        File target = chooseTarget("lectern-highlights.jsonld", webAnnotationFiles());
        if (target != null) {
            annotations.transfer().export(target.toPath()).whenComplete((done, error) -> {
                if (error != null) {
                    dialogs.tellAboutAnnotations(t("export.failed", target, reason(error)));
                }
            });
        }
    }

    void importWebAnnotations() {
        if (!annotations.isOpen()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t("import.title"));
        chooser.getExtensionFilters().addAll(webAnnotationFiles(), new FileChooser.ExtensionFilter(t("transfer.allFiles"), "*"));
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return;
        }
        List<dev.lectern.model.ArticleId> articles = library.filter().articles().stream().map(Article::id).toList();
        annotations.transfer().plan(file.toPath(), articles).whenComplete((plan, error) -> {
            if (error != null) {
                dialogs.tell(Alert.AlertType.WARNING, t("import.refusedHeader"), t("import.refused", file, reason(error)));
            } else {
                finish(file.toPath(), plan);
            }
        });
    }

    private void finish(Path file, ImportPlan plan) {
        boolean overwrite = !plan.duplicates().isEmpty() && askToOverwrite(plan.duplicates().size());
        AnnotationTransfer.Outcome done;
        try {
            done = annotations.transfer().apply(plan, overwrite);
        } catch (IllegalStateException e) {
            dialogs.tell(Alert.AlertType.WARNING, t("import.refusedHeader"), t("import.refused", file, e.getMessage()));
            return;
        }
        StringBuilder message = new StringBuilder(t("import.done", done.added(), done.overwritten(), done.kept(),
                done.unchanged(), done.skipped().size()));
        done.skipped().stream().limit(LISTED).forEach(reason -> message.append("\n• ").append(reason));
        if (done.skipped().size() > LISTED) {
            message.append("\n").append(t("problem.more", done.skipped().size() - LISTED));
        }
        dialogs.tell(done.skipped().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                t("import.doneHeader", file.getFileName()), message.toString());
    }

    private boolean askToOverwrite(int duplicates) {
        ButtonType overwrite = new ButtonType(t("import.overwrite"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(t("import.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, t("import.duplicates", duplicates), overwrite, keep);
        ask.setHeaderText(t("import.duplicatesHeader"));
        ask.initOwner(owner.get());
        ScreenFit.keepOnScreen(ask, owner.get());
        return ask.showAndWait().filter(overwrite::equals).isPresent();
    }

    private File chooseTarget(String name, FileChooser.ExtensionFilter filter) {
        if (!annotations.isOpen()) {
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t("export.title"));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(filter);
        return chooser.showSaveDialog(owner.get());
    }

    private static FileChooser.ExtensionFilter webAnnotationFiles() {
        return new FileChooser.ExtensionFilter(t("transfer.webAnnotationFiles"), "*.jsonld", "*.json");
    }

    private static String reason(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof java.io.UncheckedIOException io && io.getCause() != null) {
            cause = io.getCause();
        }
        return FileErrors.reason(cause);
    }
}
