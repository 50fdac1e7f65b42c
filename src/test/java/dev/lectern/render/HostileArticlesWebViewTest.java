package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lectern.Await;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile articles in a real WebView (headless, Monocle): with JavaScript disabled and the page's
 * Content-Security-Policy, no payload runs and nothing is fetched from the network; the reader's own scripts,
 * run from Java, still work.
 */
@Tag("toolkit")
class HostileArticlesWebViewTest {

    private static final String PWNED = "document.title='PWNED'";

    @TempDir
    Path library;
    @TempDir
    Path cache;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final PageRenderer renderer = new PageRenderer();
    private final ReaderScripts scripts = new ReaderScripts();
    @RegisterExtension
    static final FxPage fx = new FxPage();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = PWNED.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String hostileMarkdown() {
        String h = "http://127.0.0.1:" + server.getAddress().getPort();
        return String.join("\n\n",
                "# 恶意文章",
                "<script>" + PWNED + "</script>",
                "<script src=\"" + h + "/script.js\"></script>",
                "<svg><script>" + PWNED + "</script><image href=\"" + h + "/svg-image.png\"/></svg>",
                "<svg onload=\"" + PWNED + "\"></svg>",
                "<img src=\"nothing.png\" onerror=\"" + PWNED + "\">",
                "<img src=\"" + h + "/img.png\" onerror=\"" + PWNED + "\" srcset=\"" + h + "/srcset.png 2x\">",
                "<body onload=\"" + PWNED + "\"><div onmouseover=\"" + PWNED + "\">hover</div></body>",
                "<a id=\"js-link\" href=\"javascript:" + PWNED + "\">click</a> [md](javascript:void(0))",
                "<iframe src=\"" + h + "/frame.html\"></iframe>",
                "<iframe srcdoc=\"<script>parent." + PWNED + "</script>\"></iframe>",
                "<meta http-equiv=\"refresh\" content=\"0;url=" + h + "/refresh\">",
                "<object data=\"" + h + "/object.swf\"></object><embed src=\"" + h + "/embed.swf\">",
                "<p style=\"background:url(" + h + "/style-url.png)\">styled</p>",
                "<div style=\"background-image: u\\rl(" + h + "/escaped-url.png)\">escaped</div>",
                "<style>@import url(" + h + "/import.css); body { background: url(" + h + "/style-block.png) }</style>",
                "<link rel=\"stylesheet\" href=\"" + h + "/link.css\">",
                "![remote](" + h + "/markdown.png) <img src=\"//127.0.0.1:" + server.getAddress().getPort()
                        + "/protocol-relative.png\">",
                "[passwd](file:///etc/passwd) <a href=\"" + h + "/page\">web link</a>",
                "<form action=\"" + h + "/form\"><input type=\"image\" src=\"" + h + "/input.png\"></form>",
                "<base href=\"" + h + "/\"><video src=\"" + h + "/video.mp4\" autoplay></video>"
                        + "<audio autoplay><source src=\"" + h + "/audio.mp3\"></audio>",
                "<table background=\"" + h + "/table.png\"><tr><td>cell</td></tr></table>",
                "<details open ontoggle=\"" + PWNED + "\"><summary>more</summary>inside</details>",
                "<math><mtext><img src=\"" + h + "/math.png\"></mtext></math>",
                "![local](pics/dot.png)");
    }

    private String hostilePage() throws IOException {
        Files.createDirectories(library.resolve("pics"));
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", library.resolve("pics/dot.png").toFile());
        return renderer.render(TestArticles.article("Hostile"), hostileMarkdown(),
                RenderOptions.defaults(library, library.resolve("hostile.md")));
    }

    @Test
    void nothingRunsAndNothingIsFetchedWhenLoadedFromAFile() throws Exception {
        Path file = cache.resolve("page.html");
        Files.writeString(file, hostilePage());
        fx.show();

        fx.load(engine -> engine.load(file.toUri().toString()));

        assertSafeAndReaderScriptsWork();
        assertThat(fx.eval("document.querySelector('img[alt=local]').naturalWidth"))
                .as("a page loaded from a file shows the library's images").isEqualTo(3);
    }

