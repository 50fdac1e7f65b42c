package dev.lectern.app;

import dev.lectern.ui.common.LinkOpener;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens links in the system browser, and an article's file or folder, with the platform's own opener (xdg-open, open,
 * or the Windows shell).
 */
final class SystemBrowser implements LinkOpener {

    private static final System.Logger LOG = System.getLogger(SystemBrowser.class.getName());

    @Override
    public void open(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https", "mailto").contains(scheme)) {
            return;
        }
        String os = os();
        run(os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : List.of(os.contains("mac") ? "open" : "xdg-open", uri.toString()));
    }

    @Override
    public void openFile(Path file) {
        Path path = file.toAbsolutePath().normalize(); // absolute: an opener never takes it for an option
        if (Files.isRegularFile(path)) {
            String os = os();
            run(List.of(os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open", path.toString()));
        }
    }

    @Override
    public void showInFolder(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path) || path.getParent() == null) {
            return;
        }
        String os = os();
        run(os.contains("win") ? List.of("explorer", "/select," + path)
                : os.contains("mac") ? List.of("open", "-R", path.toString())
                : List.of("xdg-open", path.getParent().toString()));
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }

    private static void run(List<String> command) {
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not run " + command, e);
        }
    }
}
