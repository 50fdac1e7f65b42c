package dev.lectern.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises read-merge-write of a file across threads and processes: a JVM lock plus an OS lock
 * ({@link FileChannel#lock()}) on {@code <name>.lock} beside it. The OS releases the lock when a process dies,
 * so a killed writer never blocks the others. The lock file itself stays (deleting it would race).
 */
final class FileGuard {

    /** Work done while holding the lock. */
    interface Work<T> {
        T run() throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(FileGuard.class.getName());
    /**
     * One JVM lock per lock file: the OS lock belongs to the whole process (a second channel of the same process
     * would get OverlappingFileLockException), so threads must queue before it. Per process, like the OS table.
     */
    private static final ConcurrentMap<Path, ReentrantLock> HELD = new ConcurrentHashMap<>();

    private FileGuard() {
    }

    /** Runs the work while no other thread or process holding this guard on the same file runs. */
    static <T> T locked(Path file, Work<T> work) throws IOException {
        Path lockFile = lockFileOf(file);
        ReentrantLock local = HELD.computeIfAbsent(lockFile, p -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return work.run(); // this thread already holds the OS lock
            }
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }

    static Path lockFileOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Deletes the temporary files {@link AtomicFiles} left beside the file when a process died mid-write
     * ({@code <name>.<random>.tmp}) and that are older than minAge; returns how many. Call it under the lock, where
     * no other writer can be half-way, with minAge zero; elsewhere with an age no save ever takes.
     */
    static int removeLeftovers(Path file, Duration minAge) {
        Path absolute = file.toAbsolutePath().normalize();
        String prefix = absolute.getFileName() + ".";
        Instant before = Instant.now().minus(minAge);
        int removed = 0;
        if (!Files.isDirectory(absolute.getParent())) {
            return 0;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(absolute.getParent(), prefix + "*.tmp")) {
            for (Path temp : temps) {
                if (Files.isRegularFile(temp) && Files.getLastModifiedTime(temp).toInstant().isBefore(before.plusMillis(1))) {
                    Files.deleteIfExists(temp);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Could not clean temporary files beside " + file + ": " + e);
        }
        if (removed > 0) {
            LOG.log(System.Logger.Level.INFO, "Removed " + removed + " temporary files a crash left beside " + file);
        }
        return removed;
    }
}
