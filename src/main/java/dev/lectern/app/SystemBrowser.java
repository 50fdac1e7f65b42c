package dev.lectern.app;

import dev.lectern.ui.common.LinkOpener;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens links in the system browser with the platform's own opener (xdg-open, open, or the Windows shell). */
final class SystemBrowser implements LinkOpener {

    private static final System.Logger LOG = System.getLogger(SystemBrowser.class.getName());

    @Override
    public void open(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https", "mailto").contains(scheme)) {
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString());
        } else if (os.contains("mac")) {
            command = List.of("open", uri.toString());
        } else {
            command = List.of("xdg-open", uri.toString());
        }
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not open " + uri + " in the system browser", e);
        }
    }
}
