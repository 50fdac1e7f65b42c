package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Highlights panel open at a start shows as many rows as fit, where it drew one or two over blank space: its rows
 * were measured before they had a width, and a note wrapped at the row's width less 40 was a character a line.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class AnnotationRowsTest {

    private ListView<Annotation> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        list.setCellFactory(view -> new AnnotationCell(a -> ""));
        list.getItems().setAll(IntStream.range(0, 15).mapToObj(i -> Highlight.create(new ArticleId("a.md"),
                new Anchor("作为一个技术人，埋头专心做事的同时 " + i, "", "", 0, 10, null), HighlightColor.YELLOW,
                "note " + i, Instant.parse("2026-12-01T00:00:00Z"))).map(h -> (Annotation) h).toList());
        Scene scene = new Scene(new StackPane(list), 320, 700);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/lectern/ui/lectern.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aPanelShownWithItsRowsShowsAsManyRowsAsFit(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> shown = robot.lookup(".annotation-cell").queryAll().stream().<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(cell -> cell.getItem() != null && cell.isVisible() && cell.getLayoutY() < list.getHeight())
                .toList();
        double filled = shown.stream().mapToDouble(cell -> cell.getLayoutY() + cell.getHeight()).max().orElse(0);
        double viewport = list.getHeight() - list.snappedTopInset() - list.snappedBottomInset();
        assertThat(filled).as("rows down to the panel's foot (15 highlights do not fit), no blank space under them")
                .isGreaterThanOrEqualTo(viewport - 2);
        for (ListCell<?> cell : shown) {
            assertThat(cell.getHeight()).as("row %d", cell.getIndex()).isLessThan(200);
        }
    }
}
