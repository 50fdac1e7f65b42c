package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.ui.common.AnnotationMarks;
import dev.lectern.ui.common.RowsInView;
import dev.lectern.ui.common.ShownScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The middle pane: a filter field and the read-state filter over a sortable table of the shown articles (newest
 * first, undated last), whose context menu marks an article read or unread and opens its file or folder.
 */
public final class ArticleListView extends BorderPane {

    /** Rows appended before a streamed list is sorted again, at least (a sort redraws every row on screen). */
    private static final int MIN_SORTED_GROWTH = 200;

    private final TableView<Article> table = new TableView<>();
    private final TextField filterField = new TextField();
    private final ObservableList<Article> rows = FXCollections.observableArrayList();
    private javafx.beans.value.ObservableBooleanValue insteadCondition;
    /** How many times the selected article was brought into view ({@link #showSelectedWhole}). */
    private int selectedShown;
    /** The article the context menu acts on: the row right-clicked, or the selected one for the keyboard's menu key. */
    private Article menuTarget;
    /** How many rows the list had when it was last sorted: appended rows after them are in the order they came. */
    private int sortedSize;
    private final javafx.beans.property.ObjectProperty<ListOrder> listOrder;
    /** Titles as the tag tree sorts names: pinyin among Latin. */
    private final Comparator<Article> byTitle;

