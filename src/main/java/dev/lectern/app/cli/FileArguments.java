package dev.lectern.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks the files and folders named on the command line before a command uses them, so that it stops with the path
 * and what is wrong ("/x.json: no such file"); Java's own exceptions often carry the path alone.
 */
final class FileArguments {

    private FileArguments() {
    }

    /** A file to read: it exists, is not a folder, and can be read. */
    static Path readableFile(Path file) throws FileSystemException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new FileSystemException(file.toString(), null, "not a plain file (a pipe or a device)");
        }
        if (!Files.isReadable(file)) {
            throw new AccessDeniedException(file.toString(), null, "permission denied");
        }
        return file;
    }

    /** A folder to read: it exists, is a folder, and can be listed. */
    static Path readableFolder(Path folder) throws FileSystemException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new FileSystemException(folder.toString(), null, "is a file, not a folder");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new AccessDeniedException(folder.toString(), null, "permission denied");
        }
        return folder;
    }

    /**
     * A file to write (--out): it need not exist, but is no folder (the write stopped at the end, naming its temporary
     * file: "vault.21tiardn9paj7.tmp -> vault: is a folder").
     */
    static Path fileToWrite(Path file) throws FileSystemException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a file");
        }
        return file;
    }

    /** A folder to write files into (--out of the Obsidian export): it need not exist, but is no file. */
    static Path folderToWrite(Path folder) throws FileSystemException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileSystemException(folder.toString(), null, "is a file, not a folder");
        }
        return folder;
    }

    /** An annotation file (--annotations): it need not exist yet (none means no annotations), but is not a folder. */
    static Path annotationFile(Path file) throws FileSystemException {
        if (file != null && Files.exists(file)) {
            readableFile(file);
        }
        return file;
    }
}
