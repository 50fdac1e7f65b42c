package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The annotation file chosen for a library with {@code --annotations FILE}, remembered in {@code annotation-files.tsv}
 * in the data folder (a line per library: its folder, a tab, the file): a library opened so once and reopened later
 * from Open Recent, or by a plain {@code lectern}, opened its default file, empty, and showed none of its highlights.
 */
public final class AnnotationFileChoices {

    /** At most this many libraries are remembered, the latest chosen first. */
    static final int MAX = 200;
    private static final int MAX_BYTES = 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(AnnotationFileChoices.class.getName());

    private final Path list;
    private final AnnotationLocations locations;

    public AnnotationFileChoices(AnnotationLocations locations) {
        this.locations = locations;
        this.list = locations.dataFolder().resolve("annotation-files.tsv");
    }

    public static AnnotationFileChoices forCurrentUser() {
        return new AnnotationFileChoices(AnnotationLocations.forCurrentUser());
    }

    /**
     * The library's annotation file: the one last chosen for it with {@code --annotations} while that file is there,
     * else the default one ({@link AnnotationLocations#fileFor}).
     */
    public Path fileFor(Path libraryRoot) {
        Path chosen = read().get(key(libraryRoot));
        return chosen != null && Files.isRegularFile(chosen) ? chosen : locations.fileFor(libraryRoot);
    }

    /** Remembers that the library's annotations are kept in the file (nothing is written when that is so already). */
    public void remember(Path libraryRoot, Path file) {
        String library = key(libraryRoot);
        Path chosen = file.toAbsolutePath().normalize();
        if (library.contains("\t") || library.contains("\n") || chosen.toString().contains("\t")
                || chosen.toString().contains("\n")) {
            return;
        }
        Map<String, Path> all = read();
        if (chosen.equals(all.get(library))) {
            return;
        }
        Map<String, Path> next = new LinkedHashMap<>();
        next.put(library, chosen);
        all.forEach((k, v) -> {
            if (!k.equals(library) && next.size() < MAX) {
                next.put(k, v);
            }
        });
        StringBuilder text = new StringBuilder();
        next.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
        try {
            AtomicFiles.write(list, text.toString());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remember the annotation file of " + library + " in " + list, e);
        }
    }

    private Map<String, Path> read() {
        Map<String, Path> all = new LinkedHashMap<>();
        try {
            for (String line : CappedRead.utf8(list, MAX_BYTES).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0 && tab < line.length() - 1) {
                    all.putIfAbsent(line.substring(0, tab), Path.of(line.substring(tab + 1)));
                }
            }
        } catch (NoSuchFileException e) {
            // nothing chosen yet
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read " + list + "; default annotation files are used", e);
        }
        return all;
    }

    private static String key(Path libraryRoot) {
        return libraryRoot.toAbsolutePath().normalize().toString();
    }
}
