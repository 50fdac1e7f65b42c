package dev.lectern.ui.window;

import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Shuts the JavaFX toolkit down after a window test class: a JVM that exits with WebKit still running sometimes
 * aborts at shutdown after every test passed, and the build then fails on the crashed fork. Each of these classes
 * runs in a JVM of its own, so the toolkit is never needed again.
 */
final class ToolkitShutdown implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        Platform.exit();
        for (int i = 0; i < 40 && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("JavaFX Application Thread")); i++) {
            Thread.sleep(50);
        }
    }
}
