package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Every highlight and bookmark of the library, grouped by article, filterable by colour, by text in quote or note,
 * and by the article's tags; a click opens the article at the passage.
 */
public final class LibraryAnnotationsView extends BorderPane {

    /** The colour filter's first choice; the others are the colours' keys. */
    private static final String ANY_COLOUR = "any";

    private final AnnotationsViewModel annotations;
    private final Function<ArticleId, Article> articles;
    private final TreeView<Object> tree = new TreeView<>();
    private final ComboBox<String> colour = new ComboBox<>();
    private final TextField text = new TextField();
    private final TextField tag = new TextField();
    private final Label summary = new Label();

    public LibraryAnnotationsView(AnnotationsViewModel annotations, Function<ArticleId, Article> articles,
                           BiConsumer<ArticleId, Annotation> open) {
        this.annotations = annotations;
        this.articles = articles;
        colour.getItems().add(ANY_COLOUR);
        for (HighlightColor c : HighlightColor.values()) {
            colour.getItems().add(c.key());
        }
        colour.setValue(ANY_COLOUR);
        colour.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String choice) {
                return choice == null ? "" : ANY_COLOUR.equals(choice) ? t("allAnnotations.anyColour") : t("color." + choice);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        text.setPromptText(t("allAnnotations.textPrompt"));
        tag.setPromptText(t("allAnnotations.tagPrompt"));
        text.setId("annotations-text-filter");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox filters = new HBox(8, colour, text, tag);
        filters.getStyleClass().add("pane-header");
        tree.setShowRoot(false);
        tree.setId("library-annotations");
        tree.setCellFactory(view -> new TreeCell<>() {
            private final javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
                if (!empty && item instanceof Highlight h) {
                    swatch.setMinSize(10, 10);
                    swatch.setStyle("-fx-background-color: " + AnnotationPopovers.SWATCHES[h.color().ordinal()]
                            + "; -fx-background-radius: 5;");
                    setGraphic(swatch);
                } else {
                    setGraphic(null);
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            TreeItem<Object> chosen = tree.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.getValue() instanceof Annotation a) {
                open.accept(a.article(), a);
            } else if (chosen != null && chosen.getValue() instanceof ArticleId id) {
                open.accept(id, null);
            }
        });
        setTop(filters);
        setCenter(tree);
        summary.getStyleClass().add("pane-header");
        summary.setId("annotations-summary");
        setBottom(summary);
        colour.valueProperty().addListener((obs, was, now) -> refresh());
        text.textProperty().addListener((obs, was, now) -> refresh());
        tag.textProperty().addListener((obs, was, now) -> refresh());
        annotations.revisionProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Map<ArticleId, List<Annotation>> groups = new LinkedHashMap<>();
        for (Annotation a : annotations.all()) {
            if (matches(a)) {
                groups.computeIfAbsent(a.article(), id -> new java.util.ArrayList<>()).add(a);
            }
        }
        TreeItem<Object> root = new TreeItem<>(); // hidden
        groups.forEach((id, items) -> {
            TreeItem<Object> group = new TreeItem<>(id);
            group.setExpanded(true);
            items.forEach(a -> group.getChildren().add(new TreeItem<>(a)));
            root.getChildren().add(group);
        });
        tree.setRoot(root);
        int shown = groups.values().stream().mapToInt(List::size).sum();
        summary.setText(annotations.all().isEmpty() ? t("allAnnotations.none")
                : shown == 0 ? t("allAnnotations.noMatch") : t("allAnnotations.summary", shown, annotations.all().size(), groups.size()));
    }

    private boolean matches(Annotation a) {
        String wanted = colour.getValue();
        if (!ANY_COLOUR.equals(wanted) && !(a instanceof Highlight h && h.color().key().equals(wanted))) {
            return false;
        }
        String query = text.getText().strip().toLowerCase(Locale.ROOT);
        if (!query.isEmpty() && !searchable(a).toLowerCase(Locale.ROOT).contains(query)) {
            return false;
        }
        String tagQuery = tag.getText().strip().toLowerCase(Locale.ROOT);
        if (tagQuery.isEmpty()) {
            return true;
        }
        Article article = articles.apply(a.article());
        return article != null && article.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(tagQuery));
    }

    private static String searchable(Annotation a) {
        if (a instanceof Highlight h) {
            return h.anchor().quote() + "\n" + h.note();
        }
        Bookmark b = (Bookmark) a;
        return b.label() + "\n" + (b.anchor() == null ? "" : b.anchor().quote());
    }

    private String label(Object item) {
        if (item instanceof ArticleId id) {
            Article article = articles.apply(id);
            return article == null ? t("allAnnotations.missing", id.path()) : article.title();
        }
        if (item instanceof Highlight h) {
            String note = h.note().isBlank() ? "" : "  — " + AnnotationCell.abbreviate(h.note(), 60);
            return "“" + AnnotationCell.abbreviate(h.anchor().quote(), 80) + "”" + note;
        }
        Bookmark b = (Bookmark) item;
        return (b.anchor() == null ? "★ " : "◆ ") + b.label();
    }
}
