package dev.lectern.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user folder where Lectern keeps its settings (preferences.yaml), following each system's convention. */
public final class ConfigFolder {

    private ConfigFolder() {
    }

    /**
     * Linux/BSD: {@code $XDG_CONFIG_HOME/lectern} or {@code ~/.config/lectern}; macOS:
     * {@code ~/Library/Application Support/Lectern} (Apple keeps {@code ~/Library/Preferences} for its own plist
     * files); Windows: {@code %APPDATA%\Lectern}.
     */
    public static Path forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Lectern");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Lectern");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("lectern");
    }
}
