package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns the paths a watcher saw touched into library changes, against the files it knows (by id,
 * with size and time): files are read again, vanished paths remove the articles at or under them,
 * folders are walked. A full rescan compares the whole tree with what is known. Not thread-safe.
 */
final class ChangeResolver {

    private static final System.Logger LOG = System.getLogger(ChangeResolver.class.getName());

    /** Size and time of a known file. */
    private record Stamp(long size, long modified) {
    }

    private final Path root;
    private final ArticleReader reader;
    private final ArticleFileWalker walker = new ArticleFileWalker();
    private final TreeMap<String, Stamp> known = new TreeMap<>();

    ChangeResolver(Path root, ArticleReader reader, Collection<Article> articles) {
        this.root = root;
        this.reader = reader;
        articles.forEach(a -> known.put(a.id().path(), new Stamp(a.size(), a.modified())));
    }

    /** The changes behind the touched paths; files named directly are always read again. */
    LibraryChanges resolve(Collection<Path> touched) {
        Map<String, Article> changed = new TreeMap<>();
        Set<String> removed = new HashSet<>();
        for (Path path : touched) {
            String id = ArticleReader.idOf(root, path).path();
            if (Files.isDirectory(path)) {
                compare(path, id + "/", changed, removed);
            } else if (Files.isRegularFile(path)) {
                if (ArticleFileWalker.isListed(path, path.getFileName().toString())) {
                    read(path, id, changed, removed);
                } else {
                    removeUnder(id, removed); // a file that became a note Lectern wrote is no longer an article
                }
            } else {
                removeUnder(id, removed);
            }
        }
        return apply(changed, removed);
    }

    /** The changes between what is known and the whole tree as it is now. */
    LibraryChanges rescan() {
        Map<String, Article> changed = new TreeMap<>();
        Set<String> removed = new HashSet<>();
        compare(root, "", changed, removed);
        return apply(changed, removed);
    }

    private void compare(Path folder, String prefix, Map<String, Article> changed, Set<String> removed) {
        Set<String> gone = new HashSet<>(under(prefix).keySet());
        for (FoundFile found : walker.walkWithAttributes(folder, () -> false)) {
            if (found.refused() != null) {
                continue; // reported by the next scan; what was under it is gone from the list
            }
            String id = prefix + found.id();
            gone.remove(id);
            if (!new Stamp(found.size(), found.modified()).equals(known.get(id))) {
                read(found.file(), id, changed, removed);
            }
        }
        removed.addAll(gone);
    }

    private void read(Path file, String id, Map<String, Article> changed, Set<String> removed) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            changed.put(id, reader.read(root, file));
            removed.remove(id);
            known.put(id, new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Dropping " + file + " from the library: " + e);
            removeUnder(id, removed);
        } catch (Error e) {
            // one file's error must not lose the other files of the same batch of changes
            LOG.log(System.Logger.Level.WARNING, "Dropping " + file + " from the library after an error", e);
            removeUnder(id, removed);
        }
    }

    private void removeUnder(String id, Set<String> removed) {
        if (known.containsKey(id)) {
            removed.add(id);
        }
        removed.addAll(under(id + "/").keySet());
    }

    private SortedMap<String, Stamp> under(String prefix) {
        if (prefix.isEmpty()) {
            return known;
        }
        // '0' follows '/', so this range holds exactly the ids starting with the prefix
        return known.subMap(prefix, prefix.substring(0, prefix.length() - 1) + "0");
    }

    private LibraryChanges apply(Map<String, Article> changed, Set<String> removed) {
        List<ArticleId> removedIds = new ArrayList<>();
        removed.stream().sorted().filter(id -> !changed.containsKey(id)).forEach(id -> {
            known.remove(id);
            removedIds.add(new ArticleId(id));
        });
        return new LibraryChanges(new ArrayList<>(changed.values()), removedIds);
    }
}
