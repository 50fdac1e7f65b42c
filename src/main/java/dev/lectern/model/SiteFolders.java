package dev.lectern.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The folders of a site's sources that a site generator reads as pieces of pages, data, styles or its own output,
 * never as pages: Jekyll's {@code _includes}, {@code _layouts}, {@code _data}, {@code _sass} and {@code _site}, the
 * {@code _partials} and {@code _templates} of Eleventy and Chrome's docs. Named one by one rather than every folder
 * whose name starts with {@code _}: a Jekyll collection ({@code _posts}, {@code _drafts}, a custom {@code _notes} or
 * {@code _wiki}) holds real pages, and Hugo's {@code _index.md} is a page too.
 */
public final class SiteFolders {

    private static final Set<String> NOT_PAGES = Set.of(
            "_includes", "_layouts", "_partials", "_templates", // pieces put into pages
            "_data", "_plugins", // data and code the generator reads
            "_sass", "_scss", "_css", "_js", "_assets", // styles and scripts (their README.md explains code)
            "_site", "_build", // the generator's output, a copy of the pages
            "_example", "_examples"); // an author's template to copy (developer.chrome.com's build ignores them)

    private SiteFolders() {
    }

    /**
     * Whether the folder is a Hexo site's {@code scaffolds/}: the templates {@code hexo new} copies into a new post
     * ({@code title: {{ title }}}), beside the site's {@code _config.yml} and {@code source/}, never pages. Asks the file
     * system only of a folder named {@code scaffolds}.
     */
    public static boolean hexoScaffolds(Path folder) {
        Path name = folder.getFileName();
        Path site = folder.getParent();
        return name != null && name.toString().equals("scaffolds") && site != null && servesSource(site);
    }

    /**
     * Whether the folder is a site that serves its {@code source/} at its root: a {@code _config.yml} beside a
     * {@code source/} folder (Hexo, and Octopress's Jekyll).
     */
    public static boolean servesSource(Path site) {
        return Files.isRegularFile(site.resolve("_config.yml")) && Files.isDirectory(site.resolve("source"));
    }

    /** Whether a folder of this name holds no pages of the site (compared without case). */
    public static boolean holdsNoPages(String folderName) {
        return folderName.startsWith("_") && NOT_PAGES.contains(folderName.toLowerCase(Locale.ROOT));
    }
}
