package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where windows cannot be transparent, the popover's window takes its box's colour rather than white around it. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class OpaquePopoverTest {

    private Label owner;

    @Start
    void start(Stage stage) {
        owner = new Label("owner");
        stage.setScene(new Scene(new StackPane(owner), 300, 200));
        stage.show();
    }

    @Test
    void theOpaqueWindowIsFilledWithTheBoxColour(FxRobot robot) {
        PopOver popOver = new PopOver(new Label("a note"));
        robot.interact(() -> {
            popOver.show(owner);
            AnnotationPopovers.fillLikeItsBox(popOver);
        });
        Shape border = (Shape) popOver.getScene().getRoot().lookup(".border");
        Color box = (Color) border.getFill();
        assertThat(popOver.getScene().getFill()).as("the box colour, opaque")
                .isEqualTo(Color.color(box.getRed(), box.getGreen(), box.getBlue()));
        robot.interact(() -> popOver.hide());
    }
}
