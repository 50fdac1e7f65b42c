package dev.lectern.render;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an article is a page of a Jekyll, Hexo or Hugo site, whose markdown (kramdown, marked, goldmark) reads a
 * {@code $…$} formula as text first and eats its backslash escapes ({@code \|} is a bar when MathJax sees it). The
 * evidence: {@code layout:} in its front matter, a {@code _posts} or {@code _drafts} folder above it, or a site's
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
    private static final String[] CONFIGS = {"_config.yml", "_config.yaml", "_config.toml"};
    private static final String[] HUGO_CONFIGS = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
        "config.yaml", "config.yml", "config.json"};

    private MarkdownSites() {
    }

    /** Whether the article of these options, with this front matter, shows signs of being a site's page. */
    static boolean eatsEscapes(RenderOptions options, FrontMatterValues frontMatter) {
        if (frontMatter.valueOf("layout") != null) {
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
