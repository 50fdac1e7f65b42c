package dev.lectern.render;

import dev.lectern.model.LogseqProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The other names a vault's note gives itself in its front matter, which its wiki links may use ({@code [[JCIP]]} for
 * {@code Java Concurrency in Practice.md}): {@code aliases: [JCIP, "Goetz"]}, {@code alias: JCIP}, or a list of
 * {@code - JCIP} lines below the key; a Logseq page's {@code alias:: JCIP, Goetz} and {@code title::}. Only the first
 * {@link #HEAD_BYTES} of the file are read, at most {@link #MOST_ALIASES} names kept.
 */
final class NoteAliases {

    static final int HEAD_BYTES = 4096;
    static final int MOST_ALIASES = 20;
    private static final int MAX_LENGTH = 200;

    private NoteAliases() {
    }

    /** The aliases of the note in file; none when it cannot be read or has no front matter. */
    static List<String> of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The aliases in the front matter a note's text starts with. */
    static List<String> of(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String[] lines = text.split("\r?\n", -1);
        List<String> aliases = new ArrayList<>();
        if (LogseqProperties.isPageProperty(lines[0])) {
            return pageProperties(lines);
        }
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return aliases;
        }
        for (int i = 1; i < lines.length && aliases.size() < MOST_ALIASES; i++) {
            String line = lines[i];
            if (line.strip().equals("---") || line.strip().equals("...")) {
                break;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!key.equals("aliases") && !key.equals("alias")) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            if (value.startsWith("[")) {
                int end = value.lastIndexOf(']');
                for (String item : value.substring(1, end < 0 ? value.length() : end).split(",")) {
                    add(aliases, item);
                }
            } else if (!value.isEmpty()) {
                add(aliases, value);
            } else {
                for (i++; i < lines.length && lines[i].stripLeading().startsWith("- "); i++) {
                    add(aliases, lines[i].stripLeading().substring(2));
                }
                i--;
            }
        }
        return aliases.subList(0, Math.min(aliases.size(), MOST_ALIASES));
    }

    /**
     * The other names a Logseq page gives itself in the properties it starts with: its {@code alias::} list, and its
     * {@code title::} (the page's name where the file's differs, which its links use).
     */
    private static List<String> pageProperties(String[] lines) {
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < lines.length && aliases.size() < MOST_ALIASES; i++) {
            Matcher property = LogseqProperties.LINE.matcher(lines[i]);
            if (lines[i].length() > LogseqProperties.MAX_LINE || !property.matches()) {
                break;
            }
            String key = property.group(1).toLowerCase(Locale.ROOT);
            String value = property.group(2) == null ? "" : property.group(2);
            if (key.equals("alias") || key.equals("aliases")) {
                LogseqProperties.items(value).forEach(alias -> add(aliases, alias));
            } else if (key.equals("title")) {
                add(aliases, value);
            }
        }
        return aliases.subList(0, Math.min(aliases.size(), MOST_ALIASES));
    }

    private static void add(List<String> aliases, String item) {
        String alias = item.strip();
        if (alias.length() >= 2 && (alias.startsWith("\"") && alias.endsWith("\"")
                || alias.startsWith("'") && alias.endsWith("'"))) {
            alias = alias.substring(1, alias.length() - 1).strip();
        }
        if (!alias.isEmpty() && alias.length() <= MAX_LENGTH) {
            aliases.add(alias);
        }
    }
}
