package dev.lectern.ui.reader;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Benchmark (not a test): time from selecting an article to its page painted in the reading pane, for the
 * largest sample article and the largest article of ../shared/corpora/B. Runs headless (Monocle) or on a display.
 * Run: mvn -q test-compile && java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.lectern.ui.reader.ReaderBenchmark
 */
public final class ReaderBenchmark {

    private static final int RUNS = 30;

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null || Boolean.getBoolean("headless")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path content = Path.of("content").toAbsolutePath();
        Path corpusB = Path.of(System.getProperty("lectern.shared", "../shared"), "corpora", "B").toAbsolutePath();
        ExecutorService background = Executors.newFixedThreadPool(2);
        ArticleReader articles = new ArticleReader();
        PageRenderer renderer = new PageRenderer();
        renderer.warmUp();
        renderer.warmUpMath();
        ReaderViewModel model = new ReaderViewModel(articles, renderer, background, Platform::runLater, new ReadingMemory());
        CompletableFuture<ReaderView> viewReady = new CompletableFuture<>();
        Platform.startup(() -> {
            ReaderView view = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 900, 800));
            stage.show();
            viewReady.complete(view);
        });
        ReaderView view = viewReady.get(30, TimeUnit.SECONDS);
        System.out.printf("Reader benchmark — %s, %d cores, JavaFX %s, %s%n", System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("javafx.runtime.version"), java.time.LocalDate.now());
        System.out.println("select → painted, " + RUNS + " runs after 5 warm-up runs");
        measure(view, model, articles, content, largest(content));
        if (Files.isDirectory(corpusB)) {
            measure(view, model, articles, corpusB, largest(corpusB));
        }
        background.shutdownNow();
        Platform.exit();
    }

    private static void measure(ReaderView view, ReaderViewModel model, ArticleReader articles, Path root, Path file)
            throws Exception {
        Article target = articles.read(root, file);
        Article other = articles.read(root, smallest(root));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            showAndWait(view, model, root, other);
            double ms = showAndWait(view, model, root, target);
            if (i >= 5) {
                times.add(ms);
            }
        }
        times.sort(Comparator.naturalOrder());
        System.out.printf("  %-70s %8.1f KB  median %6.1f ms  p95 %6.1f ms%n", root.relativize(file),
                Files.size(file) / 1024.0, times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1));
    }

    /** Shows the article and returns the milliseconds until the first pulse after its page finished loading. */
    private static double showAndWait(ReaderView view, ReaderViewModel model, Path root, Article article) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            Worker<Void> worker = view.engine().getLoadWorker();
            javafx.beans.value.ChangeListener<Worker.State> listener = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Worker.State> obs, Worker.State was, Worker.State now) {
                    if (now == Worker.State.SUCCEEDED) {
                        worker.stateProperty().removeListener(this);
                        Runnable[] pulse = new Runnable[1];
                        pulse[0] = () -> {
                            view.getScene().removePostLayoutPulseListener(pulse[0]);
                            painted.complete(System.nanoTime());
                        };
                        view.getScene().addPostLayoutPulseListener(pulse[0]);
                        Platform.requestNextPulse();
                    }
                }
            };
            worker.stateProperty().addListener(listener);
            model.show(root, article);
        });
        return (painted.get(60, TimeUnit.SECONDS) - start) / 1e6;
    }

    private static Path largest(Path root) throws IOException {
        return pick(root, Comparator.naturalOrder());
    }

    private static Path smallest(Path root) throws IOException {
        return pick(root, Comparator.reverseOrder());
    }

    private static Path pick(Path root, Comparator<Long> order) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md")).max(Comparator.comparing(ReaderBenchmark::size, order))
                    .orElseThrow();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
