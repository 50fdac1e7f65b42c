package dev.lectern.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user cache folder of Lectern, following each system's convention. */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** Linux/BSD: $XDG_CACHE_HOME/lectern or ~/.cache/lectern; macOS: ~/Library/Caches/Lectern; Windows: %LOCALAPPDATA%\Lectern\Cache. */
    public static Path forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Lectern").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Lectern");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("lectern");
    }
}
