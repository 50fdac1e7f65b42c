package dev.lectern.app;

import dev.lectern.ui.common.LinkOpener;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Opens links in the system browser, and an article's file or folder, with the platform's own opener: the Windows
 * shell, macOS's {@code open}, or on Linux the first of the desktops' openers that opens it ({@code xdg-open} is missing
 * from some desktops and minimal systems, {@code gio} may have no handler), then a browser by name for a web address.
 * An opener counts as having opened it unless it ends with an error within a few seconds; the waiting is done on a
 * thread of its own.
 */
final class SystemBrowser implements LinkOpener {

    private static final System.Logger LOG = System.getLogger(SystemBrowser.class.getName());
    /** Linux openers of a file, folder or address, each before what it is given; the first that opens it is used. */
    private static final List<List<String>> LINUX_OPENERS = List.of(List.of("xdg-open"), List.of("gio", "open"),
            List.of("kde-open5"), List.of("kde-open"), List.of("exo-open"), List.of("gnome-open"));
    /** Then, for a web address only. */
    private static final List<List<String>> LINUX_BROWSERS = List.of(List.of("sensible-browser"), List.of("x-www-browser"),
            List.of("firefox"), List.of("chromium"), List.of("google-chrome"));
    /** How long an opener may take to fail; one still running then (a browser it started in the foreground) opened it. */
    private static final long FAIL_WITHIN_SECONDS = 3;

    @Override
    public CompletionStage<Boolean> open(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https", "mailto").contains(scheme)) {
            return CompletableFuture.completedFuture(false);
        }
        String os = os();
        List<List<String>> programs = os.contains("win") ? List.of(List.of("rundll32", "url.dll,FileProtocolHandler"))
                : os.contains("mac") ? List.of(List.of("open"))
                : scheme.equals("mailto") ? LINUX_OPENERS : concat(LINUX_OPENERS, LINUX_BROWSERS);
        return firstOf(programs, uri.toString());
    }

    @Override
    public CompletionStage<Boolean> openFile(Path file) {
        Path path = file.toAbsolutePath().normalize(); // absolute: an opener never takes it for an option
        if (!Files.isRegularFile(path)) {
            return CompletableFuture.completedFuture(false);
        }
        String os = os();
        return firstOf(os.contains("win") ? List.of(List.of("explorer")) : os.contains("mac") ? List.of(List.of("open"))
                : LINUX_OPENERS, path.toString());
    }

    @Override
    public CompletionStage<Boolean> showInFolder(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path) || path.getParent() == null) {
            return CompletableFuture.completedFuture(false);
        }
        String os = os();
        return os.contains("win") ? firstOf(List.of(List.of("explorer")), "/select," + path)
                : os.contains("mac") ? firstOf(List.of(List.of("open", "-R")), path.toString())
                : firstOf(LINUX_OPENERS, path.getParent().toString());
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }

    private static List<List<String>> concat(List<List<String>> first, List<List<String>> then) {
        List<List<String>> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** Tries the programs in turn on what is given, on a thread of its own; true once one opened it. */
    private static CompletionStage<Boolean> firstOf(List<List<String>> programs, String target) {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        Thread trying = new Thread(() -> {
            for (List<String> program : programs) {
                List<String> command = new ArrayList<>(program);
                command.add(target);
                if (opens(command)) {
                    opened.complete(true);
                    return;
                }
            }
            opened.complete(false);
        }, "lectern-desktop-opener");
        trying.setDaemon(true);
        trying.start();
        return opened;
    }

    /** Whether the command started and did not end with an error within a few seconds. */
    private static boolean opens(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false; // not installed
        }
        try {
            boolean ended = process.waitFor(FAIL_WITHIN_SECONDS, TimeUnit.SECONDS);
            if (ended && process.exitValue() != 0) {
                LOG.log(System.Logger.Level.DEBUG, command + " ended with " + process.exitValue());
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
