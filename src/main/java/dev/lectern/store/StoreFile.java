package dev.lectern.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import dev.lectern.model.Problem;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The annotation file on disk: reads it (a damaged one is copied aside and at once replaced with what could be read
 * from it), writes it atomically, notices outside changes; or, opened read only, only reads it.
 */
final class StoreFile {

    /** Replaces the file's content: {@link AtomicFiles#write(Path, byte[])}, or in a test one that fails as a crash would. */
    interface Replace {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(StoreFile.class.getName());

    /** The first few things found wrong in a file that are shown; the rest are counted. */
    static final int PROBLEMS_SHOWN = 3;

    private final Path path;
    private final DamagedFiles damaged;
    private final AnnotationFile format = new AnnotationFile();
    /** Only read (the command line's listings and exports): a damaged file is left where it is, nothing is written. */
    private final boolean readOnly;
    /** This machine's library path, written into a file that holds none yet. */
    private final String library;
    private final Replace replace;
    private byte[] known;
    /** The library line the file holds, once read: kept as it is when the file is written again. */
    private String libraryLine;

    StoreFile(Path path, Clock clock, boolean readOnly, String library) {
        this(path, clock, readOnly, library, AtomicFiles::write);
    }

    StoreFile(Path path, Clock clock, boolean readOnly, String library, Replace replace) {
        this.path = path;
        this.damaged = new DamagedFiles(clock);
        this.readOnly = readOnly;
        this.library = library;
        this.replace = replace;
    }

    Path path() {
        return path;
    }

    /** What was read from the file: the annotations, and the problem met if it could not be read completely. */
    record Read(AnnotationSet set, List<Problem> problems) {
    }

    /** The file's content if it differs from what was last read or written here, else null. */
    Read readIfChanged() throws IOException {
        byte[] bytes = bytesOrNull();
        return Arrays.equals(bytes, known) ? null : load(bytes);
    }

    /** Writes the text unless the file already holds exactly it. */
    void write(String text) throws IOException {
        if (readOnly) {
            throw new IllegalStateException("the annotation file " + path + " was opened to be read only");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Arrays.equals(bytes, known) && Arrays.equals(bytes, bytesOrNull())) {
            return;
        }
        replace.write(path, bytes);
        known = bytes;
    }

    /**
     * The library line to write: the one the file already holds, else this machine's library path. In a folder that a
     * sync tool shares between machines, each wrote its own path, so each save of one changed the file for the other,
     * which saved it back: the file never stopped changing while both were open.
     */
    String libraryLine() {
        return libraryLine != null ? libraryLine : library;
    }

    /** Whether the text is what the file held when last read or written here. */
    boolean holds(String text) {
        return known != null && Arrays.equals(text.getBytes(StandardCharsets.UTF_8), known);
    }

    private Read load(byte[] bytes) throws IOException {
        if (bytes == null) {
            known = null;
            return new Read(new AnnotationSet(), List.of());
        }
        LoadResult result = format.load(new String(bytes, StandardCharsets.UTF_8));
        if (result.library() != null && !result.library().isBlank()) {
            libraryLine = result.library();
        }
        if (result.clean()) {
            known = bytes;
            return new Read(result.set(), List.of());
        }
        List<Problem> found = result.problems();
        if (readOnly) {
            return new Read(result.set(), List.of(Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED_LEFT, path, found.size(),
                    result.set().size()).with(found.subList(0, Math.min(PROBLEMS_SHOWN, found.size())))));
        }
        return FileGuard.locked(path, () -> repair(bytes, result));
    }

    /**
     * Copies the damaged file aside, flushed, and only then replaces it atomically with what could be read; under the
     * lock, so that no other window writes in between. The file was moved aside and the recovered annotations kept in
     * memory only until a later save: a kill in between left no file, and the next start began empty.
     */
    private Read repair(byte[] bytes, LoadResult result) throws IOException {
        byte[] now = bytesOrNull();
        if (!Arrays.equals(now, bytes)) {
            return load(now); // changed meanwhile (another window saved): read that instead
        }
        Path kept = damaged.keepCopy(path, bytes);
        byte[] recovered = format.dump(result.set(), libraryLine()).getBytes(StandardCharsets.UTF_8);
        try {
            replace.write(path, recovered);
            known = recovered;
        } catch (IOException e) {
            // the damaged file stays in place (and is copied aside): the next save writes over it, a restart reads it again
            LOG.log(System.Logger.Level.WARNING, "Could not replace the damaged " + path + " with what was recovered", e);
            known = bytes;
        }
        List<Problem> found = result.problems();
        return new Read(result.set(), List.of(Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED, path, found.size(),
                kept.getFileName(), result.set().size()).with(found.subList(0, Math.min(PROBLEMS_SHOWN, found.size())))));
    }

    private byte[] bytesOrNull() throws IOException {
        try {
            return CappedRead.bytes(path, CappedRead.ANNOTATIONS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
