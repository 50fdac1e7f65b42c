package dev.lectern.store;

import dev.lectern.model.ReadProgress;
import dev.lectern.model.ReadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reader's per-article state kept between runs: reading position, a forced "keep line breaks" choice, whether
 * remote images were allowed, the read state with the furthest part seen, the script chosen for a Chinese article
 * and, in an eighth column "vertical", vertical writing (left out otherwise). A tab-separated text file, one
 * article per line, sorted, written atomically; unreadable lines are skipped, an unreadable file is treated as
 * empty (this state is a convenience, never data). Lines of the older four-column form still load: a remembered
 * article was opened, so it counts as in progress (read when its position is at the end). Lines
 * {@code #last<tab>library folder<tab>article path in it} name the article open last in each library (as comments, older
 * versions read past them, though a save of theirs leaves them out: each library then reopens at its newest article,
 * as before), so that going back to a library reopens the article read there; at most {@value #MOST_LIBRARIES} are
 * kept.
 */
public final class ReadingStateFile {

    /**
     * One article's state: position from 0 to 1, line breaks true/false or null for automatic, remote images, progress,
     * the script a Chinese article is shown in (a key such as "taiwan", or null for the default) and whether it is
     * read in vertical writing.
     */
    public record Entry(double position, Boolean lineBreaks, boolean remoteImages, ReadProgress progress, String script,
                        boolean vertical) {

        /** Nothing remembered: top of the article, automatic line breaks, no remote images, unread, default script, horizontal. */
        public static final Entry NONE = new Entry(0, null, false, ReadProgress.UNREAD, null, false);

        public Entry {
            progress = progress == null ? ReadProgress.UNREAD : progress;
            script = script == null || !script.matches("[a-z-]{1,20}") ? null : script;
        }

        /** An entry with the default script, read horizontally. */
        public Entry(double position, Boolean lineBreaks, boolean remoteImages, ReadProgress progress) {
            this(position, lineBreaks, remoteImages, progress, null, false);
        }

        /** An entry of an article not yet opened (as the older file form had no read state). */
        public Entry(double position, Boolean lineBreaks, boolean remoteImages) {
            this(position, lineBreaks, remoteImages, ReadProgress.UNREAD);
        }

        public Entry withPosition(double fraction) {
            return new Entry(fraction, lineBreaks, remoteImages, progress, script, vertical);
        }

        public Entry withLineBreaks(Boolean keep) {
            return new Entry(position, keep, remoteImages, progress, script, vertical);
        }

        public Entry withRemoteImages(boolean allowed) {
            return new Entry(position, lineBreaks, allowed, progress, script, vertical);
        }

        public Entry withProgress(ReadProgress next) {
            return new Entry(position, lineBreaks, remoteImages, next, script, vertical);
        }

        /** The script to show the article in (a key), or null for the default. */
        public Entry withScript(String key) {
            return new Entry(position, lineBreaks, remoteImages, progress, key, vertical);
        }

        public Entry withVertical(boolean on) {
            return new Entry(position, lineBreaks, remoteImages, progress, script, on);
        }
    }

    private static final System.Logger LOG = System.getLogger(ReadingStateFile.class.getName());
    private static final String HEADER = "# Lectern reading state: article path, position (0-1), line breaks (auto/on/off),"
            + " remote images, read state (unread/reading/read), furthest part seen (0-1), script (default/as-written/…)[, vertical]";

    /** How a line naming the article open last in a library begins. */
    private static final String LAST = "#last\t";
    /** The most libraries whose last article is kept. */
    static final int MOST_LIBRARIES = 200;

    private final Path file;
    /** The entries as last loaded or saved here: what this process did not change since is taken from the file. */
    private Map<String, Entry> known = Map.of();
    /** The article open last in each library (folder to relative path), as last loaded or saved here. */
    private Map<String, String> knownLast = Map.of();

    public ReadingStateFile(Path file) {
        this.file = file;
    }

    /** The per-user default: reading-state.tsv in the data folder beside the annotation files. */
    public static ReadingStateFile defaultFile() {
        return new ReadingStateFile(AnnotationLocations.forCurrentUser().dataFolder().resolve("reading-state.tsv"));
    }

    /** The entries in the file (none when it is missing or unreadable); removes temporary files a crash left. */
    public Map<String, Entry> load() {
        Map<String, String> last = new TreeMap<>();
        Map<String, Entry> entries;
        try {
            entries = FileGuard.locked(file, () -> {
                FileGuard.removeLeftovers(file, Duration.ZERO);
                return read(last);
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "reading state not locked at " + file + ": " + e.getMessage());
            entries = read(last);
        }
        synchronized (this) {
            known = Map.copyOf(entries);
            knownLast = Map.copyOf(last);
        }
        return entries;
    }

    /** The article open last in each library, as the last {@link #load} found them: folder to relative path. */
    public synchronized Map<String, String> lastArticles() {
        return knownLast;
    }

    private Map<String, Entry> read(Map<String, String> last) {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            for (String line : CappedRead.utf8(file, CappedRead.READING_STATE).lines().toList()) {
                String[] cells = line.split("\t");
                if (line.startsWith(LAST) && cells.length == 3 && !cells[1].isEmpty() && !cells[2].isEmpty()
                        && last.size() < MOST_LIBRARIES) {
                    last.put(cells[1], cells[2]);
                    continue;
                }
                if (line.startsWith("#") || (cells.length != 4 && cells.length < 6)) {
                    continue;
                }
                try {
                    entries.put(cells[0], entry(cells));
                } catch (IllegalArgumentException e) {
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

    private static Entry entry(String[] cells) {
        Boolean breaks = switch (cells[2]) {
            case "on" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            default -> null;
        };
        double position = Double.parseDouble(cells[1]);
        ReadProgress progress = cells.length == 4 ? ReadProgress.openedAt(position)
                : new ReadProgress(ReadState.fromKey(cells[4]), Double.parseDouble(cells[5]));
        String script = cells.length > 6 && !cells[6].equals("default") && !cells[6].equals("vertical") ? cells[6] : null;
        boolean vertical = cells.length > 6 && "vertical".equals(cells[cells.length - 1]);
        return new Entry(position, breaks, "yes".equals(cells[3]), progress, script, vertical);
    }

    /**
     * Writes every entry that holds something (entries equal to {@link Entry#NONE} are left out), merged under a
     * cross-process lock with what another process saved meanwhile: an entry this process did not change since it last
     * loaded or saved keeps the file's value, so two windows never undo each other's reading state.
     */
    public void save(Map<String, Entry> entries) throws IOException {
        save(entries, java.util.Set.of());
    }

    /** Saves as {@link #save(Map)}. */
    public void save(Map<String, Entry> entries, java.util.Set<String> removed) throws IOException {
        save(entries, removed, knownLastCopy());
    }

    private synchronized Map<String, String> knownLastCopy() {
        return knownLast;
    }

    /**
     * Saves as {@link #save(Map)}, and takes out of the file the paths this process gave up (an article renamed or
     * moved: its state went to the new path), unless another process changed them meanwhile: the old path stayed in
     * the file for ever, beside the new one.
     */
    public synchronized void save(Map<String, Entry> entries, java.util.Set<String> removed, Map<String, String> last)
            throws IOException {
        known = FileGuard.locked(file, () -> {
            Map<String, String> lastMerged = new TreeMap<>();
            Map<String, Entry> merged = new TreeMap<>(read(lastMerged));
            // a library whose last article this process changed takes this process's; the others keep the file's
            last.forEach((library, article) -> {
                if (!article.equals(knownLast.get(library)) || !lastMerged.containsKey(library)) {
                    lastMerged.put(library, article);
                }
            });
            // past the most, libraries go in name order, but never one this process holds (the one open now)
            for (var it = lastMerged.keySet().iterator(); it.hasNext() && lastMerged.size() > MOST_LIBRARIES; ) {
                if (!last.containsKey(it.next())) {
                    it.remove();
                }
            }
            // known: the file's, and where this process holds one, its own: what it holds and did not change since
            // is not a change at its next save, which put it back over another process's newer one
            Map<String, String> seenLast = new TreeMap<>(lastMerged);
            seenLast.putAll(last);
            knownLast = Map.copyOf(seenLast);
            entries.forEach((path, entry) -> {
                if (!entry.equals(known.getOrDefault(path, Entry.NONE)) || !merged.containsKey(path)) {
                    merged.put(path, entry);
                }
            });
            for (String path : removed) {
                // as written: the file keeps four decimals of what this process last saved
                if (!entries.containsKey(path) && known.containsKey(path) && merged.containsKey(path)
                        && cells(known.get(path)).equals(cells(merged.get(path)))) {
                    merged.remove(path);
                }
            }
            write(merged, lastMerged);
            Map<String, Entry> seen = new TreeMap<>(merged);
            seen.putAll(entries);
            return Map.copyOf(seen);
        });
    }

    /** An entry's line after its path, as the file holds it. */
    private static String cells(Entry e) {
        return String.format(Locale.ROOT, "%.4f", e.position()) + '\t'
                + (e.lineBreaks() == null ? "auto" : e.lineBreaks() ? "on" : "off") + '\t'
                + (e.remoteImages() ? "yes" : "no") + '\t'
                + e.progress().state().key() + '\t'
                + String.format(Locale.ROOT, "%.4f", e.progress().furthest()) + '\t'
                + (e.script() == null ? "default" : e.script())
                + (e.vertical() ? "\tvertical" : "");
    }

    private void write(Map<String, Entry> entries, Map<String, String> last) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        last.forEach((library, article) -> text.append(LAST).append(clean(library)).append('\t').append(clean(article))
                .append('\n'));
        new TreeMap<>(entries).forEach((path, e) -> {
            if (!e.equals(Entry.NONE)) {
                text.append(path.replace('\t', ' ').replace('\n', ' ')).append('\t').append(cells(e)).append('\n');
            }
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, text.toString());
    }

    /** A path as one cell of a line: no tab, no line break. */
    private static String clean(String path) {
        return path.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
