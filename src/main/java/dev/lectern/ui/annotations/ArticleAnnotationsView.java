package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.Bookmark;
import dev.lectern.ui.common.OpenArticle;
import dev.lectern.ui.common.Tips;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The panel of the open article's highlights and bookmarks, in reading order; a click jumps to the passage. */
public final class ArticleAnnotationsView extends BorderPane {

    private final ListView<Annotation> list = new ListView<>();
    private final OpenArticle reader;
    private final AnnotationsViewModel annotations;
    private final AnnotationLayer layer;
    private final Label hint = new Label(t("annotations.placeholder"));
    private final Label loading = new Label(t("status.loading"));

    public ArticleAnnotationsView(OpenArticle reader, AnnotationsViewModel annotations, AnnotationLayer layer) {
        this.reader = reader;
        this.annotations = annotations;
        this.layer = layer;
        loading.setId("annotations-loading");
        hint.setWrapText(true); // whole in a side panel narrowed to its tabs (a small screen, large text)
        hint.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        list.setId("article-annotations");
        list.setPlaceholder(hint);
        list.setCellFactory(view -> new AnnotationCell(layer::status));
        list.setOnMouseClicked(e -> {
            Annotation chosen = list.getSelectionModel().getSelectedItem();
            if (chosen instanceof Bookmark bookmark && e.getClickCount() == 2) {
                relabel(bookmark);
            } else if (chosen != null) {
                layer.jumpTo(chosen.id());
            }
        });
        // the keyboard's click and double-click, as in a file manager: Enter jumps to the passage, F2 renames a bookmark,
        // Delete deletes the chosen one (as the Delete button does; Ctrl+Z brings it back)
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Annotation chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                layer.jumpTo(chosen.id());
            } else if (e.getCode() == KeyCode.F2 && chosen instanceof Bookmark bookmark) {
                e.consume();
                relabel(bookmark);
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                annotations.delete(chosen.id());
            }
        });
        Button reattach = new Button(t("annotations.reattach"));
        Tips.on(reattach, t("annotations.reattach.tip"));
        reattach.setOnAction(e -> reattach());
        Button delete = new Button(t("annotations.delete"));
        Tips.on(delete, t("annotations.delete.tip"));
        delete.setOnAction(e -> {
            Annotation chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                annotations.delete(chosen.id());
            }
        });
        // they act on the highlight or bookmark chosen in the list: with none chosen they do nothing, so say so
        reattach.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        reattach.setId("reattach-annotation");
        delete.setId("delete-annotation");
        HBox buttons = new HBox(6, reattach, delete);
        buttons.getStyleClass().add("pane-header");
        setCenter(list);
        setBottom(buttons);
        annotations.revisionProperty().addListener((obs, was, now) -> refresh());
        layer.onRepainted(this::refresh);
        reader.pageProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Article article = reader.articleProperty().get();
        // until the annotation file is read (seconds after a start), the hint said an annotated article had none
        list.setPlaceholder(article != null && !annotations.isOpen() ? loading : hint);
        List<Annotation> items = article == null ? List.of() : annotations.of(article.id());
        list.getItems().setAll(items);
    }

    private void relabel(Bookmark bookmark) {
        TextInputDialog dialog = new TextInputDialog(bookmark.label());
        dialog.setTitle(t("annotations.renameTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(t("annotations.renameLabel"));
        dialog.getEditor().setPrefColumnCount(36); // about 160 px cut a long Chinese label to its first words
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(label -> annotations.relabel(bookmark.id(), label));
    }

    private void reattach() {
        Annotation chosen = list.getSelectionModel().getSelectedItem();
        AnnotationLayer.Selection selection = layer.selection();
        if (chosen != null && selection != null) {
            annotations.reanchor(chosen.id(), selection.anchor());
        }
    }
}
