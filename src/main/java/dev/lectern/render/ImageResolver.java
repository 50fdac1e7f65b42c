package dev.lectern.render;

import dev.lectern.model.Attachments;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Turns the images of a sanitised article into what the offline page may show: local files inside the library
 * as {@code file:} URLs, {@code data:image/} kept, remote images kept only when allowed, everything else
 * (missing files, paths leaving the library, other schemes) a placeholder naming the image and its host.
 */
final class ImageResolver {

    private final Path root;
    private final Path realRoot;
    private final Path articleFolder;
    private final Path articleFile;
    private final boolean loadRemote;
    private final PageWords words;
    private int remoteCount;
    private final PictureLines lines = new PictureLines();

    ImageResolver(RenderOptions options, PageWords words) {
        this.words = words;
        root = options.libraryRoot();
        realRoot = realPath(root);
        articleFile = options.articleFile();
        Path parent = articleFile.getParent();
        articleFolder = parent == null ? root : parent;
        loadRemote = options.loadRemoteImages();
    }

    int remoteCount() {
        return remoteCount;
    }

    void resolve(Element img) {
        img.removeAttr(FULL_PICTURE);
        String src = img.attr("src").strip();
        String scheme = LinkPolicy.scheme(src);
        if (LinkPolicy.isRemote(src)) {
            remoteCount++;
            if (loadRemote) {
                img.attr("src", src.startsWith("//") ? "https:" + src : src);
            } else {
                replaceWithPlaceholder(img, src, LinkPolicy.host(src));
            }
        } else if ("data".equals(scheme)) {
            if (!LinkPolicy.normalized(src).startsWith("data:image/")) {
                replaceWithPlaceholder(img, "", words.imageBlocked());
            }
        } else {
            Path file = scheme == null ? localFile(src) : "file".equals(scheme) ? fileUrl(src) : null;
            if (file == null) {
                replaceWithPlaceholder(img, scheme == null ? src : "", scheme == null ? words.imageNotFound() : words.imageBlocked());
            } else {
                img.attr("src", file.toUri().toString());
                markLinkedPicture(img);
            }
        }
    }

    /** The attribute naming the picture the viewer shows for a picture inside a link to a picture of the library. */
    static final String FULL_PICTURE = "data-lt-full";

