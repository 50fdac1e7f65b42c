package dev.lectern.render;

import dev.lectern.model.LogseqNames;
import dev.lectern.model.NoteVault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Logseq graph's settings ({@code logseq/config.edn}) say of how its pages are named: the format of its
 * journals' names ({@code :journal/page-title-format "yyyy-MM-dd"}), Logseq's default when it says none. What is
 * commented out ({@code ;; …}, as the settings Logseq writes hold their examples) is not read; at most
 * {@link #MAX_BYTES} of the file.
 */
final class LogseqConfig {

    static final int MAX_BYTES = 64 * 1024;
    private static final Pattern JOURNAL_FORMAT = Pattern.compile(":journal/page-title-format\\s+\"([^\"\\n]{1,64})\"");

    private LogseqConfig() {
    }

    /** A line of EDN up to its comment: a {@code ;} outside a string starts one. */
    static String withoutComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == ';' && !inString) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The format of the journals' names of the graph in its folder ({@link NoteVault#logseqGraph}). */
    static String journalFormat(Path graph) {
        try (InputStream in = Files.newInputStream(graph.resolve(NoteVault.LOGSEQ_FOLDER).resolve(NoteVault.LOGSEQ_SETTINGS))) {
            for (String line : new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8).split("\n")) {
                Matcher format = JOURNAL_FORMAT.matcher(withoutComment(line));
                if (format.find()) {
                    return format.group(1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no settings to read: Logseq's default
        }
        return LogseqNames.DEFAULT_FORMAT;
    }
}
