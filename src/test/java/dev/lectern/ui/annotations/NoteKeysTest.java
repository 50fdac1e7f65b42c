package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the note popover's field, Tab moves on to the tags (as in most apps' note fields) rather than typing a tab. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class NoteKeysTest {

    private final AtomicInteger finished = new AtomicInteger();
    private Button swatch;
    private TextArea note;
    private TagField tags;

    @Start
    void start(Stage stage) {
        // the popover's order: colour swatches, the note, the tags, Done
        swatch = new Button("yellow");
        note = new TextArea();
        tags = new TagField("", List::of);
        Button done = new Button("Done");
        done.setDefaultButton(true);
        done.setOnAction(e -> finished.incrementAndGet());
        VBox form = new VBox(8, swatch, note, tags, done);
        NoteKeys.install(note, form, finished::incrementAndGet);
        stage.setScene(new Scene(form, 400, 300));
        stage.show();
        stage.requestFocus();
        note.requestFocus();
    }

    @Test
    void tabLeavesTheNoteForTheTagsAndTypesNoTab(FxRobot robot) {
        robot.write("check this later");
        robot.type(KeyCode.TAB);
        robot.write("otp, phone");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(note.getText()).isEqualTo("check this later");
        assertThat(tags.getText()).isEqualTo("otp, phone");
        assertThat(tags.isFocused()).isTrue();
    }

    @Test
    void shiftTabGoesBackToTheColours(FxRobot robot) {
        robot.write("a note");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(swatch.isFocused()).isTrue();
        assertThat(note.getText()).isEqualTo("a note");
    }

    @Test
    void enterStillBreaksTheLineAndCtrlEnterFinishesFromNoteOrTags(FxRobot robot) {
        robot.write("first");
        robot.type(KeyCode.ENTER);
        robot.write("second");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getText()).isEqualTo("first\nsecond");
        assertThat(finished).hasValue(0);

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(finished).hasValue(1);
        assertThat(note.getText()).isEqualTo("first\nsecond");

        robot.type(KeyCode.TAB).write("later");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finished).as("from the tags too").hasValue(2);
    }

    @Test
    void shiftEnterBreaksTheLineAsEnterDoes(FxRobot robot) {
        // Readwise's and chat apps' new line: it typed nothing and the text ran on
        robot.write("first");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("second");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(note.getText()).isEqualTo("first\nsecond");
        assertThat(finished).hasValue(0);
    }
}
