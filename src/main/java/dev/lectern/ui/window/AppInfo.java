package dev.lectern.ui.window;

import java.nio.file.Path;

/**
 * What Help › About tells besides the open library: the version and where Lectern keeps its files.
 *
 * @param version         Lectern's version
 * @param cacheFolder     metadata cache and search indexes
 * @param dataFolder      annotation files and reading state
 * @param preferencesFile the preferences file, or null when none is kept
 */
public record AppInfo(String version, Path cacheFolder, Path dataFolder, Path preferencesFile) {
}
