package dev.lectern;

import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Shuts the JavaFX toolkit down once, when a test JVM has run all its classes: a JVM that exits with WebKit still
 * running sometimes aborts at shutdown after every test passed, and the build then fails on the crashed fork. The
 * toolkit test classes share their JVM's toolkit, so none of them may stop it.
 */
public final class ToolkitSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Thread fxThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
        if (fxThread == null) {
            return;
        }
        Platform.exit();
        try {
            fxThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
