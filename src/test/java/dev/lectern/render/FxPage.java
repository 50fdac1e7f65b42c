package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * A WebView on a headless stage, with the page's JavaScript disabled, driven from the test thread. Registered as a
 * static extension ({@code @RegisterExtension static final FxPage fx = new FxPage();}), it starts the toolkit (as
 * TestFX does, so window tests can share it) before the class's tests and closes the page's window after each test.
 * The toolkit stays up for the JVM's next class: {@link dev.lectern.ToolkitSession} stops it when the JVM is done.
 */
final class FxPage implements BeforeAllCallback, AfterEachCallback {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private Stage stage;
    private WebView view;
    /** The page's engine while a page is shown (tests may listen to its loads). */
    WebEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) throws java.util.concurrent.TimeoutException {
        startPlatform();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private static void startPlatform() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    void show() throws Exception {
        FxThread.call(() -> {
            view = new WebView();
            engine = view.getEngine();
            engine.setJavaScriptEnabled(false);
            stage = new Stage();
            stage.setScene(new Scene(view, WIDTH, HEIGHT));
            stage.show();
            return null;
        });
    }

    void load(java.util.function.Consumer<WebEngine> loader) throws Exception {
        java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
        FxThread.call(() -> {
            engine.getLoadWorker().stateProperty().addListener((property, old, state) -> {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED) {
                    loaded.countDown();
                }
            });
            loader.accept(engine);
            return null;
        });
        assertThat(loaded.await(20, TimeUnit.SECONDS)).as("page loaded").isTrue();
        assertThat(FxThread.call(() -> engine.getLoadWorker().getState())).isEqualTo(Worker.State.SUCCEEDED);
        awaitLaidOut();
    }

    /**
     * Waits until the page has been laid out at the window's size. A load can finish before the stage's first pulse
     * sizes the WebView (under load on CI), and then the page's viewport is empty: {@code elementFromPoint} answers
     * null for every point and boxes sit where a zero-width page put them.
     */
    private void awaitLaidOut() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Boolean.TRUE.equals(eval("window.innerWidth==" + WIDTH + "&&window.innerHeight==" + HEIGHT))) {
            assertThat(System.nanoTime()).as("page laid out at the window's size").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // poll interval
        }
    }

    /**
     * How many pixels of the page, as shown now, are of a colour the test accepts (given as 0xRRGGBB), within the
     * page's CSS rectangle [x, y, width, height] (pixels match the page's at this stage's scale of 1).
     */
    int pixels(java.util.function.IntPredicate rgb, double[] rect) throws Exception {
        javafx.scene.image.Image shot = FxThread.call(() -> view.snapshot(null, null));
        int count = 0;
        int x0 = (int) Math.max(0, rect[0]);
        int y0 = (int) Math.max(0, rect[1]);
        int x1 = (int) Math.min(shot.getWidth(), rect[0] + rect[2]);
        int y1 = (int) Math.min(shot.getHeight(), rect[1] + rect[3]);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                count += rgb.test(shot.getPixelReader().getArgb(x, y) & 0xFFFFFF) ? 1 : 0;
            }
        }
        return count;
    }

    /** The box [left, top, right, bottom] of the dark pixels within the CSS rectangle, or null when there are none. */
    int[] inkBox(double[] rect) throws Exception {
        javafx.scene.image.Image shot = FxThread.call(() -> view.snapshot(null, null));
        int[] box = null;
        for (int y = (int) Math.max(0, rect[1]); y < Math.min(shot.getHeight(), rect[1] + rect[3]); y++) {
            for (int x = (int) Math.max(0, rect[0]); x < Math.min(shot.getWidth(), rect[0] + rect[2]); x++) {
                if (dark(shot.getPixelReader().getArgb(x, y) & 0xFFFFFF)) {
                    box = box == null ? new int[] {x, y, x, y}
                            : new int[] {Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)};
                }
            }
        }
        return box;
    }

    /** Whether a colour (0xRRGGBB) is dark: text, not the page's background. */
    static boolean dark(int rgb) {
        return (rgb >> 16) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128;
    }

    /** As {@link #pixels(java.util.function.IntPredicate, double[])}, waiting up to 10 s for at least min of them. */
    int awaitPixels(java.util.function.IntPredicate rgb, double[] rect, int min) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int count = pixels(rgb, rect);
        while (count < min && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // until WebKit paints
            count = pixels(rgb, rect);
        }
        return count;
    }

    /** The whole page's rectangle, for {@link #pixels}. */
    static double[] wholePage() {
        return new double[] {0, 0, WIDTH, HEIGHT};
    }

    /** The CSS rectangle of the first element the selector finds, for {@link #pixels}. */
    double[] rectOf(String selector) throws Exception {
        String[] box = ((String) eval("(function(){var b=document.querySelector('" + selector
                + "').getBoundingClientRect();return b.left+','+b.top+','+b.width+','+b.height;})()")).split(",");
        return new double[] {Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2]),
            Double.parseDouble(box[3])};
    }

    /**
     * The vertical middle of the line of the first element the selector finds that holds the words (measured on their
     * second character: a range at a line's start can report the end of the line before).
     */
    double lineMiddle(String selector, String words) throws Exception {
        return ((Number) eval("(function(){var w=document.createTreeWalker(document.querySelector('" + selector
                + "'),NodeFilter.SHOW_TEXT),n;while((n=w.nextNode())){var i=n.data.indexOf('" + words + "');if(i>=0){"
                + "var r=document.createRange();r.setStart(n,i+1);r.setEnd(n,i+2);var b=r.getBoundingClientRect();"
                + "return b.top+b.height/2;}}return -1;})()")).doubleValue();
    }

    Object eval(String script) throws Exception {
        return FxThread.call(() -> engine.executeScript(script));
    }

    /**
     * Renders markdown as a page of {@code library}, shows it from a file (as the reader does) with the annotation
     * scripts installed, and returns the page's HTML.
     */
    String showRendered(Path library, String markdown) throws Exception {
        return showRendered(library, markdown, RenderOptions.defaults(library, library.resolve("a.md")));
    }

    String showRendered(Path library, String markdown, RenderOptions options) throws Exception {
        String html = new PageRenderer().render(TestArticles.article("T"), markdown, options);
        Path page = Files.writeString(library.resolve("page.html"), html, StandardCharsets.UTF_8);
        if (EmojiFont.neededBy(html)) {
            EmojiFont.copyInto(library); // as the reading pane's page files do
        }
        show();
        load(engine -> engine.load(page.toUri().toString()));
        eval(new AnnotationScripts().install());
        return html;
    }

    private void close() {
        if (stage != null) {
            Stage shown = stage;
            Platform.runLater(shown::close);
            stage = null;
            engine = null;
            view = null;
        }
    }
}
