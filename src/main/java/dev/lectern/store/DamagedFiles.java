package dev.lectern.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * Keeps a file that cannot be fully read aside as {@code <name>.damaged-yyyyMMdd-HHmmss}, never over another copy: moved
 * (preferences), or copied and flushed to disk (the annotation file, which is then replaced with what could be read, so
 * that a crash at any moment leaves either the damaged file or the recovered one in its place).
 */
final class DamagedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    DamagedFiles(Clock clock) {
        this.clock = clock;
    }

    /** Renames the file to a free damaged-copy name beside it and returns that name. */
    Path keepAside(Path file) throws IOException {
        return toFreeName(file, file);
    }

    /**
     * Writes the bytes (the file's content as read) to a free damaged-copy name beside the file, flushed to disk before
     * this returns, and returns that name; the file itself is left as it is. The copy is written to a temporary file
     * first ({@code <name>.<digits>.tmp}, removed at the next start if a crash leaves it), so no half copy is kept.
     */
    Path keepCopy(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Path copy = toFreeName(temp, file);
            syncDirectory(dir);
            return copy;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not possible on every system (Windows cannot open a folder); the copy itself is on disk
        }
    }

    /**
     * The newest damaged copy beside the file (by modification time), or null when there is none. An earlier Lectern
     * moved a damaged file aside and could be killed before it wrote the recovered one: such a copy may then be
     * all that is left of the annotations.
     */
    static Path newest(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path newest = null;
        FileTime newestTime = null;
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(absolute.getParent(),
                absolute.getFileName() + ".damaged-*")) {
            for (Path copy : copies) {
                if (!Files.isRegularFile(copy)) {
                    continue;
                }
                FileTime time = Files.getLastModifiedTime(copy);
                if (newest == null || time.compareTo(newestTime) > 0
                        || time.equals(newestTime) && copy.getFileName().toString().compareTo(newest.getFileName().toString()) > 0) {
                    newest = copy;
                    newestTime = time;
                }
            }
        } catch (IOException | RuntimeException e) {
            return newest;
        }
        return newest;
    }

    /** Moves source to the first free damaged-copy name of file. */
    private Path toFreeName(Path source, Path file) throws IOException {
        String base = file.getFileName() + ".damaged-" + STAMP.withZone(clock.getZone()).format(clock.instant());
        for (int n = 1; ; n++) {
            Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(source, target);
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile: try the next number
            }
        }
    }
}
