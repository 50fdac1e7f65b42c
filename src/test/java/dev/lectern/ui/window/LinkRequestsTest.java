package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lectern.model.Article;
import dev.lectern.ui.library.LibraryViewModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicking links in the real reading pane never makes the WebView send a request: a local HTTP server counts what
 * reaches it while links are clicked, followed with Enter, and a tag chip is clicked. External links reach the
 * (fake) system browser instead.
 */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class LinkRequestsTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;
    private List<URI> opened;
    private LibraryViewModel library;
    private WebView web;

    @Start
    void start(Stage stage) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "<h1>Remote page</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path root = Files.createDirectories(scratch.resolve("library"));
        Files.writeString(root.resolve("links.md"), "---\ntitle: Links\ntags: [chip]\n---\n"
                + "[clicked](" + base + "/clicked)\n\n"
                + "[entered](" + base + "/entered)\n\n"
                + "[protocol relative](//127.0.0.1:" + server.getAddress().getPort() + "/relative)\n\n"
                + "<a id=\"unc\" href=\"\\\\127.0.0.1\\share\\x.md\">unc</a>\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("other.md"), "---\ntitle: Other\n---\nbody\n", StandardCharsets.UTF_8);
        ReaderFixture window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false);
        library = window.library;
        opened = window.opened;
        library.open(root);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
        server.stop(0);
    }

    @Test
    void clicksEnterAndTagChipsSendNoRequest(FxRobot robot) throws Exception {
        openLinksArticle(robot);

        robot.clickOn(ReaderFixture.pointOf(robot, web, "a[href*='clicked']"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 1);
        assertThat(opened).containsExactly(URI.create(base + "/clicked"));

        robot.interact(() -> {
            web.requestFocus();
            web.getEngine().executeScript("document.querySelector(\"a[href*='entered']\").focus()");
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 2);
        assertThat(opened).last().isEqualTo(URI.create(base + "/entered"));

        robot.clickOn(ReaderFixture.pointOf(robot, web, "a[href*='relative']"));
        robot.clickOn(ReaderFixture.pointOf(robot, web, "#unc"));
        robot.clickOn(ReaderFixture.pointOf(robot, web, "a.tag-chip"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.filter().totalProperty().get() == 1
                || titles(robot).size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        // give any request that was sent a moment to arrive: wait for a request to this server from this test itself
        requestOnce();
        assertThat(opened).as("// and \\\\ links are not opened").hasSize(2);
        assertThat(titles(robot)).as("the tag chip filtered the list").containsExactly("Links");
        assertThat(requests).as("requests the reading pane sent").containsExactly("/probe");
        assertThat(ReaderFixture.pageTitle(robot, web)).isEqualTo("Links");
    }

    /** A request of our own, answered after any earlier one from the WebView (the server handles them in order). */
    private void requestOnce() throws IOException {
        try (var in = URI.create(base + "/probe").toURL().openStream()) {
            in.readAllBytes();
        }
    }

    private void openLinksArticle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get()
                && library.filter().totalProperty().get() == 2);
        web = robot.lookup("#reader-web").query();
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(a -> a.title().equals("Links")).findFirst()
                .ifPresent(a -> table.getSelectionModel().select(a)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Links".equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> titles(FxRobot robot) {
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        List<String> titles = new java.util.ArrayList<>();
        robot.interact(() -> table.getItems().forEach(a -> titles.add(a.title())));
        return titles;
    }
}
