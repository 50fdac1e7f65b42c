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
 * {@code .notes.md} and its front matter holds the {@code lectern-notes-for:} key; only files of that name are opened,
 * so a scan of 100,000 articles reads no more than before.
 */
final class LecternNotes {

    /** The front matter Lectern writes is a few lines: the key sits well inside this. */
    private static final int HEAD_BYTES = 4096;

    private LecternNotes() {
    }

    /** Whether the file (named name) is a note Lectern wrote beside an article; a file that cannot be read is not. */
    static boolean writtenByLectern(Path file, String name) {
        if (!NotesFile.hasTheName(name)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return holdsKey(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the text opens with front matter holding the key at its top level. */
    static boolean holdsKey(String head) {
        String[] lines = head.replace("\uFEFF", "").split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return false;
        }
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return false;
            }
            if (line.startsWith(NotesFile.KEY + ":")) {
                return true;
            }
        }
        return false;
    }
}