    @Test
    void nothingRunsAndNothingIsFetchedWhenLoadedAsContent() throws Exception {
        String html = hostilePage();
        fx.show();

        fx.load(engine -> engine.loadContent(html, "text/html"));

        assertSafeAndReaderScriptsWork();
    }

    @Test
    void theHarnessNoticesAnUnprotectedPage() throws Exception {
        String h = "http://127.0.0.1:" + server.getAddress().getPort();
        fx.show();

        fx.load(engine -> engine.loadContent("<html><body><img src=\"" + h + "/control.png\"></body></html>"));

        Await.until(() -> requests.contains("/control.png"), Duration.ofSeconds(20));

        assertThat(requests).contains("/control.png");
    }

    @Test
    void linkClicksReachTheViewAsScheduledLoadsAndAnchorsScrollInPlace() throws Exception {
        Path file = cache.resolve("page.html");
        Files.writeString(file, renderer.render(TestArticles.article("Links", "云/计算"),
                "[TOC]\n\n## 第一节\n\n[next](other.md) [web](https://example.org/)\n",
                RenderOptions.defaults(library, library.resolve("a.md"))));
        fx.show();
        fx.load(engine -> engine.load(file.toUri().toString()));
        List<String> scheduled = new CopyOnWriteArrayList<>();
        FxThread.call(() -> {
            fx.engine.getLoadWorker().stateProperty().addListener((property, old, state) -> {
                if (state == Worker.State.SCHEDULED) {
                    scheduled.add(fx.engine.getLocation());
                    Platform.runLater(fx.engine.getLoadWorker()::cancel);
                }
            });
            return null;
        });

        fx.eval("document.querySelector('.toc a').click()");
        // one click at a time, each load cancelled before the next: four at once let a load slip past its cancel
        clickAndAwaitCancel("a.tag-chip", scheduled, 1);
        clickAndAwaitCancel("a[href=\"other.md\"]", scheduled, 2);
        clickAndAwaitCancel(".article-body a[href^=https]", scheduled, 3);

        assertThat(scheduled).containsExactly(TagLinks.PREFIX + "%E4%BA%91%2F%E8%AE%A1%E7%AE%97",
                cache.resolve("other.md").toUri().toString(), "https://example.org/");
        assertThat(TagLinks.tagOf(scheduled.get(0)).map(Object::toString)).contains("云/计算");
        assertThat(fx.eval("document.title")).isEqualTo("Links");
        assertThat(requests).isEmpty();
    }

    private void clickAndAwaitCancel(String selector, List<String> scheduled, int count) throws Exception {
        fx.eval("document.querySelector('" + selector + "').click()");
        Await.until(() -> scheduled.size() >= count && FxThread.call(
                () -> fx.engine.getLoadWorker().getState() == Worker.State.CANCELLED), Duration.ofSeconds(20));
    }

    private void assertSafeAndReaderScriptsWork() throws Exception {
        // what must not happen (a late fetch, a refresh) is given time to happen: no condition marks its absence
        TimeUnit.MILLISECONDS.sleep(800);

        assertThat(fx.eval("document.title")).isEqualTo("Hostile");
        assertThat(requests).isEmpty();
        assertThat(fx.eval("document.querySelectorAll('script, iframe, object, embed, link, base, form').length"))
                .isEqualTo(0);

        fx.eval(scripts.setTheme(Theme.DARK));
        assertThat(fx.eval("document.documentElement.className")).isEqualTo("latin theme-dark");
        fx.eval(scripts.setTextSize(150));
        assertThat(fx.eval("getComputedStyle(document.documentElement).fontSize")).isEqualTo("27px");
        assertThat(fx.eval(scripts.scrollToAnchor("恶意文章"))).isEqualTo(true);
        assertThat(fx.eval(scripts.scrollFraction())).isInstanceOf(Number.class);
        fx.eval(scripts.restoreScroll(0.5));
        assertThat(fx.eval("document.title")).isEqualTo("Hostile");
        assertThat(requests).isEmpty();
    }
}
