package dev.lectern.render;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints warm render times (median and 95th percentile of 50 runs, or as many as the arguments say) for the largest sample article and the
 * largest file of corpus B, with code coloured and without. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:<dependencies> dev.lectern.render.RenderBenchmark}.
 */
public final class RenderBenchmark {

    /** Untimed runs before the timed ones; the first argument overrides it. */
    private static int warmUpRuns = 200;
    /** Timed runs; the second argument overrides it. */
    private static int runs = 50;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2) {
            warmUpRuns = Integer.parseInt(args[0]);
            runs = Integer.parseInt(args[1]);
        }
        PageRenderer renderer = new PageRenderer();
        long start = System.nanoTime();
        renderer.warmUp();
        System.out.printf("first render (warm-up) in a fresh JVM: %.1f ms%n", (System.nanoTime() - start) / 1e6);
        PageRenderer plain = new PageRenderer(PageWords.english(), false);
        plain.warmUp();

        Path content = Path.of("content").toAbsolutePath();
        Path corpus = Path.of(System.getProperty("lectern.shared", "../shared"), "corpora", "B").toAbsolutePath();
        for (PageRenderer each : List.of(plain, renderer)) {
            System.out.println(each == plain ? "code not coloured:" : "code coloured:");
            largest(content).ifPresent(file -> measure(each, content, file));
            if (Files.isDirectory(corpus)) {
                largest(corpus).ifPresent(file -> measure(each, corpus, file));
            }
        }
    }

    private static Optional<Path> largest(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .max(Comparator.comparingLong(RenderBenchmark::size));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void measure(PageRenderer renderer, Path root, Path file) {
        try {
            String markdown = Files.readString(file);
            Article article = new Article(new ArticleId(root.relativize(file).toString()), "Benchmark", null, null,
                    List.of(), List.of("bench"), List.of(), null, false, null, List.of(), Files.size(file), 0);
            RenderOptions options = RenderOptions.defaults(root, file);
            for (int i = 0; i < warmUpRuns; i++) {
                renderer.render(article, markdown, options);
            }
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                renderer.render(article, markdown, options);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("%s (%,d bytes): median %.1f ms, p95 %.1f ms%n", root.relativize(file),
                    Files.size(file), millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1]);
        } catch (IOException e) {
            System.out.println(file + ": " + e);
        }
    }
}
