package dev.lectern.ui.window;

import dev.lectern.model.Article;
import dev.lectern.ui.common.ShownScript;
import dev.lectern.ui.library.ArticleListView;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchResult;
import dev.lectern.ui.search.SearchResultsView;
import dev.lectern.ui.search.SearchViewModel;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Connects the search field to the library search: its results replace the article list while there are any to
 * show, opening one marks its matches in the reader, and until the index is ready the field filters titles and authors.
 */
final class SearchWiring {

    private final SearchViewModel search;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final ArticleListView list;
    private final ReaderPane readerPane;
    private final SearchResultsView searchResults;

    SearchWiring(SearchViewModel search, LibraryViewModel library, ReaderViewModel reader, ArticleListView list,
                 ReaderPane readerPane, ShownScript script) {
        this.search = search;
        this.library = library;
        this.reader = reader;
        this.list = list;
        this.readerPane = readerPane;
        search.queryProperty().bind(list.filterField().textProperty());
        // Until the index is ready (or when it is unavailable) the field filters titles and authors instead.
        library.filter().textProperty().bind(javafx.beans.binding.Bindings.when(search.readyProperty())
                .then("").otherwise(list.filterField().textProperty()));
        searchResults = new SearchResultsView(search, list.filterField(), this::openResult, script);
        list.showInsteadWhile(searchResults, search.answeringProperty());
        search.answeringProperty().addListener((o, was, answering) -> {
            if (!answering) {
                selectShownArticle();
            }
        });
        // the list follows the article on screen however it was opened (a link in a page, Back, the go-to box): it
        // kept the row chosen before, so the reader could not see where in the library they were
        reader.articleProperty().addListener((o, was, now) -> {
            if (!search.answeringProperty().get()) {
                selectShownArticle();
            }
        });
        // a list hidden meanwhile (Ctrl+Shift+J, a narrow window) shows the open article's row when it is back
        list.table().sceneProperty().addListener((o, was, now) -> {
            if (now != null && was == null && list.table().getSelectionModel().getSelectedIndex() >= 0) {
                javafx.application.Platform.runLater(() -> dev.lectern.ui.common.RowsInView.show(list.table(),
                        list.table().getSelectionModel().getSelectedIndex()));
            }
        });
        // a right-click on a result opened it, the page the reader was on gone: it does nothing now
        searchResults.list().addEventFilter(javafx.scene.input.MouseEvent.ANY, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                e.consume();
            }
        });
        list.filterField().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !list.filterField().getText().isEmpty()) {
                list.filterField().clear();
                e.consume();
            }
        });
    }

    /** Opens the next (1) or previous (-1) article of the search results while they are shown, else of the list. */
    void step(int delta) {
        javafx.scene.control.Control shown = list.getCenter() == list.table() ? list.table() : searchResults.list();
        javafx.scene.control.SelectionModel<?> selection = shown == list.table()
                ? list.table().getSelectionModel() : searchResults.list().getSelectionModel();
        int rows = shown == list.table() ? list.table().getItems().size() : searchResults.list().getItems().size();
        if (selection.getSelectedIndex() < 0) {
            // The article open is not in the list (a tag checked since, a filter restored at start): the list's first
            // row is next, its last previous. A step from no row went from the focused one, skipping the first row.
            if (rows > 0) {
                selection.select(delta > 0 ? 0 : rows - 1);
            }
        } else if (delta > 0) {
            selection.selectNext();
        } else if (selection.getSelectedIndex() > 0) {
            selection.selectPrevious();
        }
        // the row of the article now open stays in view, as a plain Down keeps it: the list stood still while Alt+Down
        // went on past its last row on screen
        dev.lectern.ui.common.RowsInView.show(shown, selection.getSelectedIndex());
    }

    /**
     * Back from the results, or when another article opens, the list selects the article the reader shows (a result
     * opened meanwhile, a link followed), or none when the list does not hold it. It kept the article chosen before the search: its row looked chosen while another article
     * was read, a click on it did nothing, and Mark as Read took it rather than the article on screen.
     */
    private void selectShownArticle() {
        Article shown = reader.articleProperty().get();
        javafx.scene.control.TableView<Article> table = list.table();
        Article selected = table.getSelectionModel().getSelectedItem();
        if (shown == null || selected != null && selected.id().equals(shown.id())) {
            return;
        }
        List<Article> rows = table.getItems();
        int at = -1;
        for (int i = 0; i < rows.size() && at < 0; i++) {
            at = rows.get(i).id().equals(shown.id()) ? i : -1;
        }
        if (at < 0) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().select(at);
            dev.lectern.ui.common.RowsInView.show(table, at);
        }
    }

    /** Opens a search result with its matches marked; the find bar takes the keyboard when asked (Enter). */
    private void openResult(SearchResult result, boolean takeKeyboard) {
        Article article = result.article();
        if (reader.articleProperty().get() != article) {
            reader.show(library.getRoot(), article);
        }
        readerPane.findBar().showSearch(search.queryProperty().get(), article.id(), takeKeyboard);
    }
}
