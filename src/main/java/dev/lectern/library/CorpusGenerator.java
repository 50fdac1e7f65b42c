package dev.lectern.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds a large benchmark library from a real corpus: copy 0 keeps the files as they are; copy k
 * lives under {@code copy-k/}, with " (k)" added to its title and two more tags, one nested
 * ("vk/first-tag") and one of 997 groups, so a large library has thousands of distinct tags.
 * Bodies stay real. A folder generated before with the same count and source is reused.
 */
public final class CorpusGenerator {

    private static final String MARKER = ".lectern-corpus";

    private final Path source;

    public CorpusGenerator(Path source) {
        this.source = source;
    }

    /** The default place for a generated library of n articles, under the system's temporary folder. */
    public static Path defaultTarget(int articles) {
        return Path.of(System.getProperty("java.io.tmpdir"), "lectern-bench-" + articles);
    }

    /** Fills target with n articles (unless it already holds them) and returns it. */
    public Path generate(int articles, Path target) throws IOException {
        String stamp = "articles=" + articles + "\nsource=" + source.toAbsolutePath().normalize() + "\nformat=1\n";
        Path marker = target.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            return target;
        }
        clear(target);
        List<Path> files = new ArticleFileWalker().walk(source, () -> false);
        if (files.isEmpty()) {
            throw new IOException("no articles under " + source);
        }
        try {
            IntStream.range(0, articles).parallel().forEach(i -> copy(files.get(i % files.size()), i / files.size(), i, target));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(marker, stamp);
        return target;
    }

    private void copy(Path file, int copy, int index, Path target) {
        try {
            String relative = ArticleReader.idOf(source, file).path();
            Path out = target.resolve(copy == 0 ? relative : "copy-" + copy + "/" + relative);
            Files.createDirectories(out.getParent());
            if (copy == 0) {
                Files.copy(file, out);
            } else {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(out, new FrontMatterVariation(copy, index).apply(text), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties a folder made by this generator; refuses any other non-empty folder. */
    static void clear(Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.createDirectories(target);
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
                throw new IOException("refusing to overwrite " + target + ": not a generated corpus");
            }
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(target)) {
                    Files.delete(path);
                }
            }
        }
    }
}
