package dev.lectern.library;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Lists the article files under a folder: .md, .markdown, .mdown and .mkd (any case), skipping
 * hidden files and folders (names starting with '.') and node_modules. Symbolic links are
 * followed, but a folder already visited (by its file key or real path) is not entered again, so
 * loops end. Sizes and modification times come from the same directory pass, with no extra calls.
 */
final class ArticleFileWalker {

    private static final System.Logger LOG = System.getLogger(ArticleFileWalker.class.getName());
    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");

    /** The article files, sorted by path; unreadable folders are logged and left out. */
    List<Path> walk(Path root, BooleanSupplier cancelled) {
        return walkWithAttributes(root, cancelled).stream().map(FoundFile::file).toList();
    }

    /** The article files with their size and modification time, sorted by path. */
    List<FoundFile> walkWithAttributes(Path root, BooleanSupplier cancelled) {
        List<FoundFile> files = new ArrayList<>();
        Set<Object> visited = new HashSet<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (cancelled.getAsBoolean()) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (!dir.equals(root) && isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Object key = attrs.fileKey() != null ? attrs.fileKey() : dir.toRealPath();
                    return visited.add(key) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !isHidden(file) && isArticle(name)) {
                        files.add(new FoundFile(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof FileSystemLoopException)) {
                        LOG.log(System.Logger.Level.WARNING, "Cannot list " + file + ": " + e);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list folder " + root + ": " + e);
        }
        files.sort(null);
        return files;
    }

    /** Hidden (name starting with '.') or node_modules: never part of the library. */
    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && (name.toString().startsWith(".") || name.toString().equals("node_modules"));
    }

    static boolean isArticle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
