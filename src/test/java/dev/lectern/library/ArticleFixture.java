package dev.lectern.library;

import dev.lectern.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes article files into a temporary folder and reads them back with one shared ArticleReader. */
final class ArticleFixture {

    private final Path root;
    private final ArticleReader reader = new ArticleReader();

    ArticleFixture(Path root) {
        this.root = root;
    }

    Path write(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    Article read(String relative, String text) throws IOException {
        return reader.read(root, write(relative, text));
    }

    Article read(String relative, String text, Charset charset) throws IOException {
        return reader.read(root, write(relative, text.getBytes(charset)));
    }

    Article read(String relative, byte[] bytes) throws IOException {
        return reader.read(root, write(relative, bytes));
    }

    ArticleReader reader() {
        return reader;
    }

    Path root() {
        return root;
    }
}
