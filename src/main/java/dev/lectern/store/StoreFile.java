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
 * The annotation file on disk: reads it (moving a damaged one aside), writes it atomically, notices outside changes;
 * or, opened read only, only reads it.
 */
final class StoreFile {

    /** The first few things found wrong in a file that are shown; the rest are counted. */
    static final int PROBLEMS_SHOWN = 3;

    private final Path path;
    private final DamagedFiles damaged;
    private final AnnotationFile format = new AnnotationFile();
    /** Only read (the command line's listings and exports): a damaged file is left where it is, nothing is written. */
    private final boolean readOnly;
    private byte[] known;

    StoreFile(Path path, Clock clock, boolean readOnly) {
        this.path = path;
        this.damaged = new DamagedFiles(clock);
        this.readOnly = readOnly;
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
        AtomicFiles.write(path, bytes);
        known = bytes;
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
        if (result.clean()) {
            known = bytes;
            return new Read(result.set(), List.of());
        }
        List<Problem> found = result.problems();
        if (readOnly) {
            return new Read(result.set(), List.of(Problem.of(Problem.Kind.ANNOTATIONS_DAMAGED_LEFT, path, found.size(),
                    result.set().size()).with(found.subList(0, Math.min(PROBLEMS_SHOWN, found.size())))));
        }
        Path kept = damaged.keepAside(path);
        known = null;
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
