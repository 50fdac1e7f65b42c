package dev.lectern.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an article is a Hexo site's post: it lies in a folder named {@code source} whose parent is a Hexo site (a
 * {@code scaffolds} folder beside it, or a {@code package.json} that names Hexo). There a flat list of categories
 * ({@code - 技术}, {@code - Java}) is one category and its sub-category, as Hexo files the post, where Jekyll's is two
 * categories side by side. Asked of the file system once per site for a scan's thousands of files.
 */
final class HexoSites {

    private static final int MOST_SITES_KEPT = 256;
    private static final int PACKAGE_BYTES = 64 * 1024;
    private static final long REMEMBERED_NANOS = 2_000_000_000L;
    private static final Map<Path, Known> SITES = new ConcurrentHashMap<>();

    private HexoSites() {
    }

    /** Whether the file (absolute) lies in a Hexo site's {@code source} folder. */
    static boolean holds(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            Path name = dir.getFileName();
            if (name != null && name.toString().equals("source") && dir.getParent() != null) {
                return remembered(dir.getParent());
            }
        }
        return false;
    }

    private static boolean remembered(Path site) {
        Known known = SITES.get(site);
        if (known != null && System.nanoTime() - known.at() <= REMEMBERED_NANOS) {
            return known.hexo();
        }
        if (SITES.size() > MOST_SITES_KEPT) {
            SITES.clear();
        }
        boolean hexo = isHexoSite(site);
        SITES.put(site, new Known(hexo, System.nanoTime()));
        return hexo;
    }

    static boolean isHexoSite(Path site) {
        return Files.isDirectory(site.resolve("scaffolds")) || packageNamesHexo(site.resolve("package.json"));
    }

    private static boolean packageNamesHexo(Path json) {
        if (!Files.isRegularFile(json)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(json)) {
            return new String(in.readNBytes(PACKAGE_BYTES), StandardCharsets.UTF_8).contains("\"hexo\"");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private record Known(boolean hexo, long at) {
    }
}
