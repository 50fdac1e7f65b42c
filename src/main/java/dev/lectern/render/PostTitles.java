package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Hexo's {@code {% post_link hello-world %}} without words of its own shows the post's title ("Hello World"), as the
 * site's does, rather than its file's name: the post's file beside the linking one, else in its Hexo site's
 * {@code source/_posts} (a bounded walk), its title from the first lines of its front matter. A post not found, or
 * without a title, keeps its name.
 */
final class PostTitles {

    /** The class SourceRewriter gives a post link written without a title. */
    static final String UNTITLED = "lt-post-untitled";
    private static final int HEAD_BYTES = 4096;
    private static final int MOST_FILES = 5000;
    private static final int MOST_DEPTH = 8;

    private PostTitles() {
    }

    /** Gives each untitled post link of the page its post's title; nothing outside the library is read. */
    static void fill(Element body, RenderOptions options) {
        Map<Path, Map<String, Path>> postsByName = new HashMap<>(); // each _posts folder walked once a page
        for (Element link : body.select("a." + UNTITLED)) {
            link.removeClass(UNTITLED);
            if (link.classNames().isEmpty()) {
                link.removeAttr("class");
            }
            Path post = postFile(decoded(link.attr("href")), options, postsByName);
            String title = post == null ? null : titleOf(post);
            if (title != null) {
                link.text(title);
            }
        }
    }

    private static String decoded(String href) {
        try {
            return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Path postFile(String href, RenderOptions options, Map<Path, Map<String, Path>> postsByName) {
        if (href == null || href.isEmpty() || href.contains("/") || href.contains("\\")) {
            return null;
        }
        Path root = options.libraryRoot();
        Path folder = options.articleFile().getParent();
        Path beside = folder == null ? null : folder.resolve(href).normalize();
        if (beside != null && beside.startsWith(root) && Files.isRegularFile(beside)) {
            return beside;
        }
        for (Path served : SiteRoots.servedFolders(folder == null ? root : folder, root)) {
            Path posts = served.resolve("_posts");
            if (posts.startsWith(root) && Files.isDirectory(posts)) {
                return postsByName.computeIfAbsent(posts, PostTitles::byName).get(href.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** The files under the folder by their names (any case; the first of a name), within a bounded walk. */
    private static Map<String, Path> byName(Path posts) {
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(posts, MOST_DEPTH)) {
            walk.limit(MOST_FILES).filter(Files::isRegularFile).forEach(file -> files.putIfAbsent(
                    String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT), file));
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be walked names no post
        }
        return files;
    }

    /**
     * The title of the post's front matter (its first lines, fenced or, as Hexo allows, not), read as the page reads a
     * front matter value ({@link FrontMatterValues}); null when it has none.
     */
    static String titleOf(Path post) {
        try (InputStream in = Files.newInputStream(post)) {
            List<String> lines = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8).lines().toList();
            StringBuilder front = new StringBuilder();
            for (int i = 0; i < lines.size() && !(i > 0 && lines.get(i).strip().equals("---")); i++) {
                front.append(lines.get(i)).append('\n');
            }
            String title = FrontMatterValues.of(front.toString()).valueOf("title");
            return title == null || title.isBlank() ? null : title.strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
