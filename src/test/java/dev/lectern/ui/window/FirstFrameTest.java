package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ArticleId;
import dev.lectern.render.Theme;
import dev.lectern.store.PreferencesFile;
import dev.lectern.store.PreferencesSaver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window never opens white: when it is mapped its scene and reading pane already have the saved theme's
 * background, and its panes are styled and laid out, so the first frame shows the window as it will look.
 */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class FirstFrameTest {

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void aDarkWindowIsDarkAndLaidOutWhenItAppears(FxRobot robot) throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("preferences"));
        Files.writeString(folder.resolve("preferences.yaml"), "theme: dark\n");
        PreferencesFile file = new PreferencesFile(folder.resolve("preferences.yaml"), Clock.systemUTC());
        List<String> atShowing = new ArrayList<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> atShowing.addAll(look(stage.getScene())));
            new ReaderFixture(stage, background, folder.resolve("annotations.yaml"), false,
                    new PreferencesSaver(file, file.load().preferences(), scheduler));
        });

        assertThat(atShowing).containsExactly(
                "scene fill " + WindowTheme.windowBackground(Theme.DARK),
                "page fill " + WindowTheme.pageBackground(Theme.DARK),
                "window background " + WindowTheme.windowBackground(Theme.DARK),
                "tag-tree laid out", "article-table laid out", "reader-web laid out");
    }

    @Test
    void aStartOnTheLastArticleDrawsItBesideStandInsAndThenTheTagTreeAndTheList(FxRobot robot) throws Exception {
        List<String> atShowing = new ArrayList<>();
        List<String> textAtShowing = new ArrayList<>();
        List<String> labelledAtShowing = new ArrayList<>();
        javafx.geometry.Bounds[] pageAtShowing = new javafx.geometry.Bounds[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
                atShowing.addAll(panes(stage.getScene()));
                atShowing.addAll(bars(stage.getScene()));
                textAtShowing.addAll(texts(stage.getScene().getRoot()));
                labelledAtShowing.addAll(labelled(stage.getScene().getRoot()));
                javafx.scene.Node web = stage.getScene().lookup("#reader-web");
                pageAtShowing[0] = web.localToScene(web.getLayoutBounds());
            });
            // as the app starts on the article read last: its page first, the library read once that page has loaded
            new ReaderFixture(stage, background, scratch.resolve("annotations.yaml"), false, null, null,
                    fixture -> {
                        fixture.reader.prepareFirst(ReaderFixture.SAMPLES, new ArticleId("2020-01-05-reinvent-nights.md"));
                        fixture.window.showArticleFirst();
                        boolean[] opened = {false};
                        fixture.window.onPageLoaded(() -> {
                            if (!opened[0]) {
                                opened[0] = true;
                                fixture.library.open(ReaderFixture.SAMPLES);
                            }
                        });
                    });
        });
        assertThat(atShowing).containsExactly("tags-stand-in laid out", "list-stand-in laid out", "reader-web laid out",
                "menu-stand-in laid out", "toolbar-stand-in laid out", "status-stand-in laid out");
        assertThat(textAtShowing).as("the first frame shows no text before the page").isEmpty();
        assertThat(labelledAtShowing).as("nor lays out hidden labels or buttons (the lines over the page)").isEmpty();
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "2020 第一场线下活动".equals(ReaderFixture.pageTitle(robot, web)));
        assertThat(web.getScene().getFocusOwner()).as("the keys scroll the article").isSameAs(web);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            List<String> now = new ArrayList<>();
            robot.interact(() -> now.addAll(panes(web.getScene())));
            return now.equals(List.of("tag-tree laid out", "article-table laid out", "reader-web laid out"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            List<String> now = new ArrayList<>();
            robot.interact(() -> now.addAll(bars(web.getScene())));
            return now.equals(List.of("menu-bar laid out", "reader-toolbar laid out", "status-bar laid out"));
        });
        javafx.geometry.Bounds[] page = new javafx.geometry.Bounds[1];
        robot.interact(() -> page[0] = web.localToScene(web.getLayoutBounds()));
        assertThat(page[0]).as("the page stays where it was first drawn when the bars take their places")
                .isEqualTo(pageAtShowing[0]);
        TableView<?> table = robot.lookup("#article-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        TreeView<?> tags = robot.lookup("#tag-tree").query();
        assertThat(tags.getRoot().getChildren()).isNotEmpty();
        assertThat(web.getScene().getFocusOwner()).as("still, once the panes are in place").isSameAs(web);
    }

    @Test
    void aPageArrivingBeforeTheWindowsFirstFrameIsHeldUntilTheFrameIsDrawn(FxRobot robot) throws Exception {
        ReaderFixture[] fixture = new ReaderFixture[1];
        robot.interact(() -> {
            try {
                fixture[0] = ReaderFixture.onSamples(new Stage(), background, scratch);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ReaderFixture window = fixture[0];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.library.filter().articles().size() == 5);
        WebView web = robot.lookup("#reader-web").query();
        dev.lectern.model.Article first = window.library.filter().find(new ArticleId("2020-01-05-reinvent-nights.md"));
        dev.lectern.model.Article second = window.library.filter().articles().stream().filter(a -> a != first).findFirst().orElseThrow();
        robot.interact(() -> window.reader.show(ReaderFixture.SAMPLES, first));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> first.title().equals(ReaderFixture.pageTitle(robot, web)));

        robot.interact(() -> {
            window.window.readerView().holdPagesForFirstFrame();
            window.reader.show(ReaderFixture.SAMPLES, second);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.reader.pageProperty().get().html().contains(second.title()));
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(ReaderFixture.pageTitle(robot, web)).as("held back: the page on screen stays").isEqualTo(first.title());

        robot.interact(() -> window.window.readerView().frameDrawn());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> second.title().equals(ReaderFixture.pageTitle(robot, web)));
    }

    /** Which of the panes and their stand-ins are in the scene, styled and laid out. */
    private static List<String> panes(Scene scene) {
        List<String> seen = new ArrayList<>();
        for (String id : new String[] {"tags-stand-in", "tag-tree", "list-stand-in", "article-table", "reader-web"}) {
            javafx.scene.Node pane = scene.lookup("#" + id);
            if (pane != null) {
                boolean laidOut = pane.getLayoutBounds().getWidth() > 0 && pane.getLayoutBounds().getHeight() > 0
                        && (!(pane instanceof javafx.scene.control.Control c) || c.getSkin() != null);
                seen.add(id + (laidOut ? " laid out" : " not laid out"));
            }
        }
        return seen;
    }

    /** Which of the bars and their stand-ins are in the scene, and laid out. */
    private static List<String> bars(Scene scene) {
        List<String> seen = new ArrayList<>();
        for (String[] bar : new String[][] {{"menu-stand-in", "menu-bar"}, {"toolbar-stand-in", "reader-toolbar"},
            {"status-stand-in", "status-bar"}}) {
            for (javafx.scene.Node node : scene.getRoot().lookupAll("." + bar[1])) {
                String name = bar[0].equals(node.getId()) ? bar[0] : bar[1];
                seen.add(name + (node.getLayoutBounds().getHeight() > 0 ? " laid out" : " not laid out"));
            }
        }
        return seen;
    }

    /** The texts a node shows: its visible text nodes (those of controls' skins included). */
    private static List<String> texts(javafx.scene.Parent parent) {
        List<String> found = new ArrayList<>();
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof javafx.scene.text.Text text) {
                found.add(text.getText());
            } else if (child instanceof javafx.scene.Parent inner) {
                found.addAll(texts(inner));
            }
        }
        return found;
    }

    /** The ids (or classes) of the labels, buttons and links under a node, hidden ones included. */
    private static List<String> labelled(javafx.scene.Parent parent) {
        List<String> found = new ArrayList<>();
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.Labeled labeled) {
                found.add(labeled.getId() != null ? labeled.getId() : String.valueOf(labeled.getStyleClass()));
            }
            if (child instanceof javafx.scene.Parent inner) {
                found.addAll(labelled(inner));
            }
        }
        return found;
    }

    /** What the window would show in its first frame. */
    private static List<String> look(Scene scene) {
        List<String> seen = new ArrayList<>();
        seen.add("scene fill " + scene.getFill());
        // the panes of a split pane are in the scene graph only once it has its skin
        WebView web = (WebView) scene.lookup("#reader-web");
        seen.add(web == null ? "no reading pane" : "page fill " + web.getPageFill());
        Region root = (Region) scene.getRoot();
        Paint background = root.getBackground() == null || root.getBackground().getFills().isEmpty() ? null
                : root.getBackground().getFills().get(0).getFill();
        seen.add("window background " + background);
        for (String id : new String[] {"tag-tree", "article-table", "reader-web"}) {
            javafx.scene.Node pane = scene.lookup("#" + id);
            boolean laidOut = pane != null && pane.getLayoutBounds().getWidth() > 0 && pane.getLayoutBounds().getHeight() > 0
                    && (!(pane instanceof javafx.scene.control.Control c) || c.getSkin() != null);
            seen.add(id + (laidOut ? " laid out" : " not laid out"));
        }
        return seen;
    }
}
