package dev.lectern.ui;

import dev.lectern.model.Article;
import java.time.LocalDate;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The middle pane: a filter field over a sortable table of the shown articles (newest first, undated last). */
final class ArticleListView extends BorderPane {

    private final TableView<Article> table = new TableView<>();
    private final TextField filterField = new TextField();

    ArticleListView(ArticleFilter filter, AnnotationsViewModel annotations) {
        filterField.setPromptText("Filter by title or author");
        filterField.setId("article-filter");
        filterField.textProperty().bindBidirectional(filter.textProperty());

        TableColumn<Article, Article> title = new TableColumn<>("Title");
        title.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue()));
        title.setCellFactory(column -> new ArticleTitleCell(annotations));
        title.setComparator(Comparator.comparing(Article::title, String.CASE_INSENSITIVE_ORDER));
        title.setMinWidth(120);

        TableColumn<Article, LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue().date()));
        date.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        date.setPrefWidth(96);
        date.setMinWidth(96);
        date.setMaxWidth(96);
        date.setStyle("-fx-alignment: top-right;");
        date.setId("date-column");

        table.getColumns().setAll(title, date);
        table.setId("article-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No articles match. Uncheck a tag or clear the filter."));
        SortedList<Article> sorted = new SortedList<>(filter.visibleArticles());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);

        annotations.revisionProperty().addListener((obs, was, now) -> table.refresh());
        VBox top = new VBox(filterField);
        top.getStyleClass().add("pane-header");
        VBox.setVgrow(filterField, Priority.NEVER);
        setTop(top);
        setCenter(table);
        getStyleClass().add("list-pane");
    }

    ReadOnlyObjectProperty<Article> selectedArticleProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    TableView<Article> table() {
        return table;
    }

    void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }
}
