package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review's T dialog: it had no words saying what it asks, and its field's first character touched its edge. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class AnnotationDialogsTest {

    private final StackPane owner = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(owner, 300, 200));
        stage.show();
    }

    @Test
    void theTagDialogSaysWhatItAsksAndKeepsItsFieldOffTheEdges(FxRobot robot) {
        AnnotationDialogs dialogs = new AnnotationDialogs(owner, List::of);
        @SuppressWarnings("unchecked")
        Dialog<String>[] dialog = new Dialog[1];
        TextField[] field = new TextField[1];
        robot.interact(() -> {
            field[0] = dialogs.tagField("哲学");
            dialog[0] = dialogs.dialog(t("review.tagTitle"), field[0]);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(dialog[0].getDialogPane().getHeaderText()).isEqualTo(t("review.tagTitle"));
            Bounds pane = dialog[0].getDialogPane().localToScreen(dialog[0].getDialogPane().getBoundsInLocal());
            Bounds box = field[0].localToScreen(field[0].getBoundsInLocal());
            assertThat(box.getMinX() - pane.getMinX()).as("room left of the field").isGreaterThanOrEqualTo(8);
            assertThat(pane.getMaxX() - box.getMaxX()).as("room right of the field").isGreaterThanOrEqualTo(8);
            assertThat(box.getWidth()).as("a field for a few tags").isGreaterThanOrEqualTo(300);
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }
}
