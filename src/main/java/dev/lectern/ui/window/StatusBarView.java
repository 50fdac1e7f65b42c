package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.ui.common.Tips;
import dev.lectern.ui.library.ArticleFilter;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.search.SearchViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: how many articles are shown (or match the search) of how many, load and search-index progress,
 * where the reader is in the article, the library's folder, whether highlights cannot be saved, and the warnings count.
 */
final class StatusBarView extends HBox {

    private final Label shown = new Label();
    private final Hyperlink warnings = new Hyperlink();
    private final Label printing = new Label(t("status.printing"));

    /**
     * @param position where the reader is in the article on screen ("37% · 13 min left"), "" for nothing
     * @param unsaved  why the highlights cannot be saved at the moment, "" while they can; a click tells it again
     * @param note     a routine thing done by itself (annotations followed a renamed article), "" for none; said here,
     *                 quietly, where a dialog made the reader stop for nothing to decide; a click lets it go
     */
    StatusBarView(LibraryViewModel library, SearchViewModel search, ObservableStringValue position, Runnable showProblems,
                  ObservableStringValue unsaved, java.util.function.Consumer<String> tell, ObservableStringValue note,
                  Runnable dismissNote) {
        ArticleFilter filter = library.filter();
        shown.setId("status-shown");
        shown.textProperty().bind(Bindings.createStringBinding(() -> shownText(filter, search),
                filter.visibleArticles(), filter.totalProperty(), search.answeringProperty(), search.totalProperty(),
                search.totalExactProperty()));

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(library.progressProperty());
        progress.setPrefWidth(140);
        Label loading = new Label(t("status.loading"));
        Button cancel = new Button(t("status.cancel"));
        cancel.setOnAction(e -> library.cancelLoad());
        cancel.getStyleClass().add("small-button");
        Tips.on(cancel, t("status.cancel.tip"));
        HBox loadBox = new HBox(6, loading, progress, cancel);
        loadBox.setAlignment(Pos.CENTER_LEFT);
        loadBox.visibleProperty().bind(library.loadingProperty());
        loadBox.managedProperty().bind(library.loadingProperty());

        Label error = new Label();
        error.getStyleClass().add("status-error");
        error.textProperty().bind(library.errorProperty());

        warnings.setId("status-warnings");
        warnings.textProperty().bind(Bindings.createStringBinding(
                () -> t("status.warnings", library.problems().size()), library.problems()));
        warnings.visibleProperty().bind(Bindings.isNotEmpty(library.problems()));
        warnings.setOnAction(e -> showProblems.run());
        Tips.on(warnings, t("status.warnings.tip"));

        Hyperlink notSaved = new Hyperlink(t("status.unsaved"));
        notSaved.setId("status-unsaved");
        notSaved.getStyleClass().add("status-error");
        notSaved.visibleProperty().bind(Bindings.isNotEmpty(unsaved));
        notSaved.managedProperty().bind(notSaved.visibleProperty());
        notSaved.setOnAction(e -> tell.accept(unsaved.get()));
        Tips.on(notSaved, t("status.unsaved.tip"));

        Hyperlink said = new Hyperlink();
        said.setId("status-note");
        said.getStyleClass().add("status-note");
        said.textProperty().bind(note);
        said.visibleProperty().bind(Bindings.isNotEmpty(note));
        said.managedProperty().bind(said.visibleProperty());
        said.setMinWidth(0);
        said.setMaxWidth(560); // a long path is cut short rather than the count beside it
        shown.setMinWidth(Region.USE_PREF_SIZE);
        said.setOnAction(e -> dismissNote.run());
        Tips.on(said, t("status.note.tip"));

        Label folder = new Label();
        folder.getStyleClass().add("status-folder");
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> library.getRoot() == null ? "" : library.getRoot().toString(), library.rootProperty()));
        folder.setMinWidth(0);

        Label searchStatus = new Label();
        searchStatus.setId("status-search");
        searchStatus.getStyleClass().add("status-search");
        searchStatus.textProperty().bind(search.statusProperty());
        searchStatus.setMinWidth(0);

        Label place = new Label();
        place.setId("status-position");
        place.getStyleClass().add("status-position");
        place.textProperty().bind(position);
        place.visibleProperty().bind(Bindings.isNotEmpty(position));
        place.managedProperty().bind(place.visibleProperty());
        place.setMinWidth(Region.USE_PREF_SIZE);
        Tips.on(place, t("status.position.tip"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        printing.setId("status-printing");
        showPrinting(false);
        getChildren().addAll(shown, loadBox, printing, error, searchStatus, said, spacer, place, folder, notSaved, warnings);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        getStyleClass().add("status-bar");
    }

    /** Says that the article is being printed (its pages laid out, the window held), or stops saying it. */
    void showPrinting(boolean on) {
        printing.setVisible(on);
        printing.setManaged(on);
    }

    /** "Showing 12 of 340 articles", or while search results fill the list, how many of them match. */
    private static String shownText(ArticleFilter filter, SearchViewModel search) {
        int all = filter.totalProperty().get();
        if (!search.answeringProperty().get()) {
            return t("status.showing", filter.visibleArticles().size(), all);
        }
        int found = search.totalProperty().get();
        return search.totalExactProperty().get() ? t("status.matching", found, all) : t("status.matchingAbout", found, all);
    }
}
