package dev.lectern.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a library is a vault of notes (Obsidian's, Foam's, a Logseq graph, a Dendron workspace): a folder holding
 * the notes app's settings, where {@code [[links]]}, {@code #tags} among the words and file names as titles are the
 * notes' own ({@link InlineTags}), not a site's archive where they are text.
 */
public final class NoteVault {

    /** The folders that make a library a vault of notes: Obsidian's settings, Foam's. */
    private static final String[] VAULT_MARKERS = {".obsidian", ".foam"};
    /** Logseq's folder of settings in a graph, and the file in it that makes a folder of that name Logseq's. */
    public static final String LOGSEQ_FOLDER = "logseq";
    public static final String LOGSEQ_SETTINGS = "config.edn";
    /** The file that makes a folder a Dendron workspace, whose notes are named by their hierarchy ({@code a.b.c.md}). */
    private static final String DENDRON_SETTINGS = "dendron.yml";
    /** How many folders above the library its vault's settings are looked for (a home folder made a vault is not all). */
    private static final int VAULT_LEVELS = 3;
    private static final int MOST_ROOTS_KEPT = 64;
    private static final long REMEMBERED_NANOS = 2_000_000_000L;
    private static final Map<Path, Known> VAULTS = new ConcurrentHashMap<>();

    private NoteVault() {
    }

    /** Whether the library at root (absolute), or a folder it lies in, is a vault of notes. */
    public static boolean isVault(Path root) {
        return vaultWithin(root, VAULT_LEVELS) != null;
    }

    /**
     * The vault a folder lies in: the nearest folder at most {@link #VAULT_SEARCH_LEVELS} up from it (itself included)
     * that holds a vault's settings; null when there is none.
     */
    public static Path vaultRoot(Path folder) {
        return vaultWithin(folder, VAULT_SEARCH_LEVELS);
    }

    /**
     * The Logseq graph the library at root (absolute) is, or lies in, as {@link #isVault} finds its vault; null when
     * its vault is none or another app's. A graph's pages are outlines whose blocks carry properties
     * ({@code id:: …}) and task markers ({@code TODO}), read as Logseq shows them; its settings are
     * {@code logseq/config.edn} in it.
     */
    public static Path logseqGraph(Path root) {
        Path vault = vaultWithin(root, VAULT_LEVELS);
        return vault != null && isLogseqGraph(vault) ? vault : null;
    }

    private static boolean isLogseqGraph(Path dir) {
        return Files.isRegularFile(dir.resolve(LOGSEQ_FOLDER).resolve(LOGSEQ_SETTINGS));
    }

    /**
     * Whether a walk of a library leaves this folder out: a hidden one ({@code .git}, {@code .obsidian}),
     * {@code node_modules}, or a notes app's own folder beside the notes (Logseq's {@code logseq/}, whose {@code bak/}
     * holds a copy of every page it saved), or a site's folder of page pieces or output ({@link SiteFolders}: Jekyll's
     * {@code _includes}, Chrome docs' {@code _partials}; a Hexo site's {@code scaffolds/}). The one rule of the library's scan and watcher and the
     * renderer's walks;
     * asks the file system only of a folder named {@code logseq} or {@code scaffolds}.
     */
    public static boolean skippedFolder(Path folder) {
        Path name = folder.getFileName();
        String text = name == null ? "" : name.toString();
        return text.startsWith(".") || text.equals("node_modules") || SiteFolders.holdsNoPages(text)
                || text.equals(LOGSEQ_FOLDER) && Files.isRegularFile(folder.resolve(LOGSEQ_SETTINGS))
                || SiteFolders.hexoScaffolds(folder);
    }

    private static Path vaultWithin(Path folder, int levels) {
        int up = 0;
        for (Path dir = folder; dir != null && up <= levels; dir = dir.getParent(), up++) {
            for (String marker : VAULT_MARKERS) {
                if (Files.isDirectory(dir.resolve(marker))) {
                    return dir;
                }
            }
            if (isLogseqGraph(dir) || Files.isRegularFile(dir.resolve(DENDRON_SETTINGS))) {
                return dir;
            }
        }
        return null;
    }

    /** How far up from an article's folder its vault is looked for. */
    private static final int VAULT_SEARCH_LEVELS = 16;

    /**
     * {@link #isVault}, asked of the file system once per root and {@link #REMEMBERED_NANOS} for a scan's thousands of
     * files (a folder made a vault is one at the next scan).
     */
    public static boolean remembered(Path root) {
        Known known = VAULTS.get(root.normalize());
        return known != null && System.nanoTime() - known.at() <= REMEMBERED_NANOS ? known.vault() : recheck(root);
    }

    /** {@link #isVault}, asked of the file system now and remembered for {@link #remembered}. */
    public static boolean recheck(Path root) {
        if (VAULTS.size() > MOST_ROOTS_KEPT) {
            VAULTS.clear();
        }
        boolean vault = isVault(root);
        VAULTS.put(root.normalize(), new Known(vault, System.nanoTime()));
        return vault;
    }

    private record Known(boolean vault, long at) {
    }
}
