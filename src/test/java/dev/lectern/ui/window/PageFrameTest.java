package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ui.common.KeyboardFocus;
import javafx.scene.Scene;
import javafx.scene.layout.Border;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The reading page is never framed: a key that hands it the keyboard left a blue ring round the whole page. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class PageFrameTest {

    private final StackPane page = new StackPane();

    @Start
    void start(Stage stage) {
        page.getStyleClass().add("reader-view");
        StackPane root = new StackPane(page);
        root.setStyle("-color-accent-emphasis: #0969da;"); // the theme's accent (AtlantaFX defines it on the root)
        Scene scene = new Scene(root, 400, 300);
        scene.getStylesheets().add(WindowTheme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void thePageHandedTheKeyboardShowsNoRingRoundItself(FxRobot robot) {
        robot.interact(() -> {
            page.pseudoClassStateChanged(KeyboardFocus.KEYBOARD_FOCUS, true);
            page.applyCss();
        });
        Border frame = page.getBorder();
        assertThat(frame == null || frame.getStrokes().stream().allMatch(stroke -> Color.TRANSPARENT.equals(stroke.getTopStroke())
                && Color.TRANSPARENT.equals(stroke.getLeftStroke()) && Color.TRANSPARENT.equals(stroke.getRightStroke())
                && Color.TRANSPARENT.equals(stroke.getBottomStroke())))
                .as("the page's frame: " + (frame == null ? "none" : frame.getStrokes().get(0).getTopStroke())).isTrue();
    }
}
