package dev.lectern.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Copies of the annotation file written when a save at exit failed ({@code <name>.unsaved-<time>}), merged at the next start. */
final class UnsavedFiles {

    private static final System.Logger LOG = System.getLogger(UnsavedFiles.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private UnsavedFiles() {
    }

    /** Writes the text beside the file and returns where; when even that fails, the system's temporary folder. */
    static Path keep(Path file, String text, Clock clock) throws IOException {
        String name = file.getFileName() + ".unsaved-" + STAMP.withZone(clock.getZone()).format(clock.instant());
        Path beside = file.toAbsolutePath().resolveSibling(name);
        try {
            AtomicFiles.write(beside, text);
            return beside;
        } catch (IOException e) {
            Path temp = Path.of(System.getProperty("java.io.tmpdir")).resolve(name);
            AtomicFiles.write(temp, text);
            LOG.log(System.Logger.Level.ERROR, "Annotations that could not be saved were kept in " + temp);
            return temp;
        }
    }

    /** The copies waiting beside the file, oldest first. */
    static List<Path> find(Path file) {
        List<Path> copies = new ArrayList<>();
        Path absolute = file.toAbsolutePath();
        if (!Files.isDirectory(absolute.getParent())) {
            return copies;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(absolute.getParent(), absolute.getFileName() + ".unsaved-*")) {
            found.forEach(copies::add);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "Could not look for unsaved copies of " + file + ": " + e);
        }
        copies.sort(null);
        return copies;
    }

    static void delete(List<Path> copies) {
        for (Path copy : copies) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.INFO, "Could not delete " + copy + ": " + e);
            }
        }
    }
}
