package dev.lectern.library;

import dev.lectern.model.NoteVault;
import dev.lectern.model.Problem;
import dev.lectern.model.SiteFolders;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Lists the article files under a folder: .md, .markdown, .mdown, .mkd and .mdx (any case; MDX is what Docusaurus'
 * and Astro docs are mostly written in), skipping
 * hidden files and folders (names starting with '.'), node_modules and a site's folders of page pieces or output
 * ({@link SiteFolders}: {@code _includes}, {@code _partials}, {@code _site}...), and the notes Lectern writes beside
 * articles ({@link LecternNotes}). Symbolic links are
 * followed, but a folder already visited (by its file key or real path) is not entered again, so
 * loops end. Folders are listed in parallel, and each file's size and time come with the listing.
 */
final class ArticleFileWalker {

    private static final System.Logger LOG = System.getLogger(ArticleFileWalker.class.getName());
    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "mdx");
    /**
     * Folders nested deeper are not walked (and logged): each level is a few frames of the walking thread's stack, and
     * 2,000 nested folders overflowed it. No library nests articles this deep.
     */
    static final int MAX_DEPTH = 128;

    /** The article files, sorted by path; unreadable folders are logged and left out. */
    List<Path> walk(Path root, BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>(walkWithAttributes(root, cancelled).stream().filter(f -> f.refused() == null)
                .map(FoundFile::file).toList());
        files.sort(null);
        return files;
    }

    /**
     * The article files with their size and modification time, in no particular order, and the folders and links that
     * could not be taken ({@link FoundFile#refused()}).
     */
    List<FoundFile> walkWithAttributes(Path root, BooleanSupplier cancelled) {
        Queue<FoundFile> found = new ConcurrentLinkedQueue<>();
        walk(root, cancelled, found::add);
        return new ArrayList<>(found);
    }

    /** Hands each article file to found as soon as its folder is listed, from the walk's threads; returns at the end. */
    void walk(Path root, BooleanSupplier cancelled, Consumer<FoundFile> found) {
        Set<Object> visited = ConcurrentHashMap.newKeySet();
        ForkJoinPool pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            visited.add(key(root, Files.readAttributes(root, BasicFileAttributes.class)));
            pool.invoke(new Folder(root, "", 0, found, visited, cancelled));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list folder " + root + ": " + e);
        } finally {
            pool.shutdown();
        }
    }

    /** Lists one folder, forking a task per subfolder. */
    private static final class Folder extends RecursiveAction {
        private final Path folder;
        private final String prefix;
        private final int depth;
        private final Consumer<FoundFile> found;
        private final Set<Object> visited;
        private final BooleanSupplier cancelled;

        Folder(Path folder, String prefix, int depth, Consumer<FoundFile> found, Set<Object> visited,
               BooleanSupplier cancelled) {
            this.folder = folder;
            this.prefix = prefix;
            this.depth = depth;
            this.found = found;
            this.visited = visited;
            this.cancelled = cancelled;
        }

        @Override
        protected void compute() {
            if (cancelled.getAsBoolean()) {
                return;
            }
            List<Folder> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (isLeftOut(name)) {
                        continue;
                    }
                    BasicFileAttributes attrs = attributes(entry);
                    if (attrs == null) {
                        brokenLink(entry, prefix + name, found);
                        continue;
                    }
                    if (attrs.isDirectory()) {
                        if (NoteVault.skippedFolder(entry)) {
                            continue;
                        }
                        if (depth >= MAX_DEPTH) {
                            LOG.log(System.Logger.Level.WARNING, "Not walked, more than " + MAX_DEPTH + " folders deep: " + entry);
                        } else if (visited.add(key(entry, attrs))) {
                            subfolders.add(new Folder(entry, prefix + name + "/", depth + 1, found, visited, cancelled));
                        }
                    } else if (attrs.isRegularFile() && isListed(entry, name)) {
                        found.accept(new FoundFile(entry, prefix + name, attrs.size(), attrs.lastModifiedTime().toMillis()));
                    } else if (!attrs.isRegularFile() && isArticle(name)) {
                        // a pipe would block a read and a device never ends: not opened (not even to ask isListed), but said
                        found.accept(FoundFile.refused(entry, prefix + name, Problem.of(Problem.Kind.FILE_NOT_REGULAR)));
                    }
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot list folder " + folder + ": " + e);
                if (!prefix.isEmpty()) { // its articles would vanish without a word
                    found.accept(FoundFile.refused(folder, prefix, Problem.of(Problem.Kind.FOLDER_UNREADABLE,
                            FileReasons.of(e))));
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot list folder " + folder + ": " + e);
            }
            invokeAll(subfolders);
        }
    }

    private static BasicFileAttributes attributes(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot read " + entry + ": " + e);
            return null;
        }
    }

    /**
     * A symbolic link whose target is gone (a file moved, a drive not mounted) is reported when it is named as an
     * article or as a folder (no extension): its articles would otherwise vanish without a word.
     */
    private static void brokenLink(Path entry, String id, Consumer<FoundFile> found) {
        String name = entry.getFileName().toString();
        if (!Files.isSymbolicLink(entry) || !isArticle(name) && name.indexOf('.') > 0) {
            return;
        }
        String target;
        try {
            target = Files.readSymbolicLink(entry).toString();
        } catch (IOException | RuntimeException e) {
            target = "?";
        }
        found.accept(FoundFile.refused(entry, id, Problem.of(loops(entry) ? Problem.Kind.LINK_LOOP : Problem.Kind.LINK_BROKEN,
                target)));
    }

    /** Whether following the link, link after link, comes back to one already passed (at most 40 links, as Linux). */
    private static boolean loops(Path link) {
        Set<Path> passed = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        try {
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
                if (!passed.add(at)) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
            return Files.isSymbolicLink(at);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Object key(Path folder, BasicFileAttributes attrs) throws IOException {
        return attrs.fileKey() != null ? attrs.fileKey() : folder.toRealPath();
    }

    /**
     * Hidden (name starting with '.'), an office program's lock file ({@code ~$draft.md}, there while a file is open in
     * it), node_modules or a site's folder of page pieces: never part of the library. */
    static boolean isLeftOut(Path path) {
        Path name = path.getFileName();
        return name != null && isLeftOut(name.toString());
    }

    private static boolean isLeftOut(String name) {
        return name.startsWith(".") || name.startsWith("~$") || name.equals("node_modules")
                || SiteFolders.holdsNoPages(name);
    }


    /**
     * An article file of the library: an article's name, not a left-out one (the watcher asks about a single file:
     * an office lock file {@code ~$draft.md} came and went in the list as the document was opened and closed), and not
     * a note Lectern wrote beside an article nor a Hugo
     * section's {@code _index.md} without words ({@link SectionPages}).
     */
    static boolean isListed(Path file, String fileName) {
        return isArticle(fileName) && !isLeftOut(fileName) && !LecternNotes.writtenByLectern(file, fileName)
                && !SectionPages.emptySectionPage(file, fileName);
    }

    static boolean isArticle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
