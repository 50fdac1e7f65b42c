package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Files with problems" on a library whose files were all read well. */
@Tag("toolkit")
@ExtendWith(ApplicationExtension.class)
class ProblemsDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void withNoProblemsItSaysSoInItsOwnWordsAndItsHintKeepsOffTheEdge(FxRobot robot) {
        ProblemsDialog[] dialog = new ProblemsDialog[1];
        robot.interact(() -> {
            dialog[0] = new ProblemsDialog(stage, FXCollections.observableArrayList(), path -> false);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            TableView<?> table = (TableView<?>) dialog[0].getDialogPane().lookup("#problems-table");
            // JavaFX's "No content in table" stood there
            assertThat(table.getPlaceholder()).isInstanceOf(Label.class);
            assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(t("problems.none"));
            Label hint = (Label) dialog[0].getDialogPane().lookup("#problems-hint");
            assertThat(BorderPane.getMargin(hint)).isNotNull();
            assertThat(BorderPane.getMargin(hint).getLeft()).isGreaterThanOrEqualTo(8);
            assertThat(hint.isVisible()).as("no \"These files are still listed\" over an empty list").isFalse();
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    @Test
    void withAProblemFileItsHintShows(FxRobot robot) {
        ProblemsDialog[] dialog = new ProblemsDialog[1];
        robot.interact(() -> {
            dialog[0] = new ProblemsDialog(stage, FXCollections.observableArrayList(
                    new LibraryViewModel.Problem("bad.md", "cut at the size cap")), path -> false);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(dialog[0].getDialogPane().lookup("#problems-hint").isVisible()).isTrue();
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }
}
