package dev.lectern.library;

import dev.lectern.model.NotesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognises the notes Lectern itself writes beside articles ({@link NotesFile}), which the library leaves out: they
 * repeat the article's title, and their highlight tags are not the article's. A file is one when its name ends with
 * {@code .notes.md} and its front matter's {@code lectern-notes-for:} names the article beside it whose note it is
 * ({@code post.md} for {@code post.notes.md}): a page cannot hide itself with the key alone, and a note copied away from
 * its article reads again. Only files of that name are opened (their first 4 KB).
 */
public final class LecternNotes {

    /** The front matter Lectern writes is a few lines: the key sits well inside this. */
    private static final int HEAD_BYTES = 4096;

    private LecternNotes() {
    }

    /** Whether the file (named name) is a note Lectern wrote beside an article; a file that cannot be read is not. */
    public static boolean writtenByLectern(Path file, String name) {
        if (!NotesFile.hasTheName(name)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String article = articleNamed(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
            return article != null && !article.contains("/") && !article.contains("\\")
                    && NotesFile.nameFor(article).equals(name) && Files.isRegularFile(file.resolveSibling(article));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The article the front matter's key names (its value, unquoted), or null when the text has no such key. */
    static String articleNamed(String head) {
        String[] lines = head.replace("\uFEFF", "").split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return null;
        }
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return null;
            }
            if (line.startsWith(NotesFile.KEY + ":")) {
                String value = line.substring(NotesFile.KEY.length() + 1).strip();
                boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"));
                return quoted ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }
}
