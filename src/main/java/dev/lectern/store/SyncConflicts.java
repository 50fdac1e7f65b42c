package dev.lectern.store;

import dev.lectern.model.SyncConflictNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The copies a sync tool made of the annotation file when two machines changed it before they met: Syncthing's
 * {@code name.sync-conflict-20261201-123456-MACBOOK.yaml}, Dropbox's {@code name (conflicted copy 2026-12-01).yaml} and
 * {@code name (Mac's conflicted copy 2026-12-01).yaml}, Nextcloud's and ownCloud's {@code name (conflicted copy
 * 2026-12-01 123456).yaml} ({@link SyncConflictNames}). Each holds what a reader saved on another machine; the store merges them in.
 * Thread-safe: the store looks for copies without holding itself.
 */
class SyncConflicts {

    private static final System.Logger LOG = System.getLogger(SyncConflicts.class.getName());
    /** A folder with more entries than this is not searched further (a library folder may hold the file). */
    private static final int MOST_ENTRIES = 200_000;

    private final Path file;
    private final String name;
    private FileTime folderSeen;
    /**
     * The copies handed out, with their time: a copy kept (it could not be read whole) is handed out again only once
     * it changed. Each save changes the folder, and it was read and reported again after every save.
     */
    private final Map<Path, FileTime> handed = new HashMap<>();

    SyncConflicts(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.name = this.file.getFileName().toString();
    }

    /** Whether a file name is one of a conflict copy of the annotation file. */
    boolean isCopy(String name) {
        return this.name.equals(SyncConflictNames.originalOf(name));
    }

    /** The conflict copies beside the file, sorted by name (oldest first for one tool). */
    List<Path> find() {
        List<Path> copies = new ArrayList<>();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return copies;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder)) {
            int seen = 0;
            for (Path entry : found) {
                if (++seen > MOST_ENTRIES) {
                    break;
                }
                if (isCopy(entry.getFileName().toString()) && Files.isRegularFile(entry)) {
                    copies.add(entry.toAbsolutePath().normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Could not look for sync conflict copies of " + file + ": " + e);
        }
        copies.sort(null);
        return copies;
    }

    /**
     * The copies new or changed since the last call, looked for when the folder changed (a copy appearing changes its
     * folder's time): the folder is not listed every few seconds while nothing happens in it.
     */
    synchronized List<Path> findIfFolderChanged() {
        FileTime now;
        try {
            now = Files.getLastModifiedTime(file.getParent());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (now.equals(folderSeen)) {
            return List.of();
        }
        folderSeen = now;
        List<Path> fresh = new ArrayList<>();
        List<Path> present = find();
        handed.keySet().retainAll(present); // a copy deleted and made again is new
        for (Path copy : present) {
            FileTime modified = modified(copy);
            if (modified == null || !modified.equals(handed.put(copy, modified))) {
                fresh.add(copy);
            }
        }
        return fresh;
    }

    /** Hands a copy out again at the next look, though the folder did not change (a copy changed in place). */
    synchronized void forget(Path copy) {
        handed.remove(copy);
        folderSeen = null;
    }

    private static FileTime modified(Path copy) {
        try {
            return Files.getLastModifiedTime(copy);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
