package dev.lectern.ui.reader;

import dev.lectern.render.EmojiFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes rendered pages to files for the WebView: a page loaded with {@code loadContent} cannot show the
 * article's local ({@code file:}) images, a page loaded from a file can; the emoji font goes beside the pages that
 * use it. One private folder per window, removed on exit; each page gets a new name so WebKit never shows a stale copy.
 */
final class PageFiles {

    private static final System.Logger LOG = System.getLogger(PageFiles.class.getName());

    private final Path folder;
    private Path current;
    private long counter;

    PageFiles() {
        try {
            folder = Files.createTempDirectory("lectern-pages-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for rendered pages", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::deleteAll, "lectern-pages-cleanup"));
    }

    /** Writes the page and returns its URL, deleting the previous page. */
    String write(String html) {
        Path previous = current;
        current = folder.resolve("page-" + (++counter) + ".html");
        try {
            Files.createDirectories(folder); // deleted when the window was hidden, if it is shown again
            Files.writeString(current, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page for the reading pane", e);
        }
        if (EmojiFont.neededBy(html)) {
            emojiFont();
        }
        if (previous != null) {
            try {
                Files.deleteIfExists(previous);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "could not delete " + previous, e);
            }
        }
        return current.toUri().toString();
    }

    /** Puts the emoji font beside the pages (once): a page, or a card added to it, sets emoji in it. */
    void emojiFont() {
        try {
            EmojiFont.copyInto(folder);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "emoji left to the system's fonts", e);
        }
    }

    /** Deletes the folder and its pages (the window is closed); the shutdown hook does it too, for other ends. */
    void deleteAll() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not clean up " + folder, e);
        }
    }
}
