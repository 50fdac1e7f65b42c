package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.input.ScrollEvent;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A notch of the mouse wheel moves the page about three lines, as a browser does, not a line and a bit. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class WheelSpeedTest {

    @TempDir
    Path root;
    private ReaderStage shown;

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    @Test
    void aNotchOfTheWheelScrollsAboutThreeLines(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: Long\n---\n");
        for (int i = 1; i <= 80; i++) {
            body.append("Paragraph ").append(i).append(" has enough words to be a line of its own here.\n\n");
        }
        Path file = root.resolve("long.md");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        shown = ReaderStage.show(robot, root, file, target -> { }, 700, 500);
        WebView web = robot.lookup("#reader-web").queryAs(WebView.class);

        robot.interact(() -> {
            Point2D at = web.localToScene(300, 250);
            Point2D screen = web.localToScreen(300, 250);
            Event.fireEvent(web, new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), screen.getX(),
                    screen.getY(), false, false, false, false, false, false, 0, -40, 0, -40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0,
                    null));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scrollY() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        double line = ((Number) shown.run(
                "parseFloat(getComputedStyle(document.querySelector('.article-body p')).lineHeight)")).doubleValue();
        assertThat(scrollY() / line).as("lines a notch moves").isBetween(2.5, 4.0);
    }

    private double scrollY() throws Exception {
        return ((Number) shown.run("window.scrollY")).doubleValue();
    }
}
