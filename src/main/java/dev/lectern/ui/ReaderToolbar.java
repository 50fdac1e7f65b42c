package dev.lectern.ui;

import static dev.lectern.ui.Messages.t;

import dev.lectern.render.RenderedPage;
import dev.lectern.render.Theme;
import java.net.URI;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/** The bar above the reading pane: outline, line breaks, remote images, the source link, theme and text size. */
final class ReaderToolbar extends HBox {

    private final ReaderViewModel model;
    private final ToggleButton lineBreaks = new ToggleButton(t("toolbar.lineBreaks"));
    private final Button remoteImages = new Button();
    private final Hyperlink source = new Hyperlink(t("toolbar.source"));
    private URI sourceUri;

    ReaderToolbar(ReaderViewModel model, BooleanProperty outlineShown, Consumer<URI> openExternal) {
        this.model = model;
        ToggleButton outline = new ToggleButton(t("toolbar.panel"));
        outline.setId("side-panel-toggle");
        outline.selectedProperty().bindBidirectional(outlineShown);
        outline.setTooltip(new Tooltip(t("toolbar.panel.tip")));

        lineBreaks.setId("keep-line-breaks");
        lineBreaks.setTooltip(new Tooltip(t("toolbar.lineBreaks.tip")));
        lineBreaks.setOnAction(e -> model.toggleLineBreaks());
        remoteImages.setId("load-remote-images");
        remoteImages.setTooltip(new Tooltip(t("toolbar.remoteImages.tip")));
        remoteImages.setOnAction(e -> model.allowRemoteImages());
        source.setOnAction(e -> {
            if (sourceUri != null) {
                openExternal.accept(sourceUri);
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(outline, lineBreaks, remoteImages, source, spacer, themeButtons(), sizeButtons());
        getStyleClass().addAll("pane-header", "reader-toolbar");
        model.pageProperty().addListener((obs, was, now) -> update(now));
        update(model.pageProperty().get());
    }

    private SegmentedButton themeButtons() {
        ToggleGroup group = new ToggleGroup();
        SegmentedButton buttons = new SegmentedButton();
        buttons.setToggleGroup(group);
        for (Theme theme : Theme.values()) {
            ToggleButton button = new ToggleButton(t("theme." + theme.name().toLowerCase(java.util.Locale.ROOT)));
            button.setId("theme-" + theme.cssClass());
            button.setUserData(theme);
            button.setSelected(model.themeProperty().get() == theme);
            button.setOnAction(e -> model.themeProperty().set(theme));
            buttons.getButtons().add(button);
        }
        model.themeProperty().addListener((obs, was, now) -> buttons.getButtons()
                .forEach(b -> b.setSelected(b.getUserData() == now)));
        return buttons;
    }

    private HBox sizeButtons() {
        Button smaller = new Button("A−");
        smaller.setTooltip(new Tooltip(t("toolbar.smaller.tip")));
        smaller.setOnAction(e -> model.changeTextSize(-10));
        Button larger = new Button("A+");
        larger.setTooltip(new Tooltip(t("toolbar.larger.tip")));
        larger.setOnAction(e -> model.changeTextSize(10));
        return new HBox(2, smaller, larger);
    }

    private void update(RenderedPage page) {
        boolean open = page != null;
        lineBreaks.setDisable(!open);
        lineBreaks.setSelected(open && page.lineBreaksKept());
        boolean remote = open && page.remoteImageCount() > 0 && model.articleProperty().get() != null
                && !model.memory().remoteImagesAllowed(model.articleProperty().get().id());
        remoteImages.setText(open ? t("toolbar.remoteImages", page.remoteImageCount()) : "");
        remoteImages.setVisible(remote);
        remoteImages.setManaged(remote);
        sourceUri = open && page.sourceUrl() != null ? toUri(page.sourceUrl()) : null;
        source.setVisible(sourceUri != null);
        source.setManaged(sourceUri != null);
        source.setTooltip(sourceUri == null ? null : new Tooltip(sourceUri.toString()));
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
