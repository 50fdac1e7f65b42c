package dev.lectern.render;

import dev.lectern.model.NoteVault;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * The walk of a vault's files that its names ({@link WikiNames}) and its blocks ({@link LogseqBlockIds}) are read by:
 * {@link #MOST_DEPTH} folders deep at most, links not followed, the folders no walk enters not entered
 * ({@link NoteVault#skippedFolder}: hidden ones, {@code node_modules}, Logseq's own, a site's {@code _includes}), a file that cannot be read
 * passed over, and a walk that fails keeping what it found before.
 */
final class VaultFiles {

    /** The most folders deep a walk goes. */
    static final int MOST_DEPTH = 32;

    /** What a walk does with each file; TERMINATE ends it. */
    @FunctionalInterface
    interface Visit {
        FileVisitResult file(Path file, BasicFileAttributes attrs);
    }

    private VaultFiles() {
    }

    static void walk(Path root, Visit visit) {
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MOST_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && NoteVault.skippedFolder(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    return visit.file(file, attrs);
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            // what was found before the failure stays found
        }
    }
}
