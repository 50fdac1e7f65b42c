package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.ui.common.Quoted;
import dev.lectern.ui.common.TextScript;
import dev.lectern.model.HighlightColor;
import dev.lectern.ui.common.Tips;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * Every highlight and bookmark of the library, grouped by article, tag or colour, filterable by colour (and its
 * name), by text in quote, note or tags, and by highlight or article tag; a click opens the article at the passage.
 */
public final class LibraryAnnotationsView extends BorderPane {

    private static final javafx.scene.input.KeyCombination UNDO = new javafx.scene.input.KeyCodeCombination(
            KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    /** The colour filter's first choice; the others are the colours' keys. */
    private static final String ANY_COLOUR = "any";

    private final AnnotationsViewModel annotations;
    private final Function<ArticleId, Article> articles;
    private final TreeView<Object> tree = new TreeView<>();
    private final ComboBox<String> colour = new ComboBox<>();
    private final TextField text = new TextField();
    private final TextField tag = new TextField();
    private final ComboBox<AnnotationGroups.By> groupBy = new ComboBox<>();
    private final Label summary = new Label();
    /** The counts of the last refresh, shown in the summary. */
    private String counts = "";
    /** Over the empty tree, in its middle: there is nothing to list, or nothing matches the filters. */
    private final Label empty = new Label();

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
                return choice == null ? "" : ANY_COLOUR.equals(choice) ? t("allAnnotations.anyColour")
                        : colourLabel(HighlightColor.fromKey(choice));
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        text.setPromptText(t("allAnnotations.textPrompt"));
        tag.setPromptText(t("allAnnotations.tagFilterPrompt"));
        tag.setId("annotations-tag-filter");
        groupBy.getItems().setAll(AnnotationGroups.By.values());
        groupBy.setValue(AnnotationGroups.By.ARTICLE);
        groupBy.setId("annotations-group-by");
        groupBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AnnotationGroups.By by) {
                return by == null ? "" : t("allAnnotations.groupBy." + by.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public AnnotationGroups.By fromString(String text) {
                return null;
            }
        });
        javafx.scene.control.Button names = new javafx.scene.control.Button(t("allAnnotations.nameColours"));
        Tips.on(names, t("allAnnotations.nameColours.tip"));
        names.setOnAction(e -> {
            if (annotations.isOpen()) {
                ColourNamesDialog.ask(getScene().getWindow(), colorNames())
                        .ifPresent(map -> annotations.store().nameColors(map));
            }
        });
        text.setId("annotations-text-filter");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox.setHgrow(tag, Priority.ALWAYS); // shares the room with the text field: its prompt was cut to "articl"
        // the choices keep their words whole ("Any col…" read as nothing); the two text fields give way instead
        for (javafx.scene.layout.Region whole : List.of(colour, groupBy, names)) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        text.setMinWidth(90);
        tag.setMinWidth(90);
        HBox filters = new HBox(8, colour, text, tag, groupBy, names);
        filters.getStyleClass().add("pane-header");
        tree.setShowRoot(false);
        tree.setId("library-annotations");
        tree.setCellFactory(view -> new TreeCell<>() {
            private final Region swatch = new Region();

            private final Label quote = new Label();
            private final Label rest = new Label();
            private final HBox row = new HBox(6, swatch, quote, rest);

            {
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                quote.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item instanceof Highlight h) {
                    // the quote and the note each in the cut of their own script: an English passage with a
                    // Chinese note was set wholly in the Chinese cut, its quotation marks full-width
                    setText(null);
                    TextScript.show(quote, Quoted.quote(h.anchor().quote(), 80));
                    TextScript.show(rest, details(h));
                    swatch.setMinSize(10, 10);
                    swatch.setStyle("-fx-background-color: " + AnnotationPopovers.SWATCHES[h.color().ordinal()]
                            + "; -fx-background-radius: 5;");
                    setGraphic(row);
                    setAccessibleText(AnnotationCell.spoken(h, "")); // a screen reader hears the row, not a graphic
                    return;
                }
                setAccessibleText(null);
                TextScript.show(this, empty || item == null ? null : label(item));
                if (!empty && item instanceof HighlightColor c) {
                    swatch.setMinSize(10, 10);
                    swatch.setStyle("-fx-background-color: " + Swatches.of(c) + "; -fx-background-radius: 5;");
                    setGraphic(swatch);
                } else {
                    setGraphic(null);
                }
            }
        });
        Runnable openChosen = () -> {
            TreeItem<Object> chosen = tree.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.getValue() instanceof Annotation a) {
                open.accept(a.article(), a);
            } else if (chosen != null && chosen.getValue() instanceof ArticleId id) {
                open.accept(id, null);
            }
        };
        // a click opens the row; a right-click only chooses it for its menu (it opened the article too)
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()) {
                openChosen.run();
            }
        });
        new RowMenu(tree, annotations, new AnnotationDialogs(this, List::of), openChosen, this::colourLabel);
        // Enter opens the chosen row as a click does: the list was the mouse's alone
        // Ctrl+Z undoes here too (a delete from the row menu says it does): the menu bar's key is the main window's
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && annotations.isOpen()) {
                e.consume();
                annotations.undo();
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && tree.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                openChosen.run();
            }
        });
        setTop(filters);
        empty.setId("annotations-empty");
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(empty.textProperty().isNotEmpty());
        setCenter(new StackPane(tree, empty));
        summary.getStyleClass().add("pane-header");
        summary.setId("annotations-summary");
        setBottom(summary);
        colour.valueProperty().addListener((obs, was, now) -> refresh());
        text.textProperty().addListener((obs, was, now) -> refresh());
        tag.textProperty().addListener((obs, was, now) -> refresh());
        groupBy.valueProperty().addListener((obs, was, now) -> refresh());
        annotations.revisionProperty().addListener((obs, was, now) -> refresh());
        // what a delete or an undo made here says is said here, under the list, not only in the main window
        annotations.noteProperty().addListener((obs, was, now) -> showSummary());
        refresh();
    }

    /**
     * The counts under the list, and what the last change said (a message alone leaves the tree as it is: rebuilding
     * it for each status message threw away the reader's place in the list).
     */
    private void showSummary() {
        String said = annotations.noteProperty().get();
        summary.setText(said == null || said.isBlank() ? counts : counts.isEmpty() ? said : counts + "  ·  " + said);
    }

    private void refresh() {
        List<Annotation> shown = annotations.all().stream().filter(this::matches).toList();
        Map<Object, List<Annotation>> groups = AnnotationGroups.group(shown, groupBy.getValue());
        TreeItem<Object> root = new TreeItem<>(); // hidden
        groups.forEach((key, items) -> {
            TreeItem<Object> group = new TreeItem<>(key);
            group.setExpanded(true);
            items.forEach(a -> group.getChildren().add(new TreeItem<>(a)));
            root.getChildren().add(group);
        });
        tree.setRoot(root);
        long articlesShown = shown.stream().map(Annotation::article).distinct().count();
        counts = annotations.all().isEmpty() ? ""
                : t("allAnnotations.summary", shown.size(), annotations.all().size(), articlesShown);
        showSummary();
        empty.setText(annotations.all().isEmpty() ? t("allAnnotations.none")
                : shown.isEmpty() ? t("allAnnotations.noMatch") : "");
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
        if (a instanceof Highlight h && h.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(tagQuery))) {
            return true;
        }
        Article article = articles.apply(a.article());
        return article != null && article.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(tagQuery));
    }

    private String searchable(Annotation a) {
        if (a instanceof Highlight h) {
            return h.anchor().quote() + "\n" + h.note() + "\n" + String.join(" ", h.tags()) + "\n"
                    + colorNames().label(h.color()) + "\n" + colourLabel(h.color());
        }
        Bookmark b = (Bookmark) a;
        return b.label() + "\n" + (b.anchor() == null ? "" : b.anchor().quote());
    }

    private String label(Object item) {
        if (item instanceof ArticleId id) {
            return title(id);
        }
        if (item instanceof HighlightColor c) {
            return colourLabel(c);
        }
        if (item instanceof String tagName) {
            return tagName.isEmpty() ? t("allAnnotations.noTag") : "#" + tagName;
        }
        Bookmark b = (Bookmark) item;
        return (b.anchor() == null ? "★ " : "◆ ") + Quoted.shorten(b.label(), 80);
    }

    /** What a highlight's row shows after its quote: the note, the tags and, unless grouped by article, the title. */
    private String details(Highlight h) {
        String note = h.note().isBlank() ? "" : "— " + Quoted.shorten(h.note(), 60);
        String tags = AnnotationCell.tags(h);
        String where = groupBy.getValue() == AnnotationGroups.By.ARTICLE ? "" : "  · " + title(h.article());
        return (note + tags + where).strip();
    }

    private String title(ArticleId id) {
        Article article = articles.apply(id);
        return article == null ? t("allAnnotations.missing", id.path()) : article.title();
    }

    private dev.lectern.model.ColorNames colorNames() {
        return annotations.isOpen() ? annotations.store().colorNames() : dev.lectern.model.ColorNames.NONE;
    }

    /** "Pink — question" when named, else "Pink". */
    private String colourLabel(HighlightColor c) {
        return Swatches.label(c, colorNames());
    }
}
