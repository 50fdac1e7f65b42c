package dev.lectern.ui.library;

import dev.lectern.ui.common.Tips;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * A row of small toggles over the article list: All, Unread, In progress, Read — each with how many it would show. In a
 * list too narrow for them all (large counts at its narrowest), the last ones wrap onto a second row.
 */
final class ReadFilterBar extends FlowPane {

    ReadFilterBar(ArticleFilter filter, ReadStatesViewModel readStates) {
        super(4, 2);
        ToggleGroup group = new ToggleGroup();
        for (ReadFilter choice : ReadFilter.values()) {
            ToggleButton button = new ToggleButton(choice.label());
            button.setId("read-filter-" + choice.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(choice);
            button.setSelected(filter.readFilterProperty().get() == choice);
            button.getStyleClass().add("read-filter");
            button.setMinWidth(USE_PREF_SIZE); // at the list's narrowest, "All" was cut to three dots
            Tips.on(button, choice.tip());
            button.setOnAction(e -> {
                button.setSelected(true);
                filter.readFilterProperty().set(choice);
            });
            if (choice.state() != null) {
                Label count = new Label();
                count.getStyleClass().add("read-filter-count");
                button.setGraphic(count);
                button.setContentDisplay(ContentDisplay.RIGHT);
            }
            getChildren().add(button);
        }
        // reached by Tab (the chosen one, as in a radio group); the arrows choose the next or previous one
        dev.lectern.ui.common.KeyboardFocus.arrowsWithin(getChildren().stream().map(ToggleButton.class::cast).toList());
        filter.readFilterProperty().addListener((obs, was, now) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == now)));
        filter.revisionProperty().addListener((obs, was, now) -> updateCounts(filter));
        readStates.revisionProperty().addListener((obs, was, now) -> updateCounts(filter));
        getStyleClass().add("read-filter-bar");
        setId("read-filter-bar");
        updateCounts(filter);
    }

    private void updateCounts(ArticleFilter filter) {
        for (var node : getChildren()) {
            ToggleButton button = (ToggleButton) node;
            ReadFilter choice = (ReadFilter) button.getUserData();
            if (button.getGraphic() instanceof Label count) {
                count.setText(dev.lectern.ui.common.Messages.count(filter.stateCount(choice.state())));
            }
        }
    }
}
