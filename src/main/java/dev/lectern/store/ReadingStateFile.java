package dev.lectern.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reader's per-article state kept between runs: reading position, a forced "keep line breaks" choice and
 * whether remote images were allowed. A tab-separated text file, one article per line, sorted, written atomically;
 * unreadable lines are skipped, an unreadable file is treated as empty (this state is a convenience, never data).
 */
public final class ReadingStateFile {

    /** One article's state: position from 0 to 1, line breaks true/false or null for automatic, remote images allowed. */
    public record Entry(double position, Boolean lineBreaks, boolean remoteImages) {
    }

    private static final System.Logger LOG = System.getLogger(ReadingStateFile.class.getName());
    private static final String HEADER = "# Lectern reading state: article path, position (0-1), line breaks (auto/on/off), remote images";

    private final Path file;

    public ReadingStateFile(Path file) {
        this.file = file;
    }

    /** The per-user default: reading-state.tsv in the data folder beside the annotation files. */
    public static ReadingStateFile defaultFile() {
        return new ReadingStateFile(AnnotationLocations.forCurrentUser().dataFolder().resolve("reading-state.tsv"));
    }

    public Map<String, Entry> load() {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length != 4) {
                    continue;
                }
                try {
                    Boolean breaks = switch (cells[2]) {
                        case "on" -> Boolean.TRUE;
                        case "off" -> Boolean.FALSE;
                        default -> null;
                    };
                    entries.put(cells[0], new Entry(Double.parseDouble(cells[1]), breaks, "yes".equals(cells[3])));
                } catch (NumberFormatException e) {
                    LOG.log(System.Logger.Level.DEBUG, "skipped a reading-state line: " + line);
                }
            }
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "reading state not read from " + file + ": " + e.getMessage());
        }
        return entries;
    }

    public void save(Map<String, Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(entries).forEach((path, e) -> text.append(path.replace('\t', ' ').replace('\n', ' ')).append('\t')
                .append(String.format(Locale.ROOT, "%.4f", e.position())).append('\t')
                .append(e.lineBreaks() == null ? "auto" : e.lineBreaks() ? "on" : "off").append('\t')
                .append(e.remoteImages() ? "yes" : "no").append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, text.toString());
    }
}
