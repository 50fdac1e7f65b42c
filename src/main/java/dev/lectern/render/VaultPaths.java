package dev.lectern.render;

import dev.lectern.model.ArticleId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * A vault note's markdown links and pictures as Obsidian finds them: {@code [Plan](Plan.md)} and {@code ![](diagram.png)}
 * name a file by the shortest path that tells it apart, often its name alone, wherever it lies in the vault (its
 * "shortest path" link format, and an attachments folder). A path that leads to no file beside the note nor from the
 * vault's folder is looked up by name as a wiki link is ({@link WikiNames}); {@code [Plan](Plan)} without its
 * {@code .md} too (the vault's names walked only when a page has such a path). At most {@link #MOST_LOOKUPS} a page.
 */
final class VaultPaths {

    static final int MOST_LOOKUPS = 2_000;

    private VaultPaths() {
    }

    static void resolve(Element body, Path root, String fromPath, Supplier<WikiNames> names) {
        int lookups = 0;
        for (Element element : body.select("a[href]:not(.wikilink), img[src]")) {
            if (lookups >= MOST_LOOKUPS) {
                return;
            }
            boolean link = element.nameIs("a");
            String address = element.attr(link ? "href" : "src").strip();
            int cut = firstOf(address, "#?");
            String path = WikiLinks.decoded(address.substring(0, cut));
            if (path == null || path.isEmpty() || path.startsWith("/") || path.startsWith("\\")
                    || LinkPolicy.scheme(path) != null || exists(root, fromPath, path)) {
                continue;
            }
            lookups++;
            Optional<String> found = link ? note(path, fromPath, names.get()) : names.get().file(path, fromPath);
            found.ifPresent(file -> element.attr(link ? "href" : "src",
                    "/" + WikiLinks.encoded(file) + address.substring(cut)));
        }
    }

    /** A link's note: a markdown file it names, or a note named by a path without an extension. */
    private static Optional<String> note(String path, String fromPath, WikiNames names) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return names.file(path, fromPath);
        }
        int slash = path.lastIndexOf('/');
        return path.lastIndexOf('.') > slash ? Optional.empty() : names.note(path, fromPath);
    }

    private static boolean exists(Path root, String fromPath, String path) {
        String folder = fromPath.contains("/") ? fromPath.substring(0, fromPath.lastIndexOf('/') + 1) : "";
        for (String candidate : new String[] {folder + path, path}) {
            String normal = ArticleId.normalizedPath(candidate);
            try {
                if (normal != null && !normal.isEmpty() && Files.exists(root.resolve(normal))) {
                    return true;
                }
            } catch (java.nio.file.InvalidPathException e) {
                return true; // no file can have that name: nothing to look up
            }
        }
        return false;
    }

    private static int firstOf(String text, String marks) {
        int cut = text.length();
        for (char mark : marks.toCharArray()) {
            int at = text.indexOf(mark);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        return cut;
    }
}
