package dev.lectern.library;

import dev.lectern.model.NoteVault;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The folders registered with a watch service, by key; hidden folders, node_modules and a site's folders of page
 * pieces ({@code _includes}, {@code _partials}) are left out, as the scan leaves them. Not thread-safe.
 */
final class WatchedFolders {

    private static final System.Logger LOG = System.getLogger(WatchedFolders.class.getName());

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    WatchedFolders(WatchService service) {
        this.service = service;
    }

    /** The folder of a key, or null for a key no longer known. */
    Path folder(WatchKey key) {
        return folders.get(key);
    }

    /** Forgets a key whose folder is gone. */
    void forget(WatchKey key) {
        folders.remove(key);
    }

    /** Registers a folder and every folder under it (following links, as the scan does). */
    void registerTree(Path top) {
        try {
            Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(top) && NoteVault.skippedFolder(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (ClosedWatchServiceException e) {
            LOG.log(System.Logger.Level.DEBUG, "Watcher closed while registering " + top);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot watch (all of) " + top + ": " + e);
        }
    }
}
