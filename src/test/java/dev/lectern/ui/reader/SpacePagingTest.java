package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.ReaderScripts;
import dev.lectern.store.ReadingMemory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Space turns one page and never skips anything: on a vertical page WebKit's own paging on the typed space came on
 * top of the reader's, and one Space skipped a screenful of columns (a paragraph, a callout and a table); on a
 * horizontal page the line kept at the top was cut through its glyphs.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class SpacePagingTest {

    @TempDir
    Path root;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ReaderScripts scripts = new ReaderScripts();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
        background.shutdownNow();
    }

    /**
     * The top of the first character seen at the top of the view (some of it below the edge), in CSS pixels from the
     * view's top edge: below 0 when the edge cuts it. NaN when there is none.
     */
    private static final String FIRST_LINE_TOP = "(function(){var a=document.querySelector('.article-body')"
            + ".getBoundingClientRect();for(var y=0;y<80;y+=2){var c=document.caretRangeFromPoint(a.left+a.width/2,y);"
            + "var t=c&&c.startContainer;if(t&&t.nodeType===3&&t.nodeValue.length>0){var o=Math.min(c.startOffset,"
            + "t.nodeValue.length-1);c.setStart(t,o);c.setEnd(t,o+1);var rs=c.getClientRects();"
            + "for(var i=0;i<rs.length;i++){if(rs[i].height>0&&rs[i].bottom>0){return rs[i].top;}}}}return NaN;})()";

    /** Forty paragraphs of five sentences each: pages of whole lines to turn. */
    private static String longArticle() {
        StringBuilder body = new StringBuilder("---\ntitle: 猫\n---\n");
        for (int i = 1; i <= 40; i++) {
            body.append("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。".repeat(5)).append("\n\n");
        }
        return body.toString();
    }

    @Test
    void spaceOnAHorizontalPageKeepsAnOverlapWhoseTopLineIsWhole(FxRobot robot) throws Exception {
        ReaderView view = showArticle(robot, longArticle(), false);
        double height = number(view, "window.innerHeight");

        for (int turn = 1; turn <= 3; turn++) {
            double before = number(view, scripts.scrollOffset());
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> number(view, scripts.scrollOffset()) > before);
            WaitForAsyncUtils.waitForFxEvents();
            double moved = number(view, scripts.scrollOffset()) - before;
            assertThat(moved).as("a page with some overlap, nothing skipped").isBetween(height / 2, height - 20);
            assertThat(number(view, FIRST_LINE_TOP)).as("the line at the top, whole, after Space " + turn)
                    .isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void pageUpOnAHorizontalPageLeavesTheLineAtTheTopWhole(FxRobot robot) throws Exception {
        ReaderView view = showArticle(robot, longArticle(), false);
        robot.interact(() -> view.engine().executeScript("window.scrollTo(0, 4000)"));
        for (int turn = 1; turn <= 3; turn++) {
            double before = number(view, scripts.scrollOffset());
            robot.type(KeyCode.PAGE_UP);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> number(view, scripts.scrollOffset()) < before);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(number(view, FIRST_LINE_TOP)).as("the line at the top, whole, after Page Up " + turn)
                    .isGreaterThanOrEqualTo(0.0);
        }
    }

    /** Read by Space alone, as in a feed reader: Space pages to the end, then opens the next article. */
    @Test
    void spaceAtAnArticlesEndAsksForTheNextArticleAndNotBefore(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: 猫\n---\n");
        for (int i = 1; i <= 12; i++) {
            body.append("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。".repeat(5)).append("\n\n");
        }
        ReaderView view = showArticle(robot, body.toString(), false);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> view.onSpacePastEnd(next::incrementAndGet));

        int pages = 0;
        while (!Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(() -> view.run(scripts.atEnd())).get(10, TimeUnit.SECONDS))) {
            double before = number(view, scripts.scrollOffset());
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> number(view, scripts.scrollOffset()) > before);
            assertThat(next.get()).as("no next article while there is more to read").isZero();
            assertThat(++pages).as("pages to the end").isLessThan(30);
        }
        double end = number(view, scripts.scrollOffset());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> next.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.get()).as("one Space, one article").isEqualTo(1);
        assertThat(number(view, scripts.scrollOffset())).isEqualTo(end);
        assertThat(pages).as("the article was longer than the window").isPositive();
    }

    private ReaderView showArticle(FxRobot robot, String text, boolean vertical) throws Exception {
        Path file = root.resolve("neko.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ArticleReader articles = new ArticleReader();
        Article article = articles.read(root, file);
        ReadingMemory memory = new ReadingMemory();
        memory.setLibrary(root);
        memory.setVertical(article.id(), vertical);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater, memory);
        AtomicBoolean pageReady = new AtomicBoolean();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(() -> pageReady.set(true));
            stage = new Stage();
            stage.setScene(new Scene(view[0], 700, 500));
            stage.show();
            stage.requestFocus();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pageReady::get);
        robot.interact(() -> view[0].web().requestFocus());
        return view[0];
    }

    @Test
    void spaceOnAVerticalPageMovesLessThanTheWindowSoNoColumnIsSkipped(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: 猫\nlang: ja\n---\n");
        for (int i = 1; i <= 12; i++) {
            body.append("## 第").append(i).append("節\n\n");
            for (int p = 0; p < 3; p++) {
                body.append("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。".repeat(4)).append("\n\n");
            }
        }
        Path file = root.resolve("neko.md");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        ArticleReader articles = new ArticleReader();
        Article article = articles.read(root, file);
        ReadingMemory memory = new ReadingMemory();
        memory.setLibrary(root);
        memory.setVertical(article.id(), true);
        ReaderViewModel model = new ReaderViewModel(articles, new PageRenderer(), background, Platform::runLater, memory);
        AtomicBoolean pageReady = new AtomicBoolean();
        ReaderView[] view = new ReaderView[1];
        robot.interact(() -> {
            view[0] = new ReaderView(model, target -> { }, target -> null, uri -> { }, target -> null);
            view[0].onPageReady(() -> pageReady.set(true));
            stage = new Stage();
            stage.setScene(new Scene(view[0], 700, 500));
            stage.show();
            stage.requestFocus();
            model.show(root, article);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pageReady::get);
        robot.interact(() -> view[0].web().requestFocus());
        double width = number(view[0], "window.innerWidth");

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> number(view[0], scripts.scrollOffset()) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(number(view[0], scripts.scrollOffset())).as("one page along the columns, not two")
                .isLessThan(width);
    }

    private static double number(ReaderView view, String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Number) view.run(script)).doubleValue()).get(10, TimeUnit.SECONDS);
    }
}
