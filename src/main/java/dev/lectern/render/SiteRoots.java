package dev.lectern.render;

import dev.lectern.model.SiteFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders a Hugo or Hexo site serves at its root, where a picture written {@code /images/cover.png} lies: Hugo's
 * {@code static/} and {@code assets/} beside its config ({@code hugo.toml}, {@code config.yaml}, ... with a
 * {@code content/} folder), Hexo's {@code source/} beside its {@code _config.yml}. The site is the nearest such folder
 * above the article, inside the library; a few checks of the file system per folder climbed.
 */
final class SiteRoots {

    /** The most folders climbed from the article looking for its site. */
    private static final int MOST_LEVELS = 16;
    private static final String[] HUGO_CONFIGS = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
        "config.yaml", "config.yml", "config.json"};

    private SiteRoots() {
    }

    /** The folders served at the root of the site holding the article's folder; empty when it lies in no site. */
    static List<Path> servedFolders(Path articleFolder, Path libraryRoot) {
        Path dir = articleFolder;
        for (int level = 0; dir != null && dir.startsWith(libraryRoot) && level < MOST_LEVELS; level++) {
            List<Path> served = served(dir);
            if (!served.isEmpty()) {
                return served;
            }
            dir = dir.getParent();
        }
        return List.of();
    }

    private static List<Path> served(Path dir) {
        List<Path> served = new ArrayList<>();
        if (SiteFolders.servesSource(dir)) {
            served.add(dir.resolve("source"));
        } else if (Files.isDirectory(dir.resolve("content")) && hugoConfig(dir)) {
            served.add(dir.resolve("static"));
            served.add(dir.resolve("assets"));
        }
        return served;
    }

    private static boolean hugoConfig(Path dir) {
        for (String name : HUGO_CONFIGS) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return true;
            }
        }
        return Files.isDirectory(dir.resolve("config/_default"));
    }
}
