package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.Facet;
import dev.lectern.library.MatchMode;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.ui.common.RowsInView;
import dev.lectern.ui.common.Segments;
import dev.lectern.ui.common.ShownScript;
import dev.lectern.ui.common.Tips;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckTreeView;

/**
 * The left pane: "All articles", the tags with counts (nested), "Untagged", and the categories, with check boxes;
 * sorted by count or by name.
 */
public final class TagTreeView extends BorderPane {

    private final ArticleFilter filter;
    private final CheckTreeView<TagTreeItem> tree = new CheckTreeView<>();
    private final List<CheckBoxTreeItem<TagTreeItem>> rows = new ArrayList<>();
    private boolean rebuilding;

    /** @param script the script Chinese tag names are shown in (the pages' default) */
    public TagTreeView(ArticleFilter filter, ShownScript script) {
        this.filter = filter;
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new TagCell(script));
        script.revisionProperty().addListener((obs, was, now) -> tree.refresh());
        tree.setId("tag-tree");
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now.getValue().kind() == TagTreeItem.Kind.ALL) {
                filter.clearTags();
            }
        });
        // a right-click neither chooses a row nor checks a tag ("All articles" chosen so cleared every check)
        tree.addEventFilter(javafx.scene.input.MouseEvent.ANY, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                e.consume();
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TreeItem<TagTreeItem> chosen = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && chosen instanceof CheckBoxTreeItem<TagTreeItem> row
                    && row.getValue().checkable()) {
                row.setSelected(!row.isSelected());
                e.consume();
            }
        });
        setTop(new javafx.scene.layout.VBox(modeBar(), orderBar()));
        setCenter(tree);
        getStyleClass().add("tag-pane");
        filter.indexProperty().addListener((obs, was, now) -> rebuild(now));
        filter.revisionProperty().addListener((obs, was, now) -> refreshCounts());
        filter.tagsByNameProperty().addListener((obs, was, now) -> rebuild(filter.indexProperty().get()));
        filter.streamingProperty().addListener((obs, was, now) -> rebuild(filter.indexProperty().get()));
        rebuild(filter.indexProperty().get());
    }

    private HBox modeBar() {
        ToggleButton all = new ToggleButton(t("tags.allOf"));
        Tips.on(all, t("tags.allOf.tip"));
        ToggleButton any = new ToggleButton(t("tags.anyOf"));
        Tips.on(any, t("tags.anyOf.tip"));
        all.setId("mode-all");
        any.setId("mode-any");
        Segments buttons = new Segments(all, any);
        buttons.getStyleClass().add("small-segments");
        all.setSelected(filter.modeProperty().get() == MatchMode.ALL);
        any.setSelected(!all.isSelected());
        all.setOnAction(e -> select(all, MatchMode.ALL));
        any.setOnAction(e -> select(any, MatchMode.ANY));
        // the mode restored from preferences arrives after the pane is built: the header follows it
        filter.modeProperty().addListener((obs, was, now) -> (now == MatchMode.ALL ? all : any).setSelected(true));
        Label title = new Label(t("tags.title"));
        title.getStyleClass().add("pane-title");
        // at the pane's narrowest the spacer gives way, not the words: "タグ" had become three dots
        title.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);
        any.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, buttons);
        bar.getStyleClass().add("pane-header");
        return bar;
    }

    /** By count (most used first) or by name (Chinese by pinyin among Latin names, Japanese by reading). */
    private HBox orderBar() {
        ToggleButton byCount = new ToggleButton(t("tags.byCount"));
        Tips.on(byCount, t("tags.byCount.tip"));
        byCount.setId("tags-by-count");
        ToggleButton byName = new ToggleButton(t("tags.byName"));
        Tips.on(byName, t("tags.byName.tip"));
        byName.setId("tags-by-name");
        Segments buttons = new Segments(byCount, byName);
        buttons.getStyleClass().add("small-segments");
        byName.setSelected(filter.tagsByNameProperty().get());
        byCount.setSelected(!byName.isSelected());
        byName.selectedProperty().addListener((obs, was, now) -> filter.tagsByNameProperty().set(now));
        filter.tagsByNameProperty().addListener((obs, was, now) -> (now ? byName : byCount).setSelected(true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, buttons);
        bar.getStyleClass().add("pane-header");
        bar.setId("tag-order-bar");
        return bar;
    }

    private List<TagNode> ordered(TagIndex index, List<TagNode> nodes) {
        return filter.tagsByNameProperty().get() ? filter.byName(index, nodes) : nodes;
    }

    private void select(ToggleButton button, MatchMode mode) {
        button.setSelected(true);
        filter.modeProperty().set(mode);
    }

    private void rebuild(TagIndex index) {
        rebuilding = true;
        rows.clear();
        CheckBoxTreeItem<TagTreeItem> root = new CheckBoxTreeItem<>(new TagTreeItem(TagTreeItem.Kind.SECTION, null, ""));
        root.getChildren().add(row(new TagTreeItem(TagTreeItem.Kind.ALL, null, t("tags.all"))));
        if (filter.streamingProperty().get()) {
            // while a new library streams in its tags are not indexed: "All articles 7,196" over "Untagged 1" and no
            // tag looked like a finished tree, and a broken one
            root.getChildren().add(row(new TagTreeItem(TagTreeItem.Kind.SECTION, null, t("tags.loading"))));
        }
        // a translated library is read in one language first: its languages come before the tags, a few rows
        section(root, t("tags.languages"), ordered(index, index.roots(Facet.LANGUAGE)));
        for (TagNode node : ordered(index, index.roots(Facet.TAG))) {
            root.getChildren().add(tagRow(node));
        }
        // in a library read whole where no article has a tag, "Untagged" would only repeat "All articles"
        if (index.size() == 0 || !index.roots(Facet.TAG).isEmpty()) {
            root.getChildren().add(row(new TagTreeItem(TagTreeItem.Kind.UNTAGGED, null, t("tags.untagged"))));
        }
        section(root, t("tags.categories"), ordered(index, index.roots(Facet.CATEGORY)));
        root.setExpanded(true);
        tree.setRoot(root);
        rebuilding = false;
        refreshCounts();
    }

    /** A section of the tree (Categories, Languages) holding these nodes; none when there are none. */
    private void section(CheckBoxTreeItem<TagTreeItem> root, String name, List<TagNode> nodes) {
        if (!nodes.isEmpty()) {
            CheckBoxTreeItem<TagTreeItem> section = row(new TagTreeItem(TagTreeItem.Kind.SECTION, null, name));
            section.setExpanded(true);
            nodes.forEach(node -> section.getChildren().add(tagRow(node)));
            root.getChildren().add(section);
        }
    }

    private CheckBoxTreeItem<TagTreeItem> tagRow(TagNode node) {
        CheckBoxTreeItem<TagTreeItem> item = row(new TagTreeItem(TagTreeItem.Kind.TAG, node.ref(), node.label()));
        node.children().forEach(child -> item.getChildren().add(tagRow(child)));
        return item;
    }

    private CheckBoxTreeItem<TagTreeItem> row(TagTreeItem value) {
        CheckBoxTreeItem<TagTreeItem> item = new CheckBoxTreeItem<>(value);
        item.setIndependent(true);
        if (value.kind() == TagTreeItem.Kind.TAG) {
            item.setSelected(filter.isChecked(value.ref()));
            item.selectedProperty().addListener((obs, was, now) -> {
                if (!rebuilding) {
                    filter.setChecked(value.ref(), now);
                }
            });
        } else if (value.kind() == TagTreeItem.Kind.UNTAGGED) {
            item.setSelected(filter.isUntaggedChecked());
            item.selectedProperty().addListener((obs, was, now) -> {
                if (!rebuilding) {
                    filter.setUntaggedChecked(now);
                }
            });
        }
        rows.add(item);
        return item;
    }

    private void refreshCounts() {
        rebuilding = true;
        CheckBoxTreeItem<TagTreeItem> checkedElsewhere = null;
        for (CheckBoxTreeItem<TagTreeItem> item : rows) {
            TagTreeItem value = item.getValue();
            switch (value.kind()) {
                case ALL -> value.setCount(filter.totalProperty().get());
                case TAG -> {
                    value.setCount(filter.count(value.ref()));
                    boolean checked = filter.isChecked(value.ref());
                    if (checked && !item.isSelected() && checkedElsewhere == null) {
                        checkedElsewhere = item;
                    }
                    item.setSelected(checked);
                }
                case UNTAGGED -> {
                    value.setCount(filter.untaggedCount());
                    item.setSelected(filter.isUntaggedChecked());
                }
                default -> {
                }
            }
        }
        rebuilding = false;
        tree.refresh();
        if (checkedElsewhere != null) {
            reveal(checkedElsewhere);
        }
    }

    /**
     * Brings a row checked from outside the tree (a chip in the article header, the go-to box) into view, its parents
     * opened: a category sits below every tag, out of sight in a large library.
     */
    private void reveal(TreeItem<TagTreeItem> item) {
        for (TreeItem<TagTreeItem> parent = item.getParent(); parent != null; parent = parent.getParent()) {
            parent.setExpanded(true);
        }
        RowsInView.show(tree, tree.getRow(item));
    }
}
