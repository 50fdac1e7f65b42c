package dev.lectern.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Lists the article files under a folder: .md, .markdown, .mdown and .mkd (any case), skipping
 * hidden files and folders (names starting with '.') and node_modules. Symbolic links are
 * followed, but a folder already visited (by its real path) is not entered again, so loops end.
 */
final class ArticleFileWalker {

    private static final System.Logger LOG = System.getLogger(ArticleFileWalker.class.getName());
    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");

    /** The article files, sorted by path; unreadable folders are logged and left out. */
    List<Path> walk(Path root, BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>();
        Set<Path> visited = new HashSet<>();
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty() && !cancelled.getAsBoolean()) {
            Path folder = folders.pop();
            try {
                if (!visited.add(folder.toRealPath())) {
                    continue;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    for (Path entry : entries) {
                        String name = entry.getFileName().toString();
                        if (name.startsWith(".") || name.equals("node_modules")) {
                            continue;
                        }
                        if (Files.isDirectory(entry)) {
                            folders.push(entry);
                        } else if (isArticle(name) && Files.isRegularFile(entry)) {
                            files.add(entry);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot list folder " + folder + ": " + e);
            }
        }
        files.sort(null);
        return files;
    }

    static boolean isArticle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
