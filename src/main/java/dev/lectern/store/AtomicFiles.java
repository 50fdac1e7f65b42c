package dev.lectern.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writes a file so that a crash leaves either the old or the new content, never a mix: temp file, fsync, atomic move. */
public final class AtomicFiles {

    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());

    private AtomicFiles() {
    }

    /** Replaces the file's content with the text in UTF-8, creating its folder when needed. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces the file's content with the bytes, creating its folder when needed. A new file is the user's alone
     * (0600 on Unix, as {@code Files.createTempFile} makes it): Lectern's own files (the annotation file with its
     * notes, the preferences, the reading state) are private; one already there keeps the permissions it has.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, true);
    }

    /**
     * Replaces the content of a file the user asked for by name (an export, a note beside an article) with the text in
     * UTF-8, atomically as {@link #write(Path, String)}: a new file gets the permissions any new file of theirs gets
     * (their umask, as an editor's), a file already there keeps its own.
     */
    public static void writeDocument(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8), false);
    }

    private static void write(Path file, byte[] bytes, boolean ownerOnly) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = ownerOnly ? privateFileBeside(target) : newFileBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // only now: a target the user made read-only (0444) would make the empty temp file unwritable
            takePermissionsOf(target, temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /** An empty temporary file beside target, readable by the user alone (0600). */
    private static Path privateFileBeside(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
    }

    /**
     * Gives the written temporary file target's own permissions when it is there: a file the user opened to others (to
     * share a synced folder) stays so, and a sync tool that copies permissions no longer sees each save turn them back
     * to 0600 and the other machine's turn them again.
     */
    private static void takePermissionsOf(Path target, Path temp) {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a file not ours, or a system without POSIX permissions: the temporary file's permissions stand
        }
    }

    /** An empty temporary file beside target, with the permissions of a new file (the umask). */
    private static Path newFileBeside(Path target) throws IOException {
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = target.resolveSibling(target.getFileName() + "." + suffix + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            return temp;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.log(System.Logger.Level.WARNING, "Atomic move not supported for " + target + "; replacing it directly");
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not possible on every system (Windows cannot open a folder), which is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not sync folder " + dir + ": " + e);
        }
    }
}
