package dev.lectern.library;

import dev.lectern.model.NoteVault;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The library an article file opens in when it is given alone ({@code lectern post.md}, a file manager's "Open with",
 * a file dropped on the window): a library the reader already keeps that holds it (their blog, with its tags and
 * highlights, rather than a library of one folder); else, for a page bundle's index ({@code posts/my-trip/index.md}
 * beside other bundles, as Hugo and Eleventy sites keep their posts), the folder of the bundles; for a note of a vault
 * (Obsidian's, {@link NoteVault#vaultRoot}), the vault, so its links, tags and backlinks reach every note; else the
 * file's own folder, unless that is the home folder or the file system's root (an article lying loose there, whose
 * folder would list and watch every note of the disk): then none. Looks at a bounded number of entries, whatever the
 * folders hold.
 */
public final class ArticleHome {

    /** At most this many entries of a folder are looked at to tell a folder of bundles. */
    static final int MAX_ENTRIES = 2_000;
    private static final Pattern BUNDLE_INDEX =
            Pattern.compile("_?index(\\.[a-z]{2,3}(-[a-z0-9]{1,8})*)?\\.(md|markdown|mdown|mkd|mdx)");
    private static final List<String> INDEX_FILES = List.of("index.md", "_index.md", "index.markdown");

    private ArticleHome() {
    }

    /**
     * The folder to open for the article, or null when it lies loose in the home folder or the file system's root.
     *
     * @param file      the article file
     * @param preferred the library to prefer (the open one, or the one read last); may be null
     * @param recent    the other libraries the reader keeps, the latest first
     * @param home      the user's home folder, never opened for a bundle; may be null
     */
    public static Path libraryOf(Path file, Path preferred, List<Path> recent, Path home) {
        Path article = file.toAbsolutePath().normalize();
        List<Path> libraries = new ArrayList<>();
        if (preferred != null) {
            libraries.add(preferred);
        }
        libraries.addAll(recent);
        for (Path library : libraries) {
            Path root = library.toAbsolutePath().normalize();
            if (article.startsWith(root) && !article.equals(root) && Files.isDirectory(root)
                    && isListed(root.relativize(article))) {
                return root;
            }
        }
        Path folder = article.getParent();
        Path vault = folder == null ? null : NoteVault.vaultRoot(folder);
        if (vault != null && vault.getParent() != null && !(home != null && home.toAbsolutePath().normalize().equals(vault))
                && isListed(vault.relativize(article))) {
            return vault;
        }
        Path bundles = folder == null ? null : folder.getParent();
        boolean tooWide = bundles == null || bundles.getParent() == null
                || home != null && home.toAbsolutePath().normalize().startsWith(bundles);
        if (!tooWide && isBundle(article) && holdsOtherPosts(bundles, folder)) {
            return bundles;
        }
        return folder == null || tooWide(folder, home) ? null : folder;
    }

    /**
     * Whether a folder is too wide to open as a library: the home folder or a file system's root, where an article
     * given alone may lie ({@code ~/note.md}) but whose walk would list and watch every note of the disk.
     */
    public static boolean tooWide(Path folder, Path home) {
        Path at = folder.toAbsolutePath().normalize();
        return at.getParent() == null || home != null && home.toAbsolutePath().normalize().equals(at);
    }

    /** Whether a library's walk lists the file: no hidden folder, node_modules or site's _includes on the way. */
    private static boolean isListed(Path relative) {
        for (Path part : relative) {
            if (ArticleFileWalker.isLeftOut(part)) {
                return false;
            }
        }
        return relative.getNameCount() < ArticleFileWalker.MAX_DEPTH;
    }

    /** An index file whose folder holds no other article than its translations ({@code index.zh.md}). */
    private static boolean isBundle(Path article) {
        if (!isIndex(article.getFileName())) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(article.getParent())) {
            int seen = 0;
            for (Path entry : entries) {
                if (++seen > MAX_ENTRIES) {
                    return false;
                }
                if (ArticleReader.isArticleFile(entry) && !isIndex(entry.getFileName()) && Files.isRegularFile(entry)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the folder holds, beside the bundle, an article or another bundle: a folder of posts. */
    private static boolean holdsOtherPosts(Path bundles, Path bundle) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(bundles)) {
            int seen = 0;
            for (Path entry : entries) {
                if (++seen > MAX_ENTRIES) {
                    return false;
                }
                if (entry.equals(bundle) || ArticleFileWalker.isLeftOut(entry)) {
                    continue;
                }
                if (ArticleReader.isArticleFile(entry) && Files.isRegularFile(entry) || hasIndex(entry)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasIndex(Path folder) {
        return Files.isDirectory(folder) && INDEX_FILES.stream().anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    private static boolean isIndex(Path name) {
        return name != null && BUNDLE_INDEX.matcher(name.toString().toLowerCase(Locale.ROOT)).matches();
    }
}
