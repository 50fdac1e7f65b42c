package dev.lectern.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Hugo's {@code _index.md} with no words of its own: a section's or the home page's list of posts, whose file often holds
 * only front matter ({@code title: "Posts"}), which as an article would be an empty page among the posts. One with
 * text of its own ("Welcome to my notes.") is a page worth reading and stays. Reads at most a few kilobytes of a file
 * of that name only.
 */
final class SectionPages {

    /** A larger {@code _index.md} is taken to have words (front matter this long is no section's). */
    private static final int MOST_BYTES = 8 * 1024;

    private SectionPages() {
    }

    /** Whether the file is an {@code _index} page with nothing but front matter and blank lines. */
    static boolean emptySectionPage(Path file, String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || !fileName.substring(0, dot).toLowerCase(Locale.ROOT).equals("_index")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MOST_BYTES + 1);
            return bytes.length <= MOST_BYTES && withoutFrontMatter(new String(bytes, StandardCharsets.UTF_8)).isBlank();
        } catch (IOException | RuntimeException e) {
            return false; // listed, and the reading says what is wrong with it
        }
    }

    /** The text after a front matter between {@code ---}, {@code +++} or a JSON object's braces; all of it without. */
    static String withoutFrontMatter(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        String first = lines.length == 0 ? "" : lines[0].strip();
        String end = first.equals("---") ? "---" : first.equals("+++") ? "+++" : first.equals("{") ? "}" : null;
        if (end == null) {
            return body;
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(end) || end.equals("---") && line.equals("...")) {
                return String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
            }
        }
        return body;
    }
}
