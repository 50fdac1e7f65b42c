package dev.lectern.library;

import dev.lectern.model.Problem;

/** A file left out of the library, with why (for the interface to word); path relative, '/'-separated. */
public record SkippedFile(String path, Problem problem) {
}
