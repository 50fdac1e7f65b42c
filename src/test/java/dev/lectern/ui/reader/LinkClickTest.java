package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A link clicked in the page goes to the reader, and WebKit itself loads nothing: the file it names (raw markdown)
 * or a web page never replaces the article, however busy the machine (no cancel that could come too late).
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class LinkClickTest {

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
    void aClickedLinkGoesToTheReaderAndWebKitLoadsNothing(FxRobot robot) throws Exception {
        Path file = root.resolve("a.md");
        Files.writeString(file, "---\ntitle: Links\n---\n\n[other article](other.md)\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("other.md"), "RAW MARKDOWN", StandardCharsets.UTF_8);
        List<LinkTarget> followed = new CopyOnWriteArrayList<>();
        List<Worker.State> states = new CopyOnWriteArrayList<>();
        shown = ReaderStage.show(robot, root, file, followed::add, 700, 500);
        WebView web = robot.lookup("#reader-web").queryAs(WebView.class);
        robot.interact(() -> web.getEngine().getLoadWorker().stateProperty()
                .addListener((property, was, state) -> states.add(state)));
        Point2D link = WaitForAsyncUtils.asyncFx(() -> {
            Object box = shown.view().run("(function(){var r=document.querySelector("
                    + "'a[href$=\"other.md\"]').getBoundingClientRect();"
                    + "return (r.left + r.width / 2) + ',' + (r.top + r.height / 2);})()");
            String[] xy = String.valueOf(box).split(",");
            return web.localToScreen(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
        }).get(10, TimeUnit.SECONDS);

        robot.moveTo(link).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !followed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(followed).as("the reader follows the link").hasSize(1);
        assertThat(followed.get(0)).isInstanceOf(LinkTarget.Article.class);
        assertThat(states).as("WebKit loads nothing: the page's links are shielded").isEmpty();
        assertThat(shown.run("document.body.textContent")).asString().contains("other article")
                .doesNotContain("RAW MARKDOWN");
    }
}
