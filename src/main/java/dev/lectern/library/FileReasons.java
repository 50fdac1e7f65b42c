package dev.lectern.library;

import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a file or folder could not be read, for a problem's value: a word the interface translates for the common
 * causes, else the system's own words; never a Java class name ("java.nio.file.AccessDeniedException: /path").
 */
final class FileReasons {

    private FileReasons() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Problem.PERMISSION_DENIED;
        }
        if (e instanceof NoSuchFileException) {
            return Problem.NO_SUCH_FILE;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return switch (reason.strip().toLowerCase(Locale.ROOT)) {
            case "permission denied", "access is denied." -> Problem.PERMISSION_DENIED;
            case "no such file or directory" -> Problem.NO_SUCH_FILE;
            default -> reason.strip();
        };
    }
}
