package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.NoteVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata of every article of a library, kept between runs in one file per library under a
 * cache folder (named from a hash of the library's absolute path). A missing, damaged or outdated
 * file reads as empty, so the library is simply read again; saving replaces the file atomically.
 */
public final class MetadataCache {

    private static final System.Logger LOG = System.getLogger(MetadataCache.class.getName());
    /** A cache larger than this is not read (100,000 articles make about 20 MB): it is discarded and rebuilt. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    /**
     * How a vault's notes are read, counted up when that changes and not a site's articles: a vault's cache is then
     * read again, a site's kept. 2: tags among the words no longer read in indented code.
     */
    static final int VAULT_READING = 3;

    private final Path folder;
    private final long maxBytes;
    private final MetadataCacheFormat format = new MetadataCacheFormat();

    /** A cache in the given folder, created on the first save; see {@link CacheFolder#forCurrentUser()}. */
    public MetadataCache(Path folder) {
        this(folder, MAX_BYTES);
    }

    /** A cache whose files are not read past this size. */
    MetadataCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The cached articles of the library, or an empty list when there is no usable cache. */
    public List<Article> load(Path library) {
        return contents(library).articles();
    }

    /** The content hashes kept for the library's articles (none when there is no usable cache). */
    public ContentHashes hashes(Path library) {
        MetadataCacheFormat.Contents contents = contents(library);
        ContentHashes hashes = new ContentHashes();
        for (Article article : contents.articles()) {
            String hash = contents.hashes().get(article.id().path());
            if (hash != null) {
                hashes.keep(article, hash);
            }
        }
        return hashes;
    }

    /** Adds the hashes to the library's cache file, for the articles it holds unchanged. */
    public synchronized void saveHashes(Path library, ContentHashes hashes) {
        List<Article> articles = load(library);
        if (!articles.isEmpty()) {
            write(library, articles, hashes);
        }
    }

    /**
     * Replaces the cached articles of the library, keeping the content hashes of the unchanged ones; a failure is
     * logged, as the cache only saves time.
     */
    public synchronized void save(Path library, Collection<Article> articles) {
        write(library, articles, hashes(library));
    }

    private MetadataCacheFormat.Contents contents(Path library) {
        Path file = fileFor(library);
        try {
            if (Files.size(file) > maxBytes) {
                throw new IOException("larger than " + maxBytes + " bytes");
            }
            return format.readAll(key(library), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            LOG.log(System.Logger.Level.DEBUG, "No metadata cache yet for " + library);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Discarding the metadata cache " + file + ": " + e.getMessage());
        }
        return new MetadataCacheFormat.Contents(List.of(), Map.of());
    }

    private void write(Path library, Collection<Article> articles, ContentHashes hashes) {
        Map<String, String> valid = new HashMap<>();
        for (Article article : articles) {
            String hash = hashes.known(article);
            if (hash != null) {
                valid.put(article.id().path(), hash);
            }
        }
        Path file = fileFor(library);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            byte[] bytes = format.write(key(library), articles, valid);
            temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the metadata cache " + file + ": " + e);
            deleteQuietly(temp);
        }
    }

    /** The cache file of a library. */
    public Path fileFor(Path library) {
        return folder.resolve("library-" + CacheFolder.keyOf(library) + ".bin");
    }

    /**
     * What a cache file is for: the library's path, marked when it is a vault of notes (whose articles hold the tags
     * written among their words), so a folder that becomes a vault, or stops being one, is read again; the mark
     * counts how a vault's notes are read ({@link #VAULT_READING}).
     */
    private static String key(Path library) {
        Path path = library.toAbsolutePath().normalize();
        return path + (NoteVault.isVault(path) ? " (vault " + VAULT_READING + ")" : "");
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not delete " + temp + ": " + e);
            }
        }
    }
}
