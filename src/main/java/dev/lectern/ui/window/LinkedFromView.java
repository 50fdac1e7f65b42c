package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.ui.session.BacklinksViewModel;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * The side panel's "Linked from": the articles of the library that link to the open one, each with the words around its
 * link; a click (or Enter) opens one.
 */
final class LinkedFromView extends BorderPane {

    private final ListView<Article> articles = new ListView<>();

    LinkedFromView(BacklinksViewModel model, Consumer<ArticleId> open) {
        articles.setId("linked-from");
        articles.setItems(model.linking());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.searchingProperty())
                .then(t("linkedFrom.searching")).otherwise(t("linkedFrom.none")));
        placeholder.setWrapText(true);
        articles.setPlaceholder(placeholder);
        articles.setCellFactory(list -> new BacklinkCell(model::contextOf));
        Runnable openChosen = () -> {
            Article chosen = articles.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                open.accept(chosen.id());
            }
        };
        articles.setOnMouseClicked(e -> openChosen.run());
        articles.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen.run();
            }
        });
        setCenter(articles);
        getStyleClass().add("outline-pane");
    }
}
