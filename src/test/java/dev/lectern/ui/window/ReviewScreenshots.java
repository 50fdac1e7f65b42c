package dev.lectern.ui.window;

import dev.lectern.model.HighlightColor;
import dev.lectern.render.Theme;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.AtomicFiles;
import dev.lectern.ui.annotations.AnnotationGroups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Opens the sample library with a few tagged highlights and colour names, then the daily review (argument "review")
 * or the library's highlights grouped by tag ("panel"), in light or dark ("dark"), for README screenshots taken
 * with {@code import -window root} under Xvfb. Not a test.
 */
public final class ReviewScreenshots {

    private static final String[][] PASSAGES = {
        {"2020-01-05-reinvent-nights.md", "埋头专心做事的同时，一定有一颗不安分的心", "yellow", "技术人的好奇心", "career,mindset"},
        {"reinvent-2019-notes.md", "blast radius", "pink", "爆炸半径：故障影响的范围，设计时要先想清楚。", "architecture,resilience"},
        {"review-of-aws-reinvent.md", "让您无需管理服务器或群集即可运行容器", "green", "", "serverless,containers"},
        {"reinvent-2018-machine-learning-and-serverless.md", "Lambda 层", "blue", "可以共享依赖", "serverless"},
        {"review-of-aws-reinvent.md", "是一项托管服务", "purple", "", "kubernetes"},
    };

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The JavaFX application (the launcher refuses a main class that is one). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            show(stage, getParameters().getRaw());
        }
    }

    @SuppressWarnings("unchecked")
    private static void show(Stage stage, List<String> args) throws Exception {
        Path file = Files.createTempDirectory("lectern-shots-").resolve("annotations.yaml");
        seed(file);
        ReaderFixture window = new ReaderFixture(stage, Executors.newCachedThreadPool(), file, false);
        window.library.open(ReaderFixture.SAMPLES);
        if (args.contains("dark")) {
            window.reader.themeProperty().set(Theme.DARK);
        }
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        PauseTransition wait = new PauseTransition(Duration.seconds(6));
        wait.setOnFinished(e -> {
            String keys = args.contains("review") ? "Shortcut+Shift+R" : "Shortcut+Shift+B";
            stage.getScene().getAccelerators().get(KeyCombination.keyCombination(keys)).run();
            for (Window w : Window.getWindows()) {
                if (w != stage && w instanceof Stage s) {
                    s.setX(260);
                    s.setY(120);
                    s.setWidth(820);
                    s.setHeight(540);
                    ComboBox<?> group = (ComboBox<?>) s.getScene().lookup("#annotations-group-by");
                    if (group != null) {
                        ((ComboBox<AnnotationGroups.By>) group).setValue(AnnotationGroups.By.TAG);
                    }
                }
            }
        });
        wait.play();
    }

    private static void seed(Path file) throws Exception {
        StringBuilder yaml = new StringBuilder("schema: 2\nlibrary: x\ncolors:\n  yellow: important\n  pink: question\n"
                + "  green: to try\n  updated: 2026-12-01T00:00:00Z\narticles:\n");
        int n = 0;
        for (String[] p : PASSAGES) {
            n++;
            yaml.append("- path: ").append(p[0]).append("\n  highlights:\n  - id: 00000000-0000-4000-8000-00000000000")
                    .append(n).append("\n    color: ").append(p[2]).append('\n');
            if (!p[3].isEmpty()) {
                yaml.append("    note: '").append(p[3]).append("'\n");
            }
            yaml.append("    tags: [").append(p[4]).append("]\n    anchor:\n      quote: '").append(p[1])
                    .append("'\n      start: 0\n      end: ").append(p[1].length())
                    .append("\n    created: 2026-11-2").append(n).append("T08:00:00Z\n    updated: 2026-11-2").append(n)
                    .append("T08:00:00Z\n");
        }
        yaml.append("annotations: ").append(n).append('\n');
        AtomicFiles.write(file, yaml.toString());
    }
}
