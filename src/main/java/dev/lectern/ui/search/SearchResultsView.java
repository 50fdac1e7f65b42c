package dev.lectern.ui.search;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.ui.common.ShownScript;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * The ranked results of a library search, shown in place of the article list while a search is typed. Moving
 * through the results opens each one; Enter (here or in the search field) opens the chosen one and moves to the
 * find bar, where Enter and Shift+Enter step through its matches.
 */
public final class SearchResultsView extends BorderPane {

    /** How close to the end of the list a shown row asks for the next page. */
    private static final int MORE_WITHIN = 20;

    private final ListView<SearchResult> list = new ListView<>();
    private final Label summary = new Label();

    /**
     * @param open   told the result to open, and whether the reader should take the keyboard (Enter)
     * @param script the script Chinese titles and snippets are shown in (the pages' default)
     */
    public SearchResultsView(SearchViewModel search, TextField field, BiConsumer<SearchResult, Boolean> open,
                             ShownScript script) {
        list.setItems(search.results());
        script.revisionProperty().addListener((obs, was, now) -> list.refresh());
        list.setCellFactory(view -> {
            SearchResultCell cell = new SearchResultCell(script);
            // the next page is fetched as the list is scrolled near the end of those listed
            cell.indexProperty().addListener((obs, was, now) -> {
                if (now.intValue() >= 0 && now.intValue() >= list.getItems().size() - MORE_WITHIN) {
                    search.loadMore();
                }
            });
            return cell;
        });
        list.setId("search-results");
        Label nothingFound = new Label(t("search.empty"));
        nothingFound.getStyleClass().add("list-empty"); // wrapped as the list's own empty text: a long sentence fits
        list.setPlaceholder(nothingFound);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                open.accept(now, false);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            SearchResult chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                open.accept(chosen, true);
                e.consume();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (getParent() == null || list.getItems().isEmpty()) {
                return;
            }
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                open.accept(list.getSelectionModel().getSelectedItem(), true);
                e.consume();
            }
        });
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = search.results().size();
            int found = search.totalProperty().get();
            if (n > 0 && !search.totalExactProperty().get()) {
                return t("search.about", n, found);
            }
            return n == 0 ? "" : n < found ? t("search.partial", n, found) : t("search.count", n);
        }, search.results(), search.totalProperty(), search.totalExactProperty()));
        summary.getStyleClass().add("search-summary");
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        setTop(summary);
        setCenter(list);
        getStyleClass().add("search-results");
    }

    public ListView<SearchResult> list() {
        return list;
    }
}
