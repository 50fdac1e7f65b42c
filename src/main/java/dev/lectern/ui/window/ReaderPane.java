package dev.lectern.ui.window;

import dev.lectern.model.Article;
import java.util.Collection;
import java.util.function.Supplier;
import static dev.lectern.ui.common.Messages.t;

import dev.lectern.ui.annotations.AnnotationLayer;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.annotations.ArticleAnnotationsView;
import dev.lectern.ui.common.Icons;
import dev.lectern.ui.common.Tips;
import dev.lectern.ui.reader.FindBar;
import dev.lectern.ui.reader.OutlineView;
import dev.lectern.ui.reader.ReaderToolbar;
import dev.lectern.ui.reader.ReaderView;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.session.BacklinksViewModel;
import dev.lectern.ui.session.ReadingSession;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;

/** The right side of the window: the reader toolbar over the reading pane, with a side panel (outline, highlights, backlinks). */
public final class ReaderPane extends BorderPane {

    private final BooleanProperty sideShown = new SimpleBooleanProperty(false);
    private final ReaderView reader;
    private final AnnotationLayer layer;
    private final TabPane side = new TabPane();
    private final Tab outlineTab;
    private final Tab notesTab;
    private final Tab linkedTab;
    /** Made the first time it is asked for. */
    private FindBar findBar;
    /** Makes the toolbar, when first shown ({@link #showToolbar}). */
    private final Supplier<ReaderToolbar> makeToolbar;
    private ReaderToolbar toolbar;
    /** Holds the toolbar over the find bar (or a stand-in), first among the children: Tab walks from it to the page. */
    private final javafx.scene.layout.VBox top = new javafx.scene.layout.VBox();

    /** The page with the find bar over it. */
    private final javafx.scene.layout.StackPane pageAndFind;

    /** The open article's versions in other languages, under the toolbar. */
    private final TranslationsBar translations;

