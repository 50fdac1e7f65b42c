package dev.lectern.render;

import dev.lectern.model.ArticleId;
import dev.lectern.model.LogseqNames;
import dev.lectern.model.NoteVault;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a library by name, as a wiki's links ({@code [[Note]]}, {@code ![[picture.png]]}) name them: Obsidian
 * finds {@code [[Note]]} in {@code Note.md} wherever it lies in the vault, the one nearest the linking note when several
 * share the name, else the note that names it among its {@code aliases}. A vault's are made by one bounded walk (hidden folders and {@code node_modules} left out, links not
 * followed, at most {@link #MOST_FILES} files and {@link VaultFiles#MOST_DEPTH} folders deep) when a page first needs it, and
 * made again when a page needs it after {@link #FRESH_NANOS}, so notes added meanwhile are found.
 */
public final class WikiNames {

    static final int MOST_FILES = 200_000;
    static final long FRESH_NANOS = 10_000_000_000L;
    /** The most notes whose aliases are kept (4 KB of each read, again only when it changed). */
    static final int MOST_ALIAS_READS = 20_000;
    private static final int MOST_ROOTS = 4;
    private static final RecentWalks<WikiNames> MADE = new RecentWalks<>(MOST_ROOTS, FRESH_NANOS, names -> names.madeAt);

    /** The files by lower-case name; null outside a vault, where only the file beside the note or at the root is found. */
    private final Map<String, List<String>> byName;
    private final boolean vault;
    private final long madeAt;
    /** The library's folder, for the files looked up one by one outside a vault. */
    private final Path root;
    /** A vault's notes by the other names their front matter gives them ({@code aliases}), lower case. */
    private final Map<String, List<String>> byAlias;
    /** Each note's aliases as read, with its modification time: the next walk reads again only the notes that changed. */
    private final Map<String, Aliases> aliasesByNote;

    private WikiNames(Map<String, List<String>> byName, boolean vault, long madeAt, Path root) {
        this(byName, Map.of(), Map.of(), vault, madeAt, root);
    }

    private WikiNames(Map<String, List<String>> byName, Map<String, List<String>> byAlias,
                      Map<String, Aliases> aliasesByNote, boolean vault, long madeAt, Path root) {
        this.byName = byName;
        this.byAlias = byAlias;
        this.aliasesByNote = aliasesByNote;
        this.vault = vault;
        this.madeAt = madeAt;
        this.root = root;
    }

    /**
     * The names of the library at root: a vault's are walked, and walked again when older than {@link #FRESH_NANOS};
     * outside a vault (where {@code [[x]]} is mostly text, in libraries of any size) no folder is walked, and a link
     * finds the file it names beside the article or at the library's root.
     */
    static WikiNames of(Path root, boolean vault) {
        if (!vault) {
            return new WikiNames(null, false, 0, root);
        }
        return MADE.walk(root, (before, now) -> scan(root, now, before == null ? Map.of() : before.aliasesByNote));
    }

    /**
     * The names of these library paths ('/'-separated, as articles' ids are), for a library that is not walked: the
     * articles of the same name as one that links are looked for to ({@code BacklinksViewModel}).
     */
    public static WikiNames of(java.util.Collection<String> paths) {
        Map<String, List<String>> byName = new HashMap<>();
        for (String path : paths) {
            byName.computeIfAbsent(lower(path.substring(path.lastIndexOf('/') + 1)), k -> new ArrayList<>(1)).add(path);
        }
        return new WikiNames(byName, false, System.nanoTime(), null);
    }

    /**
     * The names of the library at root as its pages' wiki links find them ({@link #of(Path, boolean)}): a vault's walked,
     * else the files beside an article or at the root; none for a null root. Asks the file system: off the FX thread.
     */
    public static WikiNames of(Path root) {
        if (root == null) {
            return of(List.of());
        }
        Path absolute = root.toAbsolutePath().normalize();
        return of(absolute, NoteVault.isVault(absolute));
    }

    /**
     * The names of the library at root as a page last walked them, however long ago; null when none has. Asks nothing
     * of the file system.
     */
    public static WikiNames known(Path root) {
        if (root == null) {
            return null;
        }
        return MADE.last(root.toAbsolutePath().normalize());
    }

    /** The aliases of the note at path (from the library's root) when the library is a vault; none elsewhere. */
    public static List<String> aliases(Path root, String path) {
        Path absolute = root.toAbsolutePath().normalize();
        return NoteVault.isVault(absolute) ? NoteAliases.of(absolute.resolve(path)) : List.of();
    }

    /** Forgets the names of the library at root: the next page walks its folder again (a note was just written). */
    public static void forget(Path root) {
        MADE.forget(root.toAbsolutePath().normalize());
    }

    /** Walks the vault at root (absolute) once. */
    static WikiNames scan(Path root, long now) {
        return scan(root, now, Map.of());
    }

    /** One walk, reading again the aliases of the notes changed since the walk that read known. */
    static WikiNames scan(Path root, long now, WikiNames before) {
        return scan(root, now, before.aliasesByNote);
    }

    private static WikiNames scan(Path root, long now, Map<String, Aliases> known) {
        Map<String, List<String>> byName = new HashMap<>();
        Map<String, List<String>> byAlias = new HashMap<>();
        Map<String, Aliases> aliasesByNote = new HashMap<>();
        Path graph = NoteVault.logseqGraph(root);
        boolean logseq = graph != null;
        String journalFormat = logseq ? LogseqConfig.journalFormat(graph) : LogseqNames.DEFAULT_FORMAT;
        int[] files = {0};
        VaultFiles.walk(root, (file, attrs) -> {
            if (attrs.isRegularFile()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                String name = lower(String.valueOf(file.getFileName()));
                byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(path);
                if (name.endsWith(".md") && aliasesByNote.size() < MOST_ALIAS_READS) {
                    long modified = attrs.lastModifiedTime().toMillis();
                    Aliases aliases = known.get(path);
                    if (aliases == null || aliases.modified() != modified) {
                        aliases = new Aliases(modified, NoteAliases.of(file));
                    }
                    aliasesByNote.put(path, aliases);
                    aliases.names().forEach(alias ->
                            byAlias.computeIfAbsent(lower(alias), k -> new ArrayList<>(1)).add(path));
                    if (logseq) {
                        pageNames(file, journalFormat).forEach(page ->
                                byAlias.computeIfAbsent(lower(page), k -> new ArrayList<>(1)).add(path));
                    }
                }
            }
            return ++files[0] >= MOST_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        });
        return new WikiNames(byName, byAlias, aliasesByNote, true, now, root);
    }

    /** Whether the library is a vault of notes ({@link NoteVault#isVault}). */
    public boolean vault() {
        return vault;
    }

    /**
     * The library path of the note a link names ({@code Note}, {@code Note.md}, {@code folder/Note},
     * {@code ../Note}), from the article at fromPath: the one beside it first, then the one with the shortest path;
     * else a note that has the name among its aliases.
     */
    public Optional<String> note(String target, String fromPath) {
        String name = target.strip();
        String lower = lower(name);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
        Optional<String> found = markdown ? Optional.empty() : file(name + ".md", fromPath);
        found = found.isPresent() || !markdown ? found : file(name, fromPath);
        return found.isPresent() ? found : byAlias.getOrDefault(lower, List.of()).stream().sorted().findFirst();
    }

    /** The library path of any file a link names (an attachment: {@code picture.png}, {@code files/a.pdf}). */
    public Optional<String> file(String target, String fromPath) {
        String wanted = lower(target.strip().replace('\\', '/'));
        while (wanted.startsWith("./")) {
            wanted = wanted.substring(2);
        }
        boolean fromRoot = wanted.startsWith("/");
        wanted = wanted.replaceFirst("^/+", "");
        if (wanted.isEmpty() || wanted.endsWith("/")) {
            return Optional.empty();
        }
        if (byName == null) {
            return beside(target.strip().replace('\\', '/'), fromPath);
        }
        String folder = fromPath.contains("/") ? lower(fromPath.substring(0, fromPath.lastIndexOf('/') + 1)) : "";
        String relative = ArticleId.normalizedPath(folder + wanted);
        String tail = "/" + wanted;
        List<String> candidates = byName.getOrDefault(wanted.substring(wanted.lastIndexOf('/') + 1), List.of());
        String best = null;
        int bestRank = 0;
        for (String path : candidates) {
            String lowerPath = lower(path);
            boolean exact = lowerPath.equals(wanted) || !fromRoot && lowerPath.equals(relative);
            if (exact) {
                return Optional.of(path);
            }
            if (fromRoot || wanted.startsWith("../") || !("/" + lowerPath).endsWith(tail)) {
                continue;
            }
            int rank = rank(path, folder);
            if (best == null || rank < bestRank || rank == bestRank && path.compareTo(best) < 0) {
                best = path;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The file a link names beside the linking article, else from the library's root, when it is there. */
    private Optional<String> beside(String target, String fromPath) {
        String folder = fromPath.contains("/") ? fromPath.substring(0, fromPath.lastIndexOf('/') + 1) : "";
        for (String candidate : new String[] {folder + target, target}) {
            String path = ArticleId.normalizedPath(candidate.startsWith("/") ? candidate.substring(1) : candidate);
            if (path != null && !path.isEmpty() && !path.endsWith("/")) {
                try {
                    if (Files.isRegularFile(root.resolve(path))) {
                        return Optional.of(path);
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The names a Logseq page's links use that its file's name does not spell: a namespaced page's
     * ({@code Java___Threads.md} is {@code [[Java/Threads]]}) and a journal's ({@code 2024_03_18.md} is
     * {@code [[Mar 18th, 2024]]} by default, else as the graph's format names it, {@code [[2024-03-18]]}).
     */
    private static List<String> pageNames(Path file, String journalFormat) {
        String fileName = String.valueOf(file.getFileName());
        String stem = fileName.substring(0, fileName.length() - ".md".length());
        java.time.LocalDate day = LogseqNames.journalDay(stem);
        if (day != null) {
            String named = LogseqNames.journalName(day, journalFormat);
            String byDefault = LogseqNames.journalName(day);
            return named.equals(byDefault) ? List.of(byDefault) : List.of(named, byDefault);
        }
        String page = LogseqNames.pageName(stem);
        return page.equals(stem) ? List.of() : List.of(page);
    }

    /** The aliases of one note as read when the note was last modified at modified (ms). */
    private record Aliases(long modified, List<String> names) {
    }

    /** One of the other names a vault's note gives itself ({@code aliases}), as written, and the note's library path. */
    public record Alias(String name, String path) {
    }

    /**
     * The aliases that hold the text, letter case aside, at most limit of them: one that is just the text first, then
     * those that start with it, then the rest, shorter before longer; none outside a vault.
     */
    public List<Alias> aliasesHolding(String text, int limit) {
        String typed = lower(text.strip());
        List<Alias> found = new ArrayList<>();
        if (typed.isEmpty() || limit <= 0) {
            return found;
        }
        aliasesByNote.forEach((path, aliases) -> aliases.names().forEach(name -> {
            if (lower(name).contains(typed)) {
                found.add(new Alias(name, path));
            }
        }));
        found.sort(java.util.Comparator.<Alias>comparingInt(alias -> lower(alias.name()).equals(typed) ? 0
                        : lower(alias.name()).startsWith(typed) ? 1 : 2)
                .thenComparingInt(alias -> alias.name().length())
                .thenComparing(Alias::name).thenComparing(Alias::path));
        return found.size() > limit ? new ArrayList<>(found.subList(0, limit)) : found;
    }

    /** How near a file is to the linking note in folder (lower case, ending in '/'): -1 beside it, else its depth. */
    private static int rank(String path, String folder) {
        String lowerPath = lower(path);
        if (lowerPath.startsWith(folder) && lowerPath.indexOf('/', folder.length()) < 0) {
            return -1;
        }
        return (int) path.chars().filter(c -> c == '/').count();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
