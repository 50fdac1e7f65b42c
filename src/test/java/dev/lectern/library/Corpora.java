package dev.lectern.library;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the shared real corpora (skipping the test when absent) and counts their files independently. */
final class Corpora {

    private Corpora() {
    }

    static Path locate(String name) {
        Path shared = Path.of(System.getProperty("lectern.shared", "../shared"));
        Path corpus = shared.resolve("corpora").resolve(name);
        if (!Files.isDirectory(corpus)) {
            System.out.println("SKIPPED: corpus " + name + " not found at " + corpus + " (tests on real articles not run)");
        }
        assumeTrue(Files.isDirectory(corpus), "corpus " + name + " not found at " + corpus);
        return corpus;
    }

    /** The .md files under root, by relative path, as Files.walk sees them. */
    static long countMarkdown(Path root) {
        return countMarkdown(root, file -> true);
    }

    /** The .md files under root that which accepts. */
    static long countMarkdown(Path root, java.util.function.Predicate<Path> which) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f) && which.test(f))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Article> byPath(ScanResult result) {
        return result.articles().stream().collect(Collectors.toMap(a -> a.id().path(), Function.identity()));
    }
}
