package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.render.RenderedPage;
import dev.lectern.render.Theme;
import dev.lectern.ui.common.Icons;
import dev.lectern.ui.common.Segments;
import dev.lectern.ui.common.Tips;
import java.net.URI;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bar above the reading pane: outline, line breaks, vertical writing, remote images, the source link, the script
 * (Chinese) or furigana (Japanese), theme and text size.
 */
public final class ReaderToolbar extends HBox {

    /** The shortcuts of the light, sepia and dark themes (as in the View menu). */
    private static final String[] THEME_KEYS = {"Shortcut+1", "Shortcut+2", "Shortcut+3"};

    private final ReaderViewModel model;
    private final ToggleButton lineBreaks = new ToggleButton(t("toolbar.lineBreaks"));
    private final ToggleButton vertical = verticalButton();
    private final Button remoteImages = new Button();
    private final Hyperlink source = new Hyperlink(t("toolbar.source"));
    private final MenuButton script;
    private final MenuButton furigana;
    private URI sourceUri;

    public ReaderToolbar(ReaderViewModel model, BooleanProperty outlineShown, Consumer<URI> openExternal) {
        this.model = model;
        ToggleButton outline = new ToggleButton();
        outline.setId("side-panel-toggle");
        outline.setGraphic(Icons.of(Feather.SIDEBAR));
        outline.getStyleClass().add("button-icon");
        outline.selectedProperty().bindBidirectional(outlineShown);
        Tips.on(outline, t("toolbar.panel.tip"));

        lineBreaks.setId("keep-line-breaks");
        lineBreaks.setGraphic(Icons.of(Feather.CORNER_DOWN_LEFT));
        Tips.on(lineBreaks, t("toolbar.lineBreaks.tip"), "Shortcut+Shift+L");
        lineBreaks.setOnAction(e -> model.toggleLineBreaks());
        remoteImages.setId("load-remote-images");
        remoteImages.setGraphic(Icons.of(Feather.IMAGE));
        Tips.on(remoteImages, t("toolbar.remoteImages.tip"), "Shortcut+Shift+I");
        remoteImages.setOnAction(e -> model.allowRemoteImages());
        source.setId("original-link");
        source.setGraphic(Icons.of(Feather.EXTERNAL_LINK));
        source.setOnAction(e -> {
            if (sourceUri != null) {
                openExternal.accept(sourceUri);
            }
        });

        script = ScriptMenus.scriptButton(model);
        furigana = ScriptMenus.furiganaButton(model);
        script.setMinWidth(Region.USE_PREF_SIZE); // its name is its only label: never "S…"
        furigana.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(outline, lineBreaks, vertical, remoteImages, source, script, furigana, spacer,
                themeButtons(), sizeButtons());
        getStyleClass().addAll("pane-header", "reader-toolbar");
        model.pageProperty().addListener((obs, was, now) -> update(now));
        widthProperty().addListener((obs, was, now) -> fitLabels());
        update(model.pageProperty().get());
    }

    /**
     * Shows the buttons' words where the bar has room for them, else their icons alone (their tooltips say what they
     * do), dropping the longest words first: a narrow reading pane cut them to "Keep line …" and "V…" and hid the
     * script menu's name.
     */
    private void fitLabels() {
        Labeled[] byLength = {remoteImages, lineBreaks, source, vertical};
        for (Labeled control : byLength) {
            control.setContentDisplay(control == source ? ContentDisplay.RIGHT : ContentDisplay.LEFT);
        }
        for (int i = 0; i < byLength.length && getWidth() > 0 && prefWidth(-1) > getWidth(); i++) {
            byLength[i].setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }

    /** Vertical writing for this article: shown for Chinese and Japanese pages only. */
    private ToggleButton verticalButton() {
        ToggleButton button = new ToggleButton(t("toolbar.vertical"));
        button.setId("vertical-writing");
        button.setGraphic(Icons.of(Feather.COLUMNS));
        Tips.on(button, t("toolbar.vertical.tip"), "Shortcut+Shift+V");
        button.setOnAction(e -> model.toggleVertical());
        return button;
    }

    private void updateVertical(RenderedPage page) {
        boolean cjk = ReaderViewModel.canBeVertical(page);
        vertical.setVisible(cjk);
        vertical.setManaged(cjk);
        vertical.setSelected(model.isVertical());
    }

    private Segments themeButtons() {
        Feather[] glyphs = {Feather.SUN, Feather.COFFEE, Feather.MOON};
        ToggleButton[] buttons = new ToggleButton[Theme.values().length];
        for (Theme theme : Theme.values()) {
            ToggleButton button = new ToggleButton();
            button.setGraphic(Icons.of(glyphs[theme.ordinal() % glyphs.length]));
            button.getStyleClass().add("button-icon");
            button.setId("theme-" + theme.cssClass());
            button.setUserData(theme);
            Tips.on(button, t("menu.view.theme." + theme.name().toLowerCase(java.util.Locale.ROOT)), THEME_KEYS[theme.ordinal()]);
            button.setOnAction(e -> model.themeProperty().set(theme));
            buttons[theme.ordinal()] = button;
        }
        Segments segments = new Segments(buttons);
        buttons[model.themeProperty().get().ordinal()].setSelected(true);
        model.themeProperty().addListener((obs, was, now) -> buttons[now.ordinal()].setSelected(true));
        return segments;
    }

    private HBox sizeButtons() {
        Button smaller = new Button("A");
        smaller.setId("text-smaller");
        smaller.getStyleClass().addAll("left-pill", "text-smaller");
        Tips.on(smaller, t("toolbar.smaller.tip"));
        smaller.setOnAction(e -> model.changeTextSize(-10));
        Button larger = new Button("A");
        larger.setId("text-larger");
        larger.getStyleClass().addAll("right-pill", "text-larger");
        Tips.on(larger, t("toolbar.larger.tip"));
        larger.setOnAction(e -> model.changeTextSize(10));
        HBox box = new HBox(smaller, larger);
        box.getStyleClass().add("segments");
        HBox.setMargin(box, new Insets(0, 0, 0, 6));
        return box;
    }

    private void update(RenderedPage page) {
        boolean open = page != null;
        lineBreaks.setDisable(!open);
        lineBreaks.setSelected(open && page.lineBreaksKept());
        updateVertical(page);
        boolean remote = open && page.remoteImageCount() > 0 && model.articleProperty().get() != null
                && !model.memory().remoteImagesAllowed(model.articleProperty().get().id());
        remoteImages.setText(open ? t("toolbar.remoteImages", page.remoteImageCount()) : "");
        remoteImages.setVisible(remote);
        remoteImages.setManaged(remote);
        sourceUri = open && page.sourceUrl() != null ? toUri(page.sourceUrl()) : null;
        source.setVisible(sourceUri != null);
        source.setManaged(sourceUri != null);
        source.setTooltip(sourceUri == null ? null : Tips.of(t("toolbar.source.tip", sourceUri)));
        updateCjk(page);
        fitLabels();
    }

    /** The script button for Chinese pages, the furigana button for Japanese ones. */
    private void updateCjk(RenderedPage page) {
        script.setVisible(ScriptMenus.isChinese(page));
        script.setManaged(script.isVisible());
        furigana.setVisible(ScriptMenus.isJapanese(page));
        furigana.setManaged(furigana.isVisible());
    }

    private static URI toUri(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
