package dev.lectern.store;

import dev.lectern.model.ArticleKey;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a library's annotation file lives by default: the per-user data folder (Linux {@code $XDG_DATA_HOME/lectern}
 * or {@code ~/.local/share/lectern}, macOS {@code ~/Library/Application Support/Lectern}, Windows
 * {@code %APPDATA%\Lectern}), named {@code annotations-<hash of the library path>-<folder name>.yaml}.
 * The app's {@code --annotations FILE} option overrides it.
 */
public final class AnnotationLocations {

    private final Map<String, String> environment;
    private final Map<String, String> properties;

    /** Uses the given environment variables and system properties (os.name, user.home). */
    public AnnotationLocations(Map<String, String> environment, Map<String, String> properties) {
        this.environment = Map.copyOf(environment);
        this.properties = Map.copyOf(properties);
    }

    /** The default file for a library on this machine. */
    public static Path defaultFile(Path libraryRoot) {
        return forCurrentUser().fileFor(libraryRoot);
    }

    /** The locations for this user on this system. */
    public static AnnotationLocations forCurrentUser() {
        Map<String, String> properties = Map.of("os.name", System.getProperty("os.name", ""),
                "user.home", System.getProperty("user.home", "."));
        return new AnnotationLocations(System.getenv(), properties);
    }

    public Path fileFor(Path libraryRoot) {
        Path library = libraryRoot.toAbsolutePath().normalize();
        String hash = ArticleKey.hashOf(library.toString()).substring(0, 8);
        Path name = library.getFileName();
        String folder = name == null ? "root" : name.toString().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return dataFolder().resolve("annotations-" + hash + "-" + folder + ".yaml");
    }

    /** The per-user folder where Lectern keeps its data. */
    public Path dataFolder() {
        String os = properties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(properties.getOrDefault("user.home", "."));
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming").resolve("Lectern") : Path.of(appData, "Lectern");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Lectern");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share").resolve("lectern") : Path.of(xdg, "lectern");
    }
}
