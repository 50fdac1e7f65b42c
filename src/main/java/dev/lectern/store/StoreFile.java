package dev.lectern.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The annotation file on disk: reads it (moving a damaged one aside), writes it atomically, notices outside changes. */
final class StoreFile {

    private static final int PROBLEMS_SHOWN = 3;

    private final Path path;
    private final DamagedFiles damaged;
    private final AnnotationFile format = new AnnotationFile();
    private byte[] known;

    StoreFile(Path path, Clock clock) {
        this.path = path;
        this.damaged = new DamagedFiles(clock);
    }

    Path path() {
        return path;
    }

    /** The file's content if it differs from what was last read or written here, else null. */
    LoadResult readIfChanged() throws IOException {
        byte[] bytes = bytesOrNull();
        return Arrays.equals(bytes, known) ? null : load(bytes);
    }

    /** Writes the text unless the file already holds exactly it. */
    void write(String text) throws IOException {
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

    private LoadResult load(byte[] bytes) throws IOException {
        if (bytes == null) {
            known = null;
            return new LoadResult(new AnnotationSet(), null, List.of());
        }
        LoadResult result = format.load(new String(bytes, StandardCharsets.UTF_8));
        if (result.clean()) {
            known = bytes;
            return result;
        }
        Path kept = damaged.keepAside(path);
        known = null;
        String message = "The annotation file " + path + " could not be read completely (" + summary(result.problems())
                + "). It was kept unchanged as " + kept.getFileName() + "; " + result.set().size()
                + " annotations were recovered from it.";
        return new LoadResult(result.set(), result.library(), List.of(message));
    }

    private byte[] bytesOrNull() throws IOException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String summary(List<String> problems) {
        List<String> shown = new ArrayList<>(problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
        if (problems.size() > PROBLEMS_SHOWN) {
            shown.add("and " + (problems.size() - PROBLEMS_SHOWN) + " more");
        }
        return String.join("; ", shown);
    }
}
