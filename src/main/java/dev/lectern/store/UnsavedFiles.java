package dev.lectern.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies of the annotation file written when a save at exit failed ({@code <name>.unsaved-<time>}), beside the file or,
 * when its folder could not be written either, in the system's temporary folder; merged at the next start.
 */
final class UnsavedFiles {

    private static final System.Logger LOG = System.getLogger(UnsavedFiles.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private UnsavedFiles() {
    }

    /** Writes the text beside the file and returns where; when even that fails, the system's temporary folder. */
    static Path keep(Path file, String text, Clock clock) throws IOException {
        String name = file.getFileName() + ".unsaved-" + STAMP.withZone(clock.getZone()).format(clock.instant());
        Path beside = file.toAbsolutePath().resolveSibling(name);
        Path kept;
        try {
            AtomicFiles.write(beside, text);
            kept = beside;
        } catch (IOException e) {
            kept = temporaryFolder().resolve(name);
            AtomicFiles.write(kept, text);
        }
        LOG.log(System.Logger.Level.ERROR, "Annotations that could not be saved were kept in " + kept);
        return kept;
    }

    /**
     * The copies waiting beside the file, then those {@link #keep} had to put in the temporary folder (named for this
     * file and owned by this user: that folder is shared, and anyone may put a file there), each list oldest first.
     */
    static List<Path> find(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Set<Path> copies = new LinkedHashSet<>(in(absolute.getParent(), absolute.getFileName().toString(), false));
        copies.addAll(in(temporaryFolder(), absolute.getFileName().toString(), true));
        return new ArrayList<>(copies);
    }

    /** Whether a copy was found in the temporary folder rather than beside the file. */
    static boolean isTemporary(Path copy, Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return !copy.toAbsolutePath().normalize().getParent().equals(folder);
    }

    private static List<Path> in(Path folder, String name, boolean ownOnly) {
        List<Path> copies = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return copies;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, name + ".unsaved-*")) {
            for (Path copy : found) {
                if (Files.isRegularFile(copy) && (!ownOnly || isOwn(copy))) {
                    copies.add(copy.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "Could not look for unsaved copies of " + name + " in " + folder + ": " + e);
        }
        copies.sort(null);
        return copies;
    }

    private static boolean isOwn(Path copy) {
        try {
            String owner = Files.getOwner(copy).getName();
            String user = System.getProperty("user.name");
            return owner.equals(user) || owner.endsWith("\\" + user);
        } catch (IOException | UnsupportedOperationException e) {
            return true; // a system without owners: the name alone tells
        }
    }

    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    }
}
