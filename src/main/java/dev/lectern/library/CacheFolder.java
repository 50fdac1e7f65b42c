package dev.lectern.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** The part of a library's cache file names that tells libraries apart: 24 hex digits of the SHA-256 of its absolute path. */
    public static String keyOf(Path library) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(library.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
