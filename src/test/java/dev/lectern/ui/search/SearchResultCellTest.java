package dev.lectern.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.CupertinoLight;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
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

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        list.setCellFactory(view -> new SearchResultCell());
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

    private static List<SearchResult> results(String title) {
        return java.util.stream.IntStream.range(0, 12).mapToObj(i -> new SearchResult(new Article(new ArticleId(i + ".md"),
                title + " " + i, null, null, List.of(), List.of(), List.of(), null, false, null, List.of(), 0, 0),
                SNIPPET, List.of(new int[] {7, 9}), List.of())).toList();
    }
}
