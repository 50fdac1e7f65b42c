package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The blocks of a Logseq graph that have an id ({@code id:: 64f1…} under a block's first line), by that id, for a
 * reference to a block of another page ({@code ((64f1…))}): the block's words. Made by one walk of the graph's pages
 * when a page first refers to a block it does not hold (hidden folders, {@code node_modules} and {@code logseq/} left
 * out, at most {@link #MOST_FILES} pages of which the first {@link #MAX_BYTES} are read, {@link #MOST_IDS} blocks kept
 * in all, the walk ending at the page that would pass that),
 * made again when a page needs it after {@link #FRESH_NANOS}, each page read again only when it changed.
 */
final class LogseqBlockIds {

    static final int MOST_FILES = 20_000;
    static final int MAX_BYTES = 512 * 1024;
    static final int MOST_IDS = 50_000;
    static final long FRESH_NANOS = 10_000_000_000L;
    private static final int MOST_ROOTS = 4;
    private static final RecentWalks<Graph> MADE = new RecentWalks<>(MOST_ROOTS, FRESH_NANOS, Graph::madeAt);

    /** A page's blocks by id as read when it was last modified at modified (ms). */
    private record Page(long modified, Map<String, String> blocks) {
    }

    /** A graph's pages by path, and when they were walked. */
    private record Graph(long madeAt, Map<Path, Page> pages, Map<String, String> blocks) {
    }

    private LogseqBlockIds() {
    }

    /** The words of the block with this id in the graph at root (absolute), or null when it holds none. */
    static String words(Path root, String id) {
        return graph(root).blocks().get(id);
    }

    private static Graph graph(Path root) {
        return MADE.walk(root, (before, now) -> walk(root, now, before == null ? Map.of() : before.pages()));
    }

    private static Graph walk(Path root, long now, Map<Path, Page> known) {
        Map<Path, Page> pages = new HashMap<>();
        Map<String, String> blocks = new HashMap<>();
        int[] kept = {0}; // the blocks the pages keep, a page's repeats of another's ids counted too
        VaultFiles.walk(root, (file, attrs) -> {
            if (!attrs.isRegularFile() || !String.valueOf(file.getFileName()).endsWith(".md")) {
                return FileVisitResult.CONTINUE;
            }
            long modified = attrs.lastModifiedTime().toMillis();
            Page page = known.get(file);
            if (page == null || page.modified() != modified) {
                page = new Page(modified, read(file));
            }
            if (kept[0] + page.blocks().size() > MOST_IDS) {
                return FileVisitResult.TERMINATE; // not kept: read again by the next walk
            }
            kept[0] += page.blocks().size();
            pages.put(file, page);
            page.blocks().forEach(blocks::putIfAbsent);
            return pages.size() >= MOST_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        });
        return new Graph(now, pages, blocks);
    }

    /** A page's blocks by id; none when it cannot be read. */
    private static Map<String, String> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            return text.contains("id::") ? LogseqBlocks.blocksById(text.split("\r?\n", -1)) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
