package dev.lectern.library;

/** A file left out of the library, with the reason shown to the reader; path relative, '/'-separated. */
public record SkippedFile(String path, String reason) {
}
