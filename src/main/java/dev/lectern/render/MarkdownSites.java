package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether an article is a page of a Jekyll, Hexo or Hugo site, whose markdown (kramdown, marked, goldmark) reads a
 * {@code $…$} formula as text first and eats its backslash escapes ({@code \|} is a bar when MathJax sees it). The
 * evidence: {@code layout:} in its front matter (read from the file's head when the body comes without it), a {@code _posts} or {@code _drafts} folder above it, or a site's
 * configuration ({@code _config.yml}, Hugo's config beside {@code content/}) in a folder above it, up to a few folders
 * above the library. A folder of one's own notes has none of these, and its formulas reach the typesetter as written,
 * as in KaTeX, Obsidian, Typora or VS Code: there {@code $\|x\|$} is a norm. A few checks of the file system per folder
 * climbed, once a page.
 */
final class MarkdownSites {

    /** The most folders climbed from the article. */
    private static final int MOST_LEVELS = 16;
    /** How many folders above the library a site's configuration is looked for (the library may be its posts). */
    private static final int LEVELS_ABOVE_LIBRARY = 3;
    private static final int HEAD_BYTES = 4_096;
    private static final Pattern LAYOUT = Pattern.compile("layout\\s*:\\s*\\S");
    private static final String[] CONFIGS = {"_config.yml", "_config.yaml", "_config.toml"};
    private static final String[] HUGO_CONFIGS = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
        "config.yaml", "config.yml", "config.json"};

    private MarkdownSites() {
    }

    /** Whether the article of these options, with this front matter, shows signs of being a site's page. */
    static boolean eatsEscapes(RenderOptions options, FrontMatterValues frontMatter) {
        if (frontMatter.valueOf("layout") != null || layoutInFile(options.articleFile())) {
            return true;
        }
        Path top = options.libraryRoot();
        for (int level = 0; level < LEVELS_ABOVE_LIBRARY && top.getParent() != null; level++) {
            top = top.getParent();
        }
        Path dir = options.articleFile().getParent();
        for (int level = 0; dir != null && dir.startsWith(top) && level < MOST_LEVELS; level++) {
            if (site(dir)) {
                return true;
            }
            dir = dir.getParent();
        }
        return false;
    }

    /**
     * Whether the file's front matter names a layout: the reader hands the renderer the body without it. Reads the
     * file's first {@link #HEAD_BYTES} bytes only.
     */
    private static boolean layoutInFile(Path file) {
        byte[] head = new byte[HEAD_BYTES];
        int read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; read < head.length && (n = in.read(head, read, head.length - read)) > 0; ) {
                read += n;
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        String[] lines = new String(head, 0, read, StandardCharsets.UTF_8).split("\r?\n", -1);
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return false;
        }
        for (int i = 1; i < lines.length - 1; i++) { // the last line may be cut
            if (lines[i].strip().equals("---")) {
                return false;
            }
            if (LAYOUT.matcher(lines[i]).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean site(Path dir) {
        Path name = dir.getFileName();
        if (name != null && (name.toString().equals("_posts") || name.toString().equals("_drafts"))) {
            return true;
        }
        for (String config : CONFIGS) {
            if (Files.isRegularFile(dir.resolve(config))) {
                return true;
            }
        }
        if (!Files.isDirectory(dir.resolve("content"))) {
            return false;
        }
        for (String config : HUGO_CONFIGS) {
            if (Files.isRegularFile(dir.resolve(config))) {
                return true;
            }
        }
        return Files.isDirectory(dir.resolve("config/_default"));
    }
}