    /** @param tagIndex the library's tag index, which knows each article's versions in its other languages */
    public ReaderPane(ReaderViewModel model, AnnotationsViewModel annotations, ReadingSession session,
               BacklinksViewModel backlinks, Consumer<URI> openExternal, Supplier<Collection<Article>> libraryArticles,
               javafx.beans.value.ObservableValue<dev.lectern.library.TagIndex> tagIndex) {
        reader = new ReaderView(model, session::follow, session::describe, openExternal, session::otherArticleOf);
        layer = new AnnotationLayer(reader, model, annotations, libraryArticles);
        this.translations = new TranslationsBar(model.articleProperty(), tagIndex, session::open);
        outlineTab = new Tab(t("side.outline"), new OutlineView(model, reader::scrollTo, reader::currentHeading));
        notesTab = new Tab(t("side.highlights"), new ArticleAnnotationsView(model, annotations, layer));
        linkedTab = new Tab(t("side.linkedFrom"));
        side.getTabs().addAll(outlineTab, notesTab, linkedTab);
        // the links to an article are looked for only while the Backlinks tab is on screen (its list made then)
        Runnable findLinks = () -> {
            if (sideShown.get() && side.getSelectionModel().getSelectedItem() == linkedTab) {
                if (linkedTab.getContent() == null) {
                    linkedTab.setContent(new LinkedFromView(backlinks, session::open));
                }
                backlinks.show(model.articleProperty().get());
            }
        };
        side.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> findLinks.run());
        sideShown.addListener((obs, was, now) -> findLinks.run());
        model.articleProperty().addListener((obs, was, now) -> findLinks.run());
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("side-panel");
        // ← and → switch the tabs keeping the ring on the chosen one (the tab pane's own arrows drop it)
        side.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean left = e.getCode() == javafx.scene.input.KeyCode.LEFT;
            if ((left || e.getCode() == javafx.scene.input.KeyCode.RIGHT) && e.getTarget() == side
                    && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                int to = side.getSelectionModel().getSelectedIndex() + (left ? -1 : 1);
                if (to >= 0 && to < side.getTabs().size()) {
                    side.getSelectionModel().select(to);
                }
                dev.lectern.ui.common.KeyboardFocus.focus(side);
            }
        });
        // the find bar floats over the page's top right corner, as browsers' do: in the page's flow it changed the
        // page's height when it opened and closed, and a vertical page reflowed its columns and lost its place
        pageAndFind = new javafx.scene.layout.StackPane(reader);
        SplitPane split = new SplitPane(pageAndFind);
        javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane(split);
        keepTabsWhole(split);
        makeToolbar = () -> {
            ReaderToolbar made = new ReaderToolbar(model, sideShown, openExternal);
            made.getChildren().addAll(0, List.of(backButton(session), starButton(model, annotations)));
            made.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> pageAfterClick(made, e));
            return made;
        };
        setTop(top);
        setCenter(centre);
        this.split = split;
        this.centre = centre;
        this.textSize = model.textSizeProperty();
        javafx.beans.InvalidationListener place = o -> requestLayout();
        sideShown.addListener(place);
        side.minWidthProperty().addListener(place);
        model.textSizeProperty().addListener(place);
    }

    private final SplitPane split;
    private final javafx.scene.layout.StackPane centre;
    private final javafx.beans.value.ObservableIntegerValue textSize;

    @Override
    protected void layoutChildren() {
        // before the children's layout, at the width the page and the panel share now (the centre takes it whole)
        placeSide(split, pageLeast(textSize.get()), getWidth() - snappedLeftInset() - snappedRightInset());
        super.layoutChildren();
    }

    /**
     * The least width of the page beside the side panel: about 20 em of the article's text (320 px at 100 %, 560 at
     * 175 % and more). Left to the split, the panel kept its width and the page got the rest: five Chinese
     * characters a line at 200 % in a small window.
     */
    static double pageLeast(int textSize) {
        return Math.max(320, Math.min(560, 20 * 16 * textSize / 100.0));
    }

    /**
     * Places the side panel beside the page, narrowed first (down to its tabs' width) so that the page keeps its
     * least width; when even that does not fit, the page narrows beside the panel: its text is never covered.
     */
    private void placeSide(SplitPane split, double least, double room) {
        boolean besides = split.getItems().contains(side);
        if (!sideShown.get()) {
            split.getItems().remove(side);
            pageAndFind.setMinWidth(USE_COMPUTED_SIZE);
            return;
        }
        // the page keeps its least width when the pane holds both; when it cannot, the page narrows beside the panel
        // (down to the panel's tabs): laid over the page, the panel had hidden the end of every line at 130 % and more
        pageAndFind.setMinWidth(room > 0 ? Math.min(least, Math.max(0, room - side.getMinWidth() - 12)) : USE_COMPUTED_SIZE);
        if (!besides) {
            split.getItems().add(side);
            split.setDividerPositions(0.62);
        }
        if (room > 0 && split.getDividerPositions()[0] * room < least) {
            split.setDividerPositions(Math.min(1, (least + 4) / room)); // the panel gives way, down to its tabs
        }
    }

    /**
     * The side panel is never narrower than its three tabs: shown again after a restart (at its share of a window laid
     * out otherwise, or a smaller screen), it read "Backl" and "E" with the overflow arrow over it.
     */
    private void keepTabsWhole(SplitPane split) {
        side.needsLayoutProperty().addListener((obs, was, now) -> {
            // the tab header area's width: the tabs, their indent and the overflow button's room
            if (!now && side.lookup(".tab-header-area") instanceof javafx.scene.layout.Region tabs) {
                javafx.geometry.Insets around = side.getInsets();
                double whole = Math.ceil(tabs.prefWidth(-1) + around.getLeft() + around.getRight()) + 4;
                if (whole > side.getMinWidth()) {
                    side.setMinWidth(whole);
                }
                // the split keeps its divider's fraction, not its panes' minimum widths: move it, leaving the page most
                double room = split.getWidth();
                if (side.getWidth() < whole - 1 && room > 0 && split.getItems().contains(side)) {
                    split.setDividerPositions(Math.max(0.35, 1 - (whole + 8) / room));
                }
            }
        });
    }

    /** Back to where the reader was (before a link within the page, or the article before), there while there is one. */
    private static Button backButton(ReadingSession session) {
        Button back = new Button(null, Icons.of(Feather.ARROW_LEFT));
        back.setId("go-back");
        back.getStyleClass().add("button-icon");
        Tips.on(back, t("toolbar.back.tip"), "Alt+Left");
        back.setOnAction(e -> session.back());
        back.visibleProperty().bind(session.canGoBackProperty());
        back.managedProperty().bind(back.visibleProperty());
        return back;
    }

    private ToggleButton starButton(ReaderViewModel model, AnnotationsViewModel annotations) {
        ToggleButton star = new ToggleButton(null, Icons.star());
        star.setId("star-article");
        star.getStyleClass().add("button-icon");
        Tips.on(star, t("toolbar.star.tip"));
        star.setOnAction(e -> layer.toggleStar());
        Runnable update = () -> {
            boolean on = model.articleProperty().get() != null && annotations.isStarred(model.articleProperty().get().id());
            star.setSelected(on);
            // until the annotation file is read, a star would be added beside one not yet known
            star.setDisable(model.articleProperty().get() == null || !annotations.isOpen());
        };
        annotations.revisionProperty().addListener((obs, was, now) -> update.run());
        model.articleProperty().addListener((obs, was, now) -> update.run());
        update.run();
        return star;
    }

    /**
     * A toolbar button clicked with the mouse hands the keyboard back to the page, as a browser's buttons do: after
     * choosing the dark theme or a larger size, Space and Page Down scroll the article, not press the button again.
     * Menus keep it while they are open; Tab still reaches every button.
     */
    private void pageAfterClick(ReaderToolbar bar, MouseEvent e) {
        for (Node node = e.getTarget() instanceof Node n ? n : null; node != null && node != bar; node = node.getParent()) {
            if (node instanceof ButtonBase && !(node instanceof MenuButton)) {
                reader.web().requestFocus();
                return;
            }
        }
    }

    /** Shows a stand-in in the toolbar's place until {@link #showToolbar}. */
    void holdToolbar(javafx.scene.Node standIn) {
        top.getChildren().setAll(standIn);
    }

    /** Puts the toolbar (and the find bar) in place (of a stand-in), made the first time. */
    void showToolbar() {
        if (toolbar == null) {
            toolbar = makeToolbar.get();
        }
        top.getChildren().setAll(toolbar, translations);
        if (!pageAndFind.getChildren().contains(findBar())) {
            javafx.scene.layout.StackPane.setAlignment(findBar, javafx.geometry.Pos.TOP_RIGHT);
            javafx.scene.layout.StackPane.setMargin(findBar, new javafx.geometry.Insets(8, 22, 0, 8));
            findBar.setMaxSize(560, javafx.scene.layout.Region.USE_PREF_SIZE);
            pageAndFind.getChildren().add(findBar);
        }
    }

    /** Shows the side panel on the outline or highlights tab, or hides it when that tab is already showing. */
    public void toggleSide(boolean highlights) {
        toggle(highlights ? notesTab : outlineTab);
    }

    /** Shows the side panel on the backlinks tab, or hides it when that tab is already showing. */
    public void toggleBacklinks() {
        toggle(linkedTab);
    }

    private void toggle(Tab tab) {
        if (sideShown.get() && side.getSelectionModel().getSelectedItem() == tab) {
            sideShown.set(false);
        } else {
            side.getSelectionModel().select(tab);
            sideShown.set(true);
        }
    }

    /** Selects the side panel's tab by its place: 0 outline, 1 highlights, 2 backlinks. */
    void selectSideTab(int index) {
        side.getSelectionModel().select(index);
    }

    /** Shows the side panel on the tab it has. */
    void showSide() {
        sideShown.set(true);
    }

    /** Hands the place of each tab the side panel turns to (see {@link #selectSideTab}). */
    void onSideTab(java.util.function.IntConsumer then) {
        side.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> then.accept(now.intValue()));
    }

    /** Whether the side panel (outline, highlights, backlinks) is shown. */
    javafx.beans.value.ObservableBooleanValue sideShownProperty() {
        return sideShown;
    }

    public ReaderView reader() {
        return reader;
    }

    public FindBar findBar() {
        if (findBar == null) {
            findBar = new FindBar(reader);
        }
        return findBar;
    }

    public AnnotationLayer layer() {
        return layer;
    }
}
