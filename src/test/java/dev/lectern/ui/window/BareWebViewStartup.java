package dev.lectern.ui.window;

import dev.lectern.ui.common.StartupTrace;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * Start-up baseline (not a test): a bare JavaFX window with a WebView loading a one-line page; prints
 * first-render-ms=N from JVM start to the first pulse after the page loaded, like
 * {@code lectern --exit-after-first-render}, and exits.
 */
public final class BareWebViewStartup {

    private BareWebViewStartup() {
    }

    public static void main(String[] args) {
        StartupTrace trace = StartupTrace.fromSystemProperty(System.out);
        trace.mark("main entered");
        Platform.startup(() -> {
            trace.mark("toolkit started");
            WebView web = new WebView();
            Stage stage = new Stage();
            Scene scene = new Scene(web, 1360, 860);
            stage.setScene(scene);
            web.getEngine().getLoadWorker().stateProperty().addListener((obs, was, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    trace.mark("WebView load finished");
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        trace.mark("first paint");
                        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("first-render-ms=" + (System.currentTimeMillis() - start));
                        Runtime.getRuntime().halt(0);
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                    Platform.requestNextPulse();
                }
            });
            stage.show();
            trace.mark("stage shown");
            web.getEngine().loadContent("<p>Hello</p>");
        });
    }
}
