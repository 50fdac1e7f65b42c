package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.ui.session.BacklinksViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panel's Backlinks, shown before the search index is ready and filled once it is. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class LinkedFromViewTest {

    private static final Article TARGET = article("Project Alpha.md");
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final List<Article> all = new ArrayList<>(List.of(TARGET));
    private final SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
    private final List<Runnable> answers = new ArrayList<>();
    private BacklinksViewModel model;
    private LinkedFromView view;

    @Start
    void start(Stage stage) {
        bodies.put("Home.md", "# Home\n\nWelcome to my vault. Start with [[Project Alpha]] or the [[Reading List|reading list]].");
        bodies.put("Daily/2024-03-01.md", "## Log\n\n- Met with team about [[Project Alpha]]\n- #daily");
        bodies.put("Meeting Notes 2024-03-01.md", "Attendees: Ann, Bob\n\nDecided to use [[Project Alpha]]. #meeting");
        bodies.put("Projects/Lectern Review/Review Plan.md",
                "# Review Plan\n\nLinked from [[Home]]. Embeds a block from another note: ![[Project Alpha#^goal-list]]");
        bodies.keySet().forEach(path -> all.add(article(path)));
        model = new BacklinksViewModel((phrases, limit, wanted, keep, then) -> answers.add(() -> answer(keep, then)),
                ready, () -> all, id -> all.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null));
        view = new LinkedFromView(model, id -> { });
        // as the side panel holds it: a tab of a tab pane, in the window's style
        javafx.scene.control.TabPane side = new javafx.scene.control.TabPane(new javafx.scene.control.Tab("Backlinks", view));
        Scene scene = new Scene(side, 250, 600);
        scene.getStylesheets().add(WindowTheme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private void answer(java.util.function.BiPredicate<ArticleId, String> keep, Consumer<List<ArticleId>> then) {
        then.accept(bodies.entrySet().stream().filter(e -> keep.test(new ArticleId(e.getKey()), e.getValue()))
                .map(e -> new ArticleId(e.getKey())).toList());
    }

    @Test
    void theNotesLinkingHereFoundOnceTheIndexIsReadyAreAllOnScreen(FxRobot robot) {
        robot.interact(() -> model.show(TARGET));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".placeholder .label").queryAs(Label.class).getText())
                .as("told that the links are still being looked for").isEqualTo(dev.lectern.ui.common.Messages.t("linkedFrom.searching"));
        assertThat(answers).as("nothing asked of an index not ready").isEmpty();

        robot.interact(() -> ready.set(true));
        robot.interact(() -> answers.forEach(Runnable::run));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.linking()).hasSize(4);
        assertThat(shownTitles(robot)).as("every one drawn in the panel, not two of them")
                .containsExactlyInAnyOrder("Home", "2024-03-01", "Meeting Notes 2024-03-01", "Review Plan");
    }

    /** The titles of the cells drawn within the list's visible area. */
    private List<String> shownTitles(FxRobot robot) {
        ListView<?> list = robot.lookup("#linked-from").queryAs(ListView.class);
        Bounds area = list.localToScene(list.getLayoutBounds());
        List<String> titles = new ArrayList<>();
        for (ListCell<?> cell : robot.lookup(".list-cell").queryAllAs(ListCell.class)) {
            Bounds at = cell.localToScene(cell.getLayoutBounds());
            if (cell.getItem() instanceof Article article && cell.isVisible() && at.getMinY() < area.getMaxY()
                    && at.getMaxY() > area.getMinY() && at.getHeight() > 0) {
                titles.add(article.title());
            }
        }
        return titles;
    }

    private static Article article(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        return new Article(new ArticleId(path), name, null, null, List.of(), List.of(), List.of(), null, false, null,
                List.of(), 0, 0);
    }
}
