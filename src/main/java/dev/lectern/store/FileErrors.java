package dev.lectern.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a file could not be read or written, in a few words ("no such file", "is a folder", "permission denied"): Java's
 * file exceptions often carry only the path (an AccessDeniedException's message is the name of a temporary file), which
 * told the user nothing.
 */
public final class FileErrors {

    /** A file exception's kind in a few words, the most particular first (FileSystemException is all of them). */
    private static final List<Map.Entry<Class<? extends FileSystemException>, String>> CAUSES = List.of(
            Map.entry(NoSuchFileException.class, "no such file"),
            Map.entry(AccessDeniedException.class, "permission denied"),
            Map.entry(NotDirectoryException.class, "not a folder"),
            Map.entry(DirectoryNotEmptyException.class, "is a folder"),
            Map.entry(FileAlreadyExistsException.class, "a file is in the way"),
            Map.entry(FileSystemException.class, "cannot be read or written"));

    private FileErrors() {
    }

    /** The reason alone, without the path: the same for every failure of one cause. */
    public static String reason(Throwable e) {
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return worded(f.getReason());
        }
        for (Map.Entry<Class<? extends FileSystemException>, String> cause : CAUSES) {
            if (cause.getKey().isInstance(e)) {
                return cause.getValue();
            }
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : worded(e.getMessage());
    }

    /**
     * "PATH: reason" for a file exception (its path, and the other file's when there is one), else the exception's
     * message with a reason.
     */
    public static String describe(Throwable e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String where = f.getOtherFile() == null ? f.getFile() : f.getFile() + " -> " + f.getOtherFile();
            return where + ": " + reason(e);
        }
        return reason(e);
    }

    /** The system's own words for the common causes, in lower case as the rest of a command's line. */
    private static String worded(String reason) {
        return switch (reason.toLowerCase(Locale.ROOT)) {
            case "is a directory" -> "is a folder";
            case "not a directory" -> "not a folder";
            case "no such file or directory" -> "no such file";
            case "permission denied", "access is denied." -> "permission denied";
            default -> reason;
        };
    }
}