    /**
     * A picture inside a link to a picture of the library (a thumbnail linked to its full size, or a picture linked to
     * itself, as Hexo themes and Typora write them) is marked with the linked one's file: a click shows that in the
     * reading pane's viewer, as a blog's lightbox does, instead of the desktop's image application.
     */
    private void markLinkedPicture(Element img) {
        Element link = img.closest("a[href]");
        String href = link == null ? "" : link.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#") || LinkPolicy.scheme(href) != null || LinkPolicy.isRemote(href)
                || !Attachments.picture(href.replaceFirst("[?#].*$", ""))) {
            return;
        }
        Path full = localFile(href);
        if (full != null) {
            img.attr(FULL_PICTURE, full.toUri().toString());
        }
    }

    /** A relative path, against the article's folder then the library root; "/x" is always root-relative. */
    private Path localFile(String src) {
        try {
            String path = URLDecoder.decode(src.replaceFirst("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
            if (path.isEmpty()) {
                return null;
            }
            if (path.startsWith("/") || path.startsWith("\\")) {
                return fromSiteRoot(path.replaceFirst("^[/\\\\]+", ""));
            }
            Path besideArticle = inLibrary(articleFolder.resolve(path));
            Path inAssets = besideArticle != null ? null : inAssetFolder(path);
            return besideArticle != null ? besideArticle : inAssets != null ? inAssets : inLibrary(root.resolve(path));
        } catch (IllegalArgumentException e) {
            return null; // a malformed %-escape or a path the file system cannot hold
        }
    }

    /**
     * The picture in the post's asset folder ({@code asset-demo/diagram.png} beside {@code asset-demo.md}), where Hexo's
     * {@code post_asset_folder} keeps it and a post names it by its name alone ({@code ![x](diagram.png)}).
     */
    private Path inAssetFolder(String path) {
        String name = articleFile.getFileName() == null ? "" : articleFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        Path assets = articleFolder.resolve(name.substring(0, dot));
        Path file = inLibrary(assets.resolve(path));
        return file != null && file.startsWith(assets) ? file : null;
    }

    /**
     * A path from the site's root ({@code images/cover.png} of {@code /images/cover.png}): in the library's folder, else
     * in what the article's Hugo or Hexo site serves at its root ({@link SiteRoots}), never outside the library.
     */
    private Path fromSiteRoot(String path) {
        Path atRoot = inLibrary(root.resolve(path));
        if (atRoot != null) {
            return atRoot;
        }
        if (servedFolders == null) {
            servedFolders = SiteRoots.servedFolders(articleFolder, root);
        }
        for (Path served : servedFolders) {
            Path file = inLibrary(served.resolve(path));
            if (file != null && file.startsWith(served)) {
                return file;
            }
        }
        return null;
    }

    /** What the article's site serves at its root, found at the first picture written from the root. */
    private List<Path> servedFolders;

    private Path fileUrl(String src) {
        try {
            return inLibrary(Path.of(URI.create(src.strip())));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The file when it exists and, symbolic links followed, lies inside the library root. */
    private Path inLibrary(Path candidate) {
        Path normalized = candidate.toAbsolutePath().normalize();
        if (!normalized.startsWith(root) || !Files.isRegularFile(normalized)) {
            return null;
        }
        Path real = realPath(normalized);
        return real.startsWith(realRoot) ? normalized : null;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private void replaceWithPlaceholder(Element img, String src, String host) {
        Element placeholder = new Element("span").addClass("img-placeholder");
        if (!src.isEmpty()) {
            placeholder.attr("data-src", src);
        }
        String alt = readable(img.attr("alt").strip());
        Element shown = placeholder.appendElement("span").addClass("alt").text(alt.isEmpty() ? words.image() : alt);
        if (alt.isEmpty()) {
            shown.addClass(PageText.GENERATED);
        }
        int size = declaredSize(img);
        if (size >= 0 ? size <= MAX_ICON : lines.amongWords(img)) {
            placeholder.addClass("inline").attr("title", host); // a word's height, so the line keeps its spacing
        } else {
            placeholder.appendElement("span").addClass("host").addClass(PageText.GENERATED).text(host);
        }
        img.replaceWith(placeholder);
    }

    /** The most pixels across an icon is declared to be: a toolbar button, a checkbox, a key drawn in a sentence. */
    private static final int MAX_ICON = 64;

    /**
     * The larger of the picture's declared width and height ({@code width="22" height="22"}), -1 when it declares
     * neither: a picture declared icon-sized is shown as a word, one declared larger as a box, wherever it stands.
     */
    private static int declaredSize(Element img) {
        int largest = -1;
        for (String size : new String[] {"width", "height"}) {
            Matcher digits = LEADING_DIGITS.matcher(img.attr(size).strip());
            if (digits.lookingAt()) {
                largest = Math.max(largest, Integer.parseInt(digits.group()));
            }
        }
        return largest;
    }

    private static final Pattern LEADING_DIGITS = Pattern.compile("\\d{1,6}");

    /** The most characters of an alternative text a placeholder shows. */
    private static final int MAX_ALT = 500;
    private static final Pattern ALT_MARKS = Pattern.compile("\\*\\*([^*]{1,300})\\*\\*|`([^`]{1,300})`");

    /**
     * The alternative text without the bold and code marks some sites write into it
     * ({@code alt="The **Console** tab"}: alt text is never rendered as markdown, so they are not words).
     */
    static String readable(String alt) {
        String text = alt.length() > MAX_ALT ? alt.substring(0, MAX_ALT) + "…" : alt;
        return text.indexOf('*') < 0 && text.indexOf('`') < 0 ? text
                : ALT_MARKS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1)
                        : m.group(2)));
    }
}
