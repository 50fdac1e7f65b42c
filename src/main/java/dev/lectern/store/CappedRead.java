package dev.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Whole-file reads of the files Lectern keeps for the reader, each up to a size no such file reaches in use: a larger
 * one (a file replaced by mistake, or made to fill the memory) is refused with an IOException that says so, before
 * any of it is read, and a file that grows while it is read is refused too.
 */
public final class CappedRead {

    /** The annotation file and the copies a failed save left: about 250,000 highlights with notes. */
    static final int ANNOTATIONS = 256 * 1024 * 1024;
    /** The preferences: a few hundred bytes in use. */
    static final int PREFERENCES = 1024 * 1024;
    /** The reading positions: a line per article read, about 100 bytes each. */
    static final int READING_STATE = 64 * 1024 * 1024;

    private CappedRead() {
    }

    /** The file's bytes; NoSuchFileException when it is missing. A folder, pipe or device is refused, never read. */
    public static byte[] bytes(Path file, int max) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException(file + " is not a regular file; it was not read and is left as it is");
        }
        long size = attributes.size();
        if (size > max) {
            throw tooLarge(file, size, max);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooLarge(file, bytes.length, max);
            }
            return bytes;
        }
    }

    /** The file's text, which must be UTF-8 (else a CharacterCodingException, an IOException). */
    static String utf8(Path file, int max) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(file, max))).toString();
    }

    private static IOException tooLarge(Path file, long size, int max) {
        return new IOException(file + " holds " + megabytes(size) + ", more than the " + megabytes(max)
                + " Lectern reads of such a file; it was not read and is left as it is");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
