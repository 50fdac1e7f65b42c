package dev.lectern.store;

import dev.lectern.model.ArticleId;
import dev.lectern.model.SyncConflictNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the annotation file a library had at another place: the default file is named after the library folder's path,
 * so a library folder renamed or moved opened a new, empty file, and every highlight seemed gone. Beside a default file
 * that is not there yet, it looks (by file name and the {@code library:} line at the top, cheaply) for an annotation
 * file whose library folder no longer exists and whose articles are in this library.
 */
final class MovedLibraries {

    /** The header is read up to here: the {@code library:} line is the second. */
    private static final int HEADER_BYTES = 8 * 1024;
    /** An article is read up to here to find a highlight's words in it. */
    private static final int ARTICLE_BYTES = 16 * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(MovedLibraries.class.getName());

    /** A file found: where it is, the library folder it was written for, what it holds. */
    record Found(Path file, String library, LoadResult loaded) {
    }

    private MovedLibraries() {
    }

    /**
     * The file of this library at its old place, or null: among the {@code annotations-*.yaml} files beside
     * {@code file}, those whose library folder is gone; of them the one with most articles present under {@code root}
     * (at least half of its articles).
     */
    static Found find(Path file, Path root, AnnotationFile format) {
        Path folder = file.getParent();
        if (folder == null || !file.getFileName().toString().startsWith("annotations-") || !Files.isDirectory(folder)) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "annotations-*.yaml")) {
            files.forEach(candidates::add);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not list " + folder, e);
            return null;
        }
        Found best = null;
        int bestPresent = 0;
        for (Path candidate : candidates) {
            if (candidate.equals(file) || SyncConflictNames.originalOf(candidate.getFileName().toString()) != null) {
                continue; // a sync tool's conflict copy is merged into its own file, not taken as a library's
            }
            String library = libraryOf(candidate);
            if (library == null || library.isBlank() || stillThere(library)) {
                continue; // still where it was: that library's own file
            }
            try {
                LoadResult loaded = format.load(CappedRead.utf8(candidate, CappedRead.ANNOTATIONS));
                List<ArticleId> articles = loaded.set().articles();
                List<ArticleId> present = articles.stream().filter(a -> Files.isRegularFile(root.resolve(a.path()))).toList();
                boolean newer = best != null && present.size() == bestPresent
                        && Files.getLastModifiedTime(candidate).compareTo(Files.getLastModifiedTime(best.file())) > 0;
                if (!articles.isEmpty() && present.size() * 2 >= articles.size()
                        && (present.size() > bestPresent || newer) && quotedIn(root, present, loaded.set())) {
                    // of two old places of a library moved twice, the file written last holds the latest notes
                    best = new Found(candidate, library, loaded);
                    bestPresent = present.size();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not read " + candidate, e);
            }
        }
        return best;
    }

    /** A library holding the opened folder: its folder, its file, how many live annotations it has of its articles. */
    record Parent(String library, Path file, int count) {
    }

    /**
     * The library folder, among those of the {@code annotations-*.yaml} files beside {@code file}, that holds
     * {@code root} (a library's {@code _posts} opened on its own), with the live annotations it has of articles inside
     * {@code root}; the one with most, or null when none has any.
     */
    static Parent findParent(Path file, Path root, AnnotationFile format) {
        Path folder = file.getParent();
        if (folder == null || !file.getFileName().toString().startsWith("annotations-") || !Files.isDirectory(folder)) {
            return null;
        }
        Parent best = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "annotations-*.yaml")) {
            for (Path candidate : files) {
                String library = libraryOf(candidate);
                if (candidate.equals(file) || library == null || library.isBlank()) {
                    continue;
                }
                Path parent = Path.of(library);
                if (!parent.isAbsolute() || !root.startsWith(parent) || root.equals(parent) || !Files.isDirectory(parent)) {
                    continue;
                }
                String inside = parent.relativize(root).toString().replace('\\', '/') + "/";
                LoadResult loaded = format.load(CappedRead.utf8(candidate, CappedRead.ANNOTATIONS));
                int count = (int) loaded.set().all().stream()
                        .filter(a -> !a.isDeleted() && a.article().path().startsWith(inside)).count();
                if (count > 0 && (best == null || count > best.count())) {
                    best = new Parent(library, candidate, count);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not look for a library holding " + root, e);
        }
        return best;
    }

    /**
     * Whether the words of a highlight are in its article here (an article is the same article, not one of the same
     * name such as README.md in another library).
     */
    private static boolean quotedIn(Path root, List<ArticleId> present, AnnotationSet set) {
        for (ArticleId article : present) {
            List<String> quotes = set.of(article).stream().filter(a -> a.anchor() != null)
                    .map(a -> a.anchor().quote()).filter(q -> q != null && q.strip().length() >= 2).toList();
            if (quotes.isEmpty()) {
                continue;
            }
            try {
                String text = new String(CappedRead.bytes(root.resolve(article.path()), ARTICLE_BYTES), StandardCharsets.UTF_8);
                if (quotes.stream().anyMatch(q -> text.contains(q.strip()))) {
                    return true;
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not read " + article, e);
            }
        }
        return false; // no highlight's words found here (or none to look for: a bookmark of a README.md proves nothing)
    }

    /** Whether the folder is there (or cannot be told: a path of another system). */
    private static boolean stillThere(String library) {
        try {
            return Files.exists(Path.of(library));
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The {@code library:} line at the top of an annotation file, or null. */
    static String libraryOf(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            return null;
        }
        for (String line : new String(head, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("library:")) {
                try {
                    Object value = YamlSetup.loader().load(line.substring("library:".length()).strip());
                    return value instanceof String s ? s : null;
                } catch (RuntimeException e) {
                    return null;
                }
            }
            if (line.startsWith("articles:")) {
                return null;
            }
        }
        return null;
    }
}
