package dev.lectern.ui.window;

import dev.lectern.model.Problem;
import dev.lectern.store.PreferencesSaver;
import dev.lectern.ui.annotations.AnnotationStores;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.common.Messages;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and opens the main window on a library folder. */
public final class LecternDesktop {

    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final AnnotationsViewModel annotations;
    private final AnnotationStores stores;
    private final LinkOpener browser;
    private final SearchViewModel search;
    private final AppInfo info;
    private final PreferencesSaver preferences;
    private final Problem preferencesWarning;

    public LecternDesktop(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations,
                          AnnotationStores stores, LinkOpener browser, SearchViewModel search, AppInfo info,
                          PreferencesSaver preferences, Problem preferencesWarning) {
        this.preferences = preferences;
        this.preferencesWarning = preferencesWarning;
        this.search = search;
        this.info = info;
        this.library = library;
        this.reader = reader;
        this.annotations = annotations;
        this.stores = stores;
        this.browser = browser;
    }

    /**
     * Opens the window; folder may be null (the window then invites the user to open one).
     *
     * @param afterFirstPaint run once the first article is painted (for measuring start-up), or null
     */
    public void launch(Path folder, Runnable afterFirstPaint) {
        Platform.startup(() -> {
            MainWindow window = new MainWindow(library, reader, annotations, stores, browser, search, info,
                    new PreferencesBinder(preferences, library, reader), MainWindow::monotonicMillis);
            if (afterFirstPaint != null) {
                window.onFirstPagePainted(afterFirstPaint);
            }
            Stage stage = new Stage();
            stage.setOnHidden(e -> {
                annotations.close();
                search.close();
            });
            window.show(stage);
            if (preferencesWarning != null) {
                window.dialogs().tell(Alert.AlertType.WARNING, Messages.t("preferences.damaged"),
                        Messages.describe(preferencesWarning));
            }
            if (folder != null) {
                library.open(folder);
            }
        });
    }

    /** The executor that runs work on the FX thread. */
    public static java.util.concurrent.Executor fxExecutor() {
        return Platform::runLater;
    }
}
