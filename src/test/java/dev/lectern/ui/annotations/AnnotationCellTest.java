package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A highlight in the panel reads in its own script (Japanese in 「」 and the Japanese cut, Chinese in “” and the Chinese)
 * and is dated when the reader made it.
 */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class AnnotationCellTest {

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");
    private static final String CHANGED =
            "⚠ the text changed here; you highlighted “re-anchored and reviewed later, when the article was edited”";
    private static final Instant LATER = Instant.parse("2026-12-06T09:30:00Z");

    @Start
    void start(Stage stage) {
        ListView<Annotation> list = new ListView<>();
        list.setCellFactory(view -> new AnnotationCell(a -> a instanceof Highlight h
                && h.anchor().quote().startsWith("re-anchored") ? CHANGED : ""));
        list.getItems().setAll(List.of(
                highlight("この提案は、オリジンの試用期間中も変更され続けます", "Chrome’s note"),
                highlight("线程池的大小取决于任务的类型", ""),
                highlight("Service workers run off the main thread", "").tagged(List.of("design", "aws"), T),
                highlight("re-anchored and reviewed later", "").anchoredAt(new Anchor("re-anchored and reviewed later",
                        "", "", 5, 35, null), LATER),
                highlight("a note of a whole book", "長".repeat(1_000_000))));
        Scene scene = new Scene(list, 420, 700);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/lectern/ui/lectern.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Highlight highlight(String quote, String note) {
        return Highlight.create(new ArticleId("a.md"), new Anchor(quote, "", "", 0, quote.length(), null),
                HighlightColor.YELLOW, note, T);
    }

    @Test
    void aHighlightIsDatedWhenTheReaderMadeItNotWhenItWasReanchoredAndTagged(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        List<String> dates = robot.lookup(".annotation-meta").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text != null && !text.isEmpty()).toList();
        assertThat(dates).hasSize(5).containsOnly(when.format(T), when.format(T) + "  ·  " + CHANGED,
                when.format(T) + "  #design #aws");
        assertThat(dates).as("a highlight's tags, as the Highlights window shows them")
                .contains(when.format(T) + "  #design #aws");
    }

    /** A changed passage's warning in a 420-pixel panel wraps rather than ending "⚠ the text chang…". */
    @Test
    void aLongWarningIsShownWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label warned = robot.lookup(".annotation-meta").queryAllAs(Label.class).stream()
                .filter(label -> label.getText() != null && label.getText().contains(CHANGED)).findFirst().orElseThrow();
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) warned.lookup(".text");

        assertThat(drawn.getText()).as("the words drawn").isEqualTo(warned.getText());
    }

    @Test
    void aHugeNoteIsShownAsItsHead(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> notes = robot.lookup(".annotation-note").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text != null && text.startsWith("長")).toList();
        assertThat(notes).singleElement().isEqualTo("長".repeat(AnnotationCell.NOTE_CHARS) + "…");
    }

    @Test
    void eachQuoteIsInTheMarksAndFontCutOfItsScript(FxRobot robot) {
        List<String> families = Font.getFamilies();
        Assumptions.assumeTrue(families.contains("Noto Sans CJK SC") && families.contains("Noto Sans CJK JP"),
                "fonts-noto-cjk is not installed");
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> fonts = new HashMap<>();
        robot.interact(() -> List.of(".annotation-quote", ".annotation-note").forEach(part ->
                robot.lookup(part).queryAllAs(Label.class).stream()
                        .filter(label -> label.getText() != null && !label.getText().isBlank())
                        .forEach(label -> fonts.put(label.getText(), label.getFont().getFamily()))));

        assertThat(fonts)
                .containsEntry("「この提案は、オリジンの試用期間中も変更され続けます」", "Noto Sans CJK JP")
                .containsEntry("“线程池的大小取决于任务的类型”", "Noto Sans CJK SC")
                .containsEntry("“Service workers run off the main thread”", "Noto Sans CJK JP")
                .as("a note in English has proportional quotes too").containsEntry("Chrome’s note", "Noto Sans CJK JP");
    }

    /** A screen reader hears each row's colour, quote and note: the row's labels are a graphic, its own text empty. */
    @Test
    void everyRowSaysItsColourQuoteAndNoteToAScreenReader(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> spoken = robot.lookup(".annotation-cell").queryAll().stream()
                .map(javafx.scene.Node::getAccessibleText).filter(Objects::nonNull).toList();
        assertThat(spoken).contains("Yellow highlight: “线程池的大小取决于任务的类型”")
                .anyMatch(text -> text.startsWith("Yellow highlight: 「この提案は") && text.endsWith(". Note: Chrome’s note"));
    }
}
