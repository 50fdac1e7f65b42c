package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The panes start as stand-ins when asked to and take the tag tree and list where the user left their places. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class WindowPanesTest {

    private final Node tags = named("tags");
    private final Node list = named("list");
    private final Node reader = named("reader");
    private final Node tagsStandIn = named("tags stand-in");
    private final Node listStandIn = named("list stand-in");
    private final AtomicInteger tagPanesMade = new AtomicInteger();
    private final AtomicInteger listsMade = new AtomicInteger();

    private WindowPanes panes() {
        return new WindowPanes(() -> {
            tagPanesMade.incrementAndGet();
            return tags;
        }, () -> {
            listsMade.incrementAndGet();
            return list;
        }, reader, tagsStandIn, listStandIn);
    }

    @Test
    void theStandInsGiveWayToTheRealPanesWithTheDividersKept(FxRobot robot) {
        robot.interact(() -> {
            WindowPanes panes = panes();
            panes.setDividers(0.2, 0.6);
            assertThat(panes.getItems()).containsExactly(tagsStandIn, listStandIn, reader);
            assertThat(tagPanesMade).as("the tag pane is made only when it is put in place").hasValue(0);
            assertThat(listsMade).as("so is the list").hasValue(0);

            panes.fill();
            panes.fill();

            assertThat(panes.getItems()).containsExactly(tags, list, reader);
            assertThat(panes.dividers()).containsExactly(0.2, 0.6);
            assertThat(tagPanesMade).hasValue(1);
            assertThat(listsMade).hasValue(1);
        });
    }

    @Test
    void aTagPaneHiddenBeforeTheFillStaysHiddenAndComesBackReal(FxRobot robot) {
        robot.interact(() -> {
            WindowPanes panes = panes();
            panes.toggleTags();
            assertThat(panes.isTagsShown()).isFalse();

            panes.fill();
            assertThat(panes.getItems()).containsExactly(list, reader);
            assertThat(panes.isTagsShown()).isFalse();

            panes.toggleTags();
            assertThat(panes.getItems()).containsExactly(tags, list, reader);
            panes.toggleList();
            assertThat(panes.getItems()).containsExactly(tags, reader);
        });
    }

    @Test
    void thePaneLeftBesideTheReaderKeepsItsWidthWhenTheOtherIsHidden(FxRobot robot) {
        robot.interact(() -> {
            WindowPanes panes = panes();
            panes.setDividers(0.2, 0.55);
            panes.fill();
            panes.toggleList();
            assertThat(panes.getDividerPositions()).as("the tags keep their fifth").containsExactly(0.2);
            panes.toggleTags();
            panes.toggleTags();
            assertThat(panes.getDividerPositions()).as("hidden and shown again beside the reader").containsExactly(0.2);
            panes.toggleList();
            panes.toggleTags();
            assertThat(panes.getItems()).containsExactly(list, reader);
            assertThat(panes.getDividerPositions()[0]).as("the list its own width").isCloseTo(0.35, org.assertj.core.data.Offset.offset(1e-9));
            panes.toggleTags();
            assertThat(panes.getDividerPositions()).containsExactly(0.2, 0.55);
        });
    }

    @Test
    void aScreenTooNarrowForThePanesHidesTheTagsThenTheListAndShowsThemAgainWithRoom(FxRobot robot) {
        robot.interact(() -> {
            WindowPanes panes = panes();
            panes.fill();
            double all = panes.narrowest();

            panes.fitTo(all + 40); // room for all three
            assertThat(panes.getItems()).containsExactly(tags, list, reader);

            panes.fitTo(all - 1); // 1366 x 768 at 1.5 times: the tags go, the list stays
            assertThat(panes.getItems()).containsExactly(list, reader);
            assertThat(panes.narrowest()).isLessThanOrEqualTo(all - 1);
            assertThat(panes.tagsChosen()).as("kept shown for a larger screen").isTrue();

            panes.fitTo(683); // at twice the size: the reading pane alone
            assertThat(panes.getItems()).containsExactly(reader);
            assertThat(panes.narrowest()).isLessThanOrEqualTo(683);
            assertThat(panes.tagsChosen()).isTrue();
            assertThat(panes.listChosen()).isTrue();

            panes.toggleList(); // the usual key brings the list back, and a same-sized screen leaves it
            panes.fitTo(683);
            assertThat(panes.getItems()).containsExactly(list, reader);

            panes.fitTo(all); // a larger screen again: the tags come back too
            assertThat(panes.getItems()).containsExactly(tags, list, reader);
        });
    }

    @Test
    void aPaneTheReaderHidKeepsHiddenWhateverTheRoom(FxRobot robot) {
        robot.interact(() -> {
            WindowPanes panes = panes();
            panes.fill();
            panes.toggleTags();
            panes.fitTo(683);
            assertThat(panes.getItems()).containsExactly(reader);
            panes.fitTo(3000);
            assertThat(panes.getItems()).containsExactly(list, reader);
            assertThat(panes.tagsChosen()).isFalse();
        });
    }

    private static Node named(String name) {
        Pane pane = new StackPane();
        pane.setId(name.replace(' ', '-'));
        return pane;
    }
}
