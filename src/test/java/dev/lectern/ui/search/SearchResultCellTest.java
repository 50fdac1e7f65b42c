package dev.lectern.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.CupertinoLight;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.ui.common.ShownScript;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A result whose title and snippet take three lines each gets a row as tall as they are, in the window's theme: its
 * title was drawn over the row above (the row took the theme's cell size, then its content's minimum, in a font not
 * yet styled).
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class SearchResultCellTest {

    private static final String LONG_TITLE = "World Monitor 实时全球情报仪表盘—— 一个由 AI 驱动的新闻聚合、地缘政治监测与基础设施跟踪系统，"
            + "统一在一个态势感知界面中呈现。";
    private static final String SNIPPET = "…Tauri、PWA 缓存 Redis（Upstash）、三级缓存、CDN、Service Worker 完整技术细节见 架构文档。"
            + " 航班数据 航班数据由 Wingbits 提供，…";

    private ListView<SearchResult> list;
    private final ShownScript script = new ShownScript();

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        list.setCellFactory(view -> new SearchResultCell(script));
        BorderPane pane = new BorderPane(list);
        pane.getStyleClass().add("search-results");
        Scene scene = new Scene(pane, 420, 700);
        scene.setUserAgentStylesheet(new CupertinoLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/lectern/ui/lectern.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyRowIsAsTallAsItsTitleAndSnippet(FxRobot robot) {
        // as a search typed letter by letter shows them: rows made for the first results show the next ones
        robot.interact(() -> list.getItems().setAll(results("短标题")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> list.getItems().setAll(results(LONG_TITLE)));
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> rows = robot.lookup(".list-cell").queryAll().stream().<ListCell<?>>map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getItem() != null && cell.isVisible()).toList();
        assertThat(rows).hasSizeGreaterThan(3);
        for (ListCell<?> row : rows) {
            Region box = (Region) row.lookup(".result-box");
            double inner = row.getHeight() - row.snappedTopInset() - row.snappedBottomInset();
            assertThat(box.getHeight()).as("row %d", row.getIndex()).isLessThanOrEqualTo(inner + 0.5);
            assertThat(box.getLayoutY()).as("row %d starts within its row", row.getIndex())
                    .isGreaterThanOrEqualTo(row.snappedTopInset() - 0.5);
        }
    }

    /**
     * A row's words reach a screen reader (they are drawn as a graphic), and its matched words and its date read at
     * 4.5 : 1 or more on the light theme's white (the matches were orange at 2.2 : 1, the date faded by opacity).
     */
    @Test
    void aResultSaysItsWordsToAScreenReaderAndItsMatchesAndDateAreReadable(FxRobot robot) {
        robot.interact(() -> {
            list.getParent().getStyleClass().add("theme-light"); // as the window's theme marks its root
            list.getItems().setAll(results("Thread pools"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> first = robot.lookup(".list-cell").queryAll().stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
        assertThat(first.getAccessibleText()).isEqualTo("Thread pools 0, " + SNIPPET.replace('\n', ' ').strip());

        javafx.scene.text.Text match = (javafx.scene.text.Text) first.lookup(".result-match");
        assertThat(contrast((javafx.scene.paint.Color) match.getFill(), javafx.scene.paint.Color.WHITE))
                .as("a matched word on white").isGreaterThanOrEqualTo(4.5);
        javafx.scene.control.Label meta = (javafx.scene.control.Label) first.lookup(".result-meta");
        assertThat(meta.getOpacity()).as("the date and path are not faded").isEqualTo(1.0);
        assertThat(contrast((javafx.scene.paint.Color) meta.getTextFill(), javafx.scene.paint.Color.WHITE))
                .isGreaterThanOrEqualTo(4.5);
    }

    /**
     * With pages shown in Taiwan's script by default, a Simplified article's result reads as its page will: title and
     * snippet converted, the matched word still marked (it was shown as written beside a converted page).
     */
    @Test
    void aChineseResultReadsInTheScriptPagesAreShownIn(FxRobot robot) {
        robot.interact(() -> {
            script.scriptProperty().set(dev.lectern.render.Script.TAIWAN);
            list.getItems().setAll(new SearchResult(new Article(new ArticleId("zh.md"), "线程池的用法", null, null,
                    List.of(), List.of(), List.of(), null, false, null, List.of(), 0, 0),
                    "我们用线程池处理请求", List.of(new int[] {3, 6}), List.of(new int[] {0, 3})));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> first = robot.lookup(".list-cell").queryAll().stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
        assertThat(first.getAccessibleText()).startsWith("執行緒池的用法, 我們用執行緒池處理請求");
        List<String> marked = first.lookupAll(".result-match").stream()
                .map(node -> ((javafx.scene.text.Text) node).getText()).toList();
        assertThat(marked).containsExactlyInAnyOrder("執行緒池", "執行緒池");
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static List<SearchResult> results(String title) {
        return java.util.stream.IntStream.range(0, 12).mapToObj(i -> new SearchResult(new Article(new ArticleId(i + ".md"),
                title + " " + i, null, null, List.of(), List.of(), List.of(), null, false, null, List.of(), 0, 0),
                SNIPPET, List.of(new int[] {7, 9}), List.of())).toList();
    }
}
