package dev.lectern.app.cli;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the library article an imported annotation's target names: a path relative to the library (Lectern's own
 * exports), a {@code file:} URI under it, or a web address whose last segment is an article's file name (a Jekyll
 * post {@code /2020/01/05/reinvent-nights/} is {@code 2020-01-05-reinvent-nights.md}).
 */
final class SourceResolver {

    private static final int MAX_DEPTH = 32;

    private final Path root;
    private final List<ArticleId> articles = new ArrayList<>();

    SourceResolver(Path root) throws IOException {
        this.root = root;
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            files.filter(Files::isRegularFile).filter(f -> f.toString().toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)$"))
                    .forEach(f -> articles.add(new ArticleId(root.relativize(f).toString().replace('\\', '/'))));
        }
    }

    Optional<ArticleId> resolve(String source) {
        try {
            URI uri = URI.create(source.replace(" ", "%20"));
            if ("file".equals(uri.getScheme())) {
                Path file = Path.of(uri).normalize();
                return file.startsWith(root) ? exact(root.relativize(file).toString().replace('\\', '/')) : Optional.empty();
            }
            if (uri.getScheme() != null) {
                return byLastSegment(uri.getPath() == null ? "" : uri.getPath());
            }
        } catch (IllegalArgumentException e) {
            // not a URI: a plain path
        }
        return exact(source);
    }

    private Optional<ArticleId> exact(String path) {
        return articles.stream().filter(a -> a.path().equals(path)).findFirst();
    }

    private Optional<ArticleId> byLastSegment(String path) {
        String[] segments = path.replaceAll("/+$", "").split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1].replaceFirst("\\.[a-z]+$", "");
        if (last.isEmpty()) {
            return Optional.empty();
        }
        return articles.stream().filter(a -> {
            String stem = a.stem();
            return stem.equals(last) || stem.endsWith("-" + last);
        }).findFirst();
    }
}