    /**
     * @param root    the library's folder, which the articles' paths are relative to
     * @param desktop opens an article's file or its folder (the context menu)
     * @param script  the script Chinese titles are shown in (the pages' default)
     */
    public ArticleListView(ArticleFilter filter, AnnotationMarks annotations, ReadStatesViewModel readStates,
                           java.util.function.Supplier<java.nio.file.Path> root, dev.lectern.ui.common.LinkOpener desktop,
                           ShownScript script) {
        filterField.setPromptText(t("list.prompt"));
        filterField.setId("article-filter");

        TableColumn<Article, Article> title = new TableColumn<>(t("list.title"));
        title.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue()));
        title.setCellFactory(column -> new ArticleTitleCell(annotations, readStates, script));
        script.revisionProperty().addListener((obs, was, now) -> table.refresh());
        // numbers in titles by their value, as a reader counts ("2 Induction" before "10 IndPrinciples"), in the
        // names' own order otherwise (Chinese by pinyin among Latin titles, Japanese by reading)
        dev.lectern.library.NameOrder names = filter.names();
        title.setComparator(Comparator.comparing((Article a) -> names.key(a.title()), NaturalOrder.KEYS)
                .thenComparing(names.comparing(Article::title)));
        title.setMinWidth(120);

        TableColumn<Article, LocalDate> date = new TableColumn<>(t("list.date"));
        date.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue().date()));
        date.setPrefWidth(96);
        date.setMinWidth(96);
        date.setMaxWidth(96);
        date.setStyle("-fx-alignment: top-right;");
        date.setId("date-column");

        table.getColumns().setAll(title, date);
        table.setId("article-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label noMatch = new Label(t("list.empty"));
        noMatch.getStyleClass().add("list-empty");
        table.setPlaceholder(noMatch);
        // Rows mirror the filter's articles; sorting is one list sort, and streamed batches are appended
        // (a SortedList inserts element by element, quadratic at 100,000 articles).
        table.setItems(rows);
        // a resized window keeps the row at the list's top there: the table kept its scroll fraction instead, and a
        // selected article at the top slid out of view as the window shrank
        table.heightProperty().addListener((obs, was, now) -> {
            int top = RowsInView.firstShown(table);
            if (top > 0 && was.doubleValue() > 0) {
                javafx.application.Platform.runLater(() -> RowsInView.showAtTop(table, top));
            }
        });
        listOrder = filter.listOrderProperty();
        byTitle = title.getComparator();
        showOrder(title, date);
        // A header's click chooses the order, kept across restarts; the click that would leave the list unsorted
        // (the second on a column, the first on the date newest first) turns it round instead.
        table.setSortPolicy(t -> {
            if (table.getSortOrder().isEmpty()) {
                ListOrder was = listOrder.get();
                javafx.application.Platform.runLater(() -> listOrder.set(ListOrder.of(was.byTitle(), !was.ascending())));
                return true;
            }
            TableColumn<Article, ?> first = table.getSortOrder().get(0);
            listOrder.set(ListOrder.of(first == title, first.getSortType() == TableColumn.SortType.ASCENDING));
            return true;
        });
        listOrder.addListener((obs, was, now) -> {
            showOrder(title, date);
            resort();
        });
        filter.visibleArticles().addListener((ListChangeListener<Article>) change -> mirror(change));
        rows.setAll(filter.visibleArticles());
        resort();

        annotations.revisionProperty().addListener((obs, was, now) -> table.refresh());
        readStates.revisionProperty().addListener((obs, was, now) -> table.refresh());
        table.setContextMenu(new ArticleContextMenu(() -> menuTarget, readStates, root, desktop));
        // a right-click targets the row under it for the menu and leaves the open article (and the selection) as it
        // was: it had opened the row first, the page the reader was on gone
        table.addEventFilter(javafx.scene.input.MouseEvent.ANY, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                e.consume();
            }
        });
        table.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            javafx.scene.control.TableRow<?> row = e.isKeyboardTrigger() ? null : rowOf(e.getTarget());
            menuTarget = e.isKeyboardTrigger() ? table.getSelectionModel().getSelectedItem()
                    : row == null || row.isEmpty() ? null : (Article) row.getItem();
            if (row != null && !row.isEmpty()) {
                table.getFocusModel().focus(row.getIndex());
            }
        });
        VBox header = new VBox(filterField);
        header.getStyleClass().add("pane-header");
        setTop(new VBox(header, new ReadFilterBar(filter, readStates)));
        setCenter(table);
        getStyleClass().add("list-pane");
    }

    /** The table row holding a node the pointer is on, or null off the rows. */
    private static javafx.scene.control.TableRow<?> rowOf(javafx.event.EventTarget target) {
        javafx.scene.Node node = target instanceof javafx.scene.Node ? (javafx.scene.Node) target : null;
        while (node != null && !(node instanceof javafx.scene.control.TableRow)) {
            node = node.getParent();
        }
        return (javafx.scene.control.TableRow<?>) node;
    }

    private void mirror(ListChangeListener.Change<? extends Article> change) {
        boolean appendOnly = true;
        List<Article> added = new ArrayList<>();
        while (change.next()) {
            if (change.wasRemoved() || change.wasPermutated() || change.getFrom() != rows.size() + added.size()) {
                appendOnly = false;
            } else {
                added.addAll(change.getAddedSubList());
            }
        }
        if (appendOnly) {
            rows.addAll(added);
            // A library's first walk streams its articles in walk order (a Jekyll folder's oldest first): sorted again
            // as the list grows by a quarter, its newest show first while it loads rather than after it. The sort
            // permutes the rows, keeping the selection; the view stays at the list's start, or on the row at its top.
            if (rows.size() - sortedSize > Math.max(MIN_SORTED_GROWTH, sortedSize / 4)) {
                boolean atStart = RowsInView.firstShown(table) <= 0;
                Article top = firstShown();
                resort();
                if (!atStart && top != null) {
                    RowsInView.showAtTop(table, rows.indexOf(top));
                }
            }
        } else {
            // The selection goes by the article's id: a changed file is a new record, and left to itself the table
            // kept the selected index, selecting (and so opening) whichever article the new list had there.
            Article selected = table.getSelectionModel().getSelectedItem();
            Article top = firstShown();
            int shownBefore = selectedShown;
            table.getSelectionModel().clearSelection();
            rows.setAll(change.getList());
            resort();
            if (selected != null) {
                rows.stream().filter(a -> a.id().equals(selected.id())).findFirst()
                        .ifPresent(table.getSelectionModel()::select);
            }
            // once the table has taken in its new rows (it keeps its old offset in its own pass)
            Article chosen = table.getSelectionModel().getSelectedItem();
            javafx.application.Platform.runLater(() -> keepInView(top, shownBefore, chosen));
        }
    }

    /**
     * After the list changed whole: where the article at its top is still listed (a file changed, the list refreshed,
     * a tag checked that it has), it stays at the top; else it shows the selected article, or the list's start. A checked tag left the
     * view where the longer list had been scrolled to, in the middle of the new one. An article selected meanwhile (the
     * one a library opens on, chosen when its first walk ends) is shown instead: the top kept was a row of the list as
     * it streamed in, unsorted, and the article was left out of sight. And a view scrolled meanwhile (to that article,
     * once the table had its size) is left where it was put: moved back, it hid the article again.
     */
    private void keepInView(Article top, int shownBefore, Article chosen) {
        int still = top == null ? -1 : rows.indexOf(top);
        int selected = table.getSelectionModel().getSelectedIndex();
        if (selected >= 0 && table.getSelectionModel().getSelectedItem() != chosen) {
            RowsInView.show(table, selected);
        } else if (selectedShown != shownBefore) {
            return;
        } else if (still >= 0) {
            RowsInView.showAtTop(table, still); // the view kept its offset in rows: in a shorter list, another place
        } else if (selected >= 0) {
            RowsInView.show(table, selected);
        } else if (!rows.isEmpty()) {
            RowsInView.showAtTop(table, 0);
        }
    }

    /**
     * Shows the selected article whole, at the top unless it is on screen already ({@link RowsInView#showSelectedWhole}),
     * once the table has its size; a list replaced meanwhile then leaves it there.
     */
    public void showSelectedWhole() {
        RowsInView.showSelectedWhole(table, () -> selectedShown++);
    }

    /** The article in the first row on screen, or null. */
    private Article firstShown() {
        int first = RowsInView.firstShown(table);
        return first >= 0 && first < rows.size() ? rows.get(first) : null;
    }

    private void resort() {
        FXCollections.sort(rows, order());
        sortedSize = rows.size();
    }

    /**
     * The list's order: by title, or by date with the undated last either way (oldest first, a reader starting an
     * archive from its beginning met its undated pages before its first post); ties (the posts of one day) by path as
     * a folder lists them.
     */
    private Comparator<Article> order() {
        ListOrder order = listOrder.get();
        Comparator<Article> chosen = order.byTitle()
                ? (order.ascending() ? byTitle : byTitle.reversed())
                : Comparator.comparing(Article::date, Comparator.nullsLast(order.ascending()
                        ? Comparator.<LocalDate>naturalOrder() : Comparator.<LocalDate>reverseOrder()));
        return chosen.thenComparing(Article::id);
    }

    /** The headers' arrows as the chosen order is. */
    private void showOrder(TableColumn<Article, ?> title, TableColumn<Article, ?> date) {
        ListOrder order = listOrder.get();
        TableColumn<Article, ?> column = order.byTitle() ? title : date;
        column.setSortType(order.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) {
            table.getSortOrder().setAll(java.util.List.of(column));
        }
    }

    public ReadOnlyObjectProperty<Article> selectedArticleProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    public TableView<Article> table() {
        return table;
    }

    /** Shows another view (search results) in place of the table while a condition holds. */
    public void showInsteadWhile(javafx.scene.Node other, javafx.beans.value.ObservableBooleanValue when) {
        insteadCondition = when; // a binding only weakly held by what it observes would be collected
        when.addListener((obs, was, now) -> setCenter(now ? other : table));
        setCenter(when.get() ? other : table);
    }

    public TextField filterField() {
        return filterField;
    }

    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }
}
