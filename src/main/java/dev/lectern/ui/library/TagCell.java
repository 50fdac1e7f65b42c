package dev.lectern.ui.library;

import dev.lectern.ui.common.Messages;
import dev.lectern.ui.common.ShownScript;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A tag tree row: a check box (for tags and "Untagged"), the name, and the article count on the right. */
final class TagCell extends TreeCell<TagTreeItem> {

    private final CheckBox box = new CheckBox();
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox graphic;
    /** The whole name and the count: a long name ends in "…" in a narrow pane ("PLF (编程语言…"). */
    private final Tooltip tooltip = new Tooltip();
    private final ShownScript script;
    private CheckBoxTreeItem<TagTreeItem> bound;

    /** @param script the script Chinese tag names are shown in (the pages' default, as their headers show tags) */
    TagCell(ShownScript script) {
        this.script = script;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        count.getStyleClass().add("tag-count");
        name.getStyleClass().add("tag-name");
        name.setMinWidth(0);
        count.setMinWidth(Region.USE_PREF_SIZE);
        // Tab goes from the tree to the next pane, not through every row's box: Space checks the chosen row
        box.setFocusTraversable(false);
        graphic = new HBox(6, box, name, spacer, count);
        graphic.setAlignment(Pos.CENTER_LEFT);
        name.setOnMouseClicked(e -> {
            // a right-click on a tag's name checked it: only the main button does
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && bound != null && getItem() != null
                    && getItem().checkable()) {
                bound.setSelected(!bound.isSelected());
            }
        });
        getStyleClass().add("tag-cell");
        // a screen reader hears the row's words (its labels are a graphic): checking it with Space says so again
        box.selectedProperty().addListener((obs, was, now) -> describe());
        // the row is as wide as the pane: a long name ends in "…" before its count, no sideways scroll bar
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TagTreeItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            box.selectedProperty().unbindBidirectional(bound.selectedProperty());
            bound = null;
        }
        getStyleClass().removeAll("tag-section", "tag-empty");
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            setTooltip(null);
            return;
        }
        setText(null);
        name.setText(shownLabel(item));
        box.setVisible(item.checkable());
        box.setManaged(item.checkable());
        count.setText(item.kind() == TagTreeItem.Kind.SECTION ? "" : Messages.count(item.count()));
        if (item.kind() == TagTreeItem.Kind.SECTION) {
            getStyleClass().add("tag-section");
        } else if (item.count() == 0) {
            getStyleClass().add("tag-empty");
        }
        if (item.checkable() && getTreeItem() instanceof CheckBoxTreeItem<TagTreeItem> checkItem) {
            bound = checkItem;
            box.selectedProperty().bindBidirectional(checkItem.selectedProperty());
        }
        setGraphic(graphic);
        describe();
        tooltip.setText(item.kind() == TagTreeItem.Kind.SECTION ? item.label()
                : Messages.t("a11y.tagRow", shownLabel(item), item.count()));
        setTooltip(tooltip);
    }

    /** A tag's name in the shown script; the interface's own rows (All articles, Untagged) as they are. */
    private String shownLabel(TagTreeItem item) {
        return item.kind() == TagTreeItem.Kind.TAG ? script.of(item.label(), null) : item.label();
    }

    /** The row's words for a screen reader: the name, the count and, for a tag that can be checked, whether it is. */
    private void describe() {
        TagTreeItem item = getItem();
        if (item == null || isEmpty()) {
            setAccessibleText(null);
            return;
        }
        String words = item.kind() == TagTreeItem.Kind.SECTION ? item.label()
                : Messages.t("a11y.tagRow", shownLabel(item), item.count());
        setAccessibleText(item.checkable() && bound != null
                ? words + ", " + Messages.t(box.isSelected() ? "a11y.checked" : "a11y.unchecked") : words);
    }
}
