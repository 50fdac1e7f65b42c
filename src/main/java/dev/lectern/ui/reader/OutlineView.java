package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.render.Heading;
import dev.lectern.render.RenderedPage;
import dev.lectern.ui.common.RowsInView;
import dev.lectern.ui.common.TextScript;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The outline panel: the headings of the open article, indented by level; a click (or Enter) scrolls there. The heading
 * of the section being read is marked, and kept in view, as the page scrolls (looked up four times a second while the
 * panel is shown).
 */
public final class OutlineView extends BorderPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ListView<Heading> headings = new ListView<>();
    private final IntSupplier currentHeading;
    private final Timeline follow = new Timeline(new KeyFrame(Duration.millis(250), e -> markCurrent()));
    private int current = -1;

    /**
     * @param scrollTo       scrolls the page to a heading's anchor
     * @param currentHeading the index of the heading whose section is on screen, -1 for none
     */
    public OutlineView(ReaderViewModel model, Consumer<String> scrollTo, IntSupplier currentHeading) {
        this.currentHeading = currentHeading;
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
                pseudoClassStateChanged(CURRENT, !empty && heading != null && getIndex() == current);
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
        follow.setCycleCount(Animation.INDEFINITE);
        // looked up only while the panel is in a window that shows
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .addListener((obs, was, now) -> {
                    if (now) {
                        follow.play();
                    } else {
                        follow.stop();
                    }
                });
    }

    /** Marks the heading whose section is on screen, and scrolls the outline to it when it is out of sight. */
    private void markCurrent() {
        if (!isVisible() || headings.getItems().isEmpty()) {
            return;
        }
        int now = currentHeading.getAsInt();
        if (now != current && now < headings.getItems().size()) {
            current = now;
            headings.refresh();
            if (now >= 0) {
                RowsInView.show(headings, now);
            }
        }
    }

    private void jumpToChosen(Consumer<String> scrollTo) {
        Heading heading = headings.getSelectionModel().getSelectedItem();
        if (heading != null) {
            scrollTo.accept(heading.anchorId());
        }
    }

    private void show(RenderedPage page) {
        current = -1;
        headings.getItems().setAll(page == null ? List.of() : page.outline());
    }

    private int minLevel() {
        return headings.getItems().stream().mapToInt(Heading::level).min().orElse(1);
    }
}
