package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.render.Heading;
import dev.lectern.render.RenderedPage;
import dev.lectern.ui.common.TextScript;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** The outline panel: the headings of the open article, indented by level; a click (or Enter) scrolls there. */
public final class OutlineView extends BorderPane {

    private final ListView<Heading> headings = new ListView<>();

    public OutlineView(ReaderViewModel model, Consumer<String> scrollTo) {
        headings.setId("outline");
        headings.setPlaceholder(new Label(t("outline.empty")));
        headings.setCellFactory(list -> new ListCell<>() {
            {
                // as wide as the list, long headings end in "…" rather than widen the list past the panel
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Heading heading, boolean empty) {
                super.updateItem(heading, empty);
                RenderedPage page = model.pageProperty().get();
                TextScript.show(this, empty || heading == null ? null : heading.text(), page == null ? null : page.lang());
                setStyle(empty || heading == null ? "" : "-fx-padding: 3 6 3 " + (6 + 12 * (heading.level() - minLevel())) + ";");
            }
        });
        headings.setOnMouseClicked(e -> jumpToChosen(scrollTo));
        headings.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                jumpToChosen(scrollTo);
            }
        });
        setCenter(headings);
        getStyleClass().add("outline-pane");
        model.pageProperty().addListener((obs, was, now) -> show(now));
        show(model.pageProperty().get());
    }

    private void jumpToChosen(Consumer<String> scrollTo) {
        Heading heading = headings.getSelectionModel().getSelectedItem();
        if (heading != null) {
            scrollTo.accept(heading.anchorId());
        }
    }

    private void show(RenderedPage page) {
        headings.getItems().setAll(page == null ? List.of() : page.outline());
    }

    private int minLevel() {
        return headings.getItems().stream().mapToInt(Heading::level).min().orElse(1);
    }
}
