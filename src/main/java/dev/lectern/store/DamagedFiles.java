package dev.lectern.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/** Moves a file that cannot be fully read aside as {@code <name>.damaged-yyyyMMdd-HHmmss}, never over another copy. */
final class DamagedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    DamagedFiles(Clock clock) {
        this.clock = clock;
    }

    /** Renames the file to a free damaged-copy name beside it and returns that name. */
    Path keepAside(Path file) throws IOException {
        String base = file.getFileName() + ".damaged-" + STAMP.withZone(clock.getZone()).format(clock.instant());
        for (int n = 1; ; n++) {
            Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile: try the next number
            }
        }
    }
}
