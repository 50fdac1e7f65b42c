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
    private final ShownScript script = new ShownScript(Runnable::run, s -> java.util.concurrent.CompletableFuture.completedFuture(null));

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

    /**
     * A Korean snippet wraps between words, as the page does (keep-all): with Han in it (東京, 工夫) JavaFX broke
     * "두 시" / "간 걸린다". The matched words stay marked, inside words too, and a screen reader hears the words.
     */
    @Test
    void aKoreanSnippetWrapsBetweenWordsNeverBetweenTwoSyllables(FxRobot robot) {
        String words = "… 工夫라고 쓴다. 東京에서 서울까지 비행기로 두 시간 걸린다. 서울특별시에서 부산광역시까지 고속철도로 두 시간 반이 걸린다. 긴 글을 읽을 때는 줄 간격과 글꼴 크기가 "
                + "중요하다. Java스레드 풀을 쓰면 60킬로미터씩 달리는 것처럼 작업을 나누어 맡길 수 있다. 한국어 문장은 "
                + "띄어쓰기를 기준으로 줄을 바꾼다.";
        int busan = words.indexOf("부산");
        int thread = words.indexOf("스레드");
        robot.interact(() -> list.getItems().setAll(new SearchResult(new Article(new ArticleId("ko.md"), "아주 긴 글", null,
                null, List.of(), List.of(), List.of(), "ko", false, null, List.of(), 0, 0), words,
                List.of(new int[] {busan, busan + 2}, new int[] {thread, thread + 3}), List.of())));
        WaitForAsyncUtils.waitForFxEvents();
        for (int width : new int[] {420, 360, 300, 250, 200}) {
            robot.interact(() -> list.getScene().getWindow().setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            ListCell<?> first = robot.lookup(".list-cell").queryAll().stream().map(node -> (ListCell<?>) node)
                    .filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
            javafx.scene.text.TextFlow snippet = (javafx.scene.text.TextFlow) first.lookup(".result-snippet");
            String shown = texts(snippet).stream().map(javafx.scene.text.Text::getText).reduce("", String::concat);
            List<String> split = new java.util.ArrayList<>();
            java.util.Set<Double> lines = new java.util.TreeSet<>();
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(shown);
            while (word.find()) {
                double top = lineOf(snippet, word.start());
                double bottom = lineOf(snippet, word.end() - 1);
                lines.add(top);
                if (Math.abs(top - bottom) > 1) {
                    split.add(word.group());
                }
            }
            assertThat(lines).as("several lines at %d px", width).hasSizeGreaterThan(2);
            // JavaFX breaks a flow holding Han with the JDK's line breaker, between any two Hangul syllables, unless
            // the word is a node of its own (as on screen: "두 시" / "간 걸린다" in the app, where fonts differ)
            assertThat(snippet.getChildren()).as("no Hangul in a Text the flow may break inside")
                    .noneMatch(node -> node instanceof javafx.scene.text.Text text
                            && text.getText().chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3));
            assertThat(snippet.getChildren().stream().filter(node -> node instanceof javafx.scene.text.TextFlow)
                    .map(node -> texts((javafx.scene.Parent) node).stream().map(javafx.scene.text.Text::getText)
                            .reduce("", String::concat)).toList())
                    .as("each Korean word whole in one node").contains("두", "시간", "걸린다.", "부산광역시까지", "Java스레드");
            assertThat(split).as("words broken across lines at %d px", width).isEmpty();
            assertThat(first.lookupAll(".result-match").stream()
                    .map(node -> ((javafx.scene.text.Text) node).getText()).toList()).containsExactly("부산", "스레드");
            assertThat(first.getAccessibleText()).isEqualTo("아주 긴 글, " + words);
        }
    }

    /** The Texts of a flow in order, those inside a word's box too. */
    private static List<javafx.scene.text.Text> texts(javafx.scene.Parent parent) {
        List<javafx.scene.text.Text> texts = new java.util.ArrayList<>();
        for (javafx.scene.Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof javafx.scene.text.Text text) {
                texts.add(text);
            } else if (node instanceof javafx.scene.Parent inner) {
                texts.addAll(texts(inner));
            }
        }
        return texts;
    }

    /** The top of the line the character at index of the flow's Texts is drawn on, in scene coordinates. */
    private static double lineOf(javafx.scene.text.TextFlow flow, int index) {
        int at = index;
        for (javafx.scene.text.Text text : texts(flow)) {
            if (at < text.getText().length()) {
                javafx.scene.shape.PathElement[] caret = text.caretShape(at, true);
                return text.localToScene(0, ((javafx.scene.shape.MoveTo) caret[0]).getY()).getY();
            }
            at -= text.getText().length();
        }
        throw new IllegalArgumentException("no character " + index);
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
