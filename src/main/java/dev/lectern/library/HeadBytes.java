package dev.lectern.library;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first bytes of a file, at most a limit, so no file can make Lectern read (and hold) more than that. A cut
 * head ends at its last line break (UTF-16 files: at a whole character), so it never ends in half a character.
 */
record HeadBytes(byte[] bytes, boolean cut, long size) {

    static HeadBytes read(Path file, long limit) throws IOException {
        int max = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        byte[] bytes;
        boolean cut;
        try (InputStream in = open(file)) {
            bytes = in.readNBytes(max);
            cut = bytes.length == max && in.read() >= 0;
        }
        long size = cut ? Math.max(Files.size(file), bytes.length + 1L) : bytes.length;
        return new HeadBytes(cut ? wholeLines(bytes) : bytes, cut, size);
    }

    /**
     * A file of the default file system as a FileInputStream, whose readNBytes asks the file's size and reads it into
     * one array of that size; the stream of Files.newInputStream reads 8 KB pieces and copies them together, which
     * the first scan in a JVM, still interpreted, paid for: 4-6% of it (10,000 files, 7 JVMs each).
     */
    private static InputStream open(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            try {
                return new FileInputStream(file.toFile());
            } catch (FileNotFoundException e) {
                // opened again the usual way, for its precise exception (NoSuchFileException, AccessDeniedException...)
            }
        }
        return Files.newInputStream(file);
    }

    /** How far back from the cap a cut looks for the end of a line, then for a blank: past it, a line is cut anywhere. */
    static final int LOOK_BACK = 64 * 1024;

    /**
     * The head up to the end of its last line when that is near the cap, else up to its last blank or ASCII
     * punctuation near the cap, else at the last whole UTF-8 character: a file of one endless paragraph (or a short
     * heading and one long line) still shows its first megabytes, not only what came before the line.
     */
    private static byte[] wholeLines(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) {
            return Arrays.copyOf(bytes, bytes.length & ~1);
        }
        int floor = Math.max(0, bytes.length - LOOK_BACK);
        int end = bytes.length;
        while (end > floor && bytes[end - 1] != '\n') {
            end--; // a newline byte never sits inside a UTF-8 (or GB18030, Big5...) character
        }
        if (end == floor) {
            end = bytes.length;
            // nor does a byte below '0': no legacy CJK encoding uses one as the second byte of a character
            while (end > floor && (bytes[end - 1] & 0xFF) >= '0') {
                end--;
            }
        }
        if (end == floor) { // one endless word: cut before a partial UTF-8 sequence at least
            end = bytes.length;
            while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            end = end > 0 && (bytes[end - 1] & 0x80) != 0 ? end - 1 : bytes.length;
        }
        return Arrays.copyOf(bytes, end);
    }
}
