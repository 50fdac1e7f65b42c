package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TITLE = Pattern.compile("(?m)^title:[ \\t]*(.+?)[ \\t]*$");

    private PostTitles() {
    }

    /** Gives each untitled post link of the page its post's title; nothing outside the library is read. */
    static void fill(Element body, RenderOptions options) {
        for (Element link : body.select("a." + UNTITLED)) {
            link.removeClass(UNTITLED);
            if (link.classNames().isEmpty()) {
                link.removeAttr("class");
            }
            Path post = postFile(decoded(link.attr("href")), options);
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

    private static Path postFile(String href, RenderOptions options) {
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
                return named(posts, href.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** The first file of that name (any case) under the folder, within a bounded walk. */
    private static Path named(Path posts, String fileName) {
        try (Stream<Path> files = Files.walk(posts, MOST_DEPTH)) {
            Iterator<Path> walk = files.limit(MOST_FILES).iterator();
            while (walk.hasNext()) {
                Path file = walk.next();
                Path name = file.getFileName();
                if (name != null && name.toString().toLowerCase(Locale.ROOT).equals(fileName) && Files.isRegularFile(file)) {
                    return file;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The title of the post's front matter (its first lines), without quotes; null when it has none. */
    static String titleOf(Path post) {
        try (InputStream in = Files.newInputStream(post)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            List<String> lines = head.lines().toList();
            StringBuilder front = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.equals("---") && i > 0) {
                    break;
                }
                front.append(lines.get(i)).append('\n');
            }
            Matcher title = TITLE.matcher(front);
            if (!title.find()) {
                return null;
            }
            String text = title.group(1);
            if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                    || text.startsWith("'") && text.endsWith("'"))) {
                text = text.substring(1, text.length() - 1);
            }
            return text.isBlank() ? null : text.strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
