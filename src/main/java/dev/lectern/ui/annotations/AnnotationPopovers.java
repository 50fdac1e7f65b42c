package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.ui.common.Quoted;
import dev.lectern.ui.common.Tips;
import java.util.Collection;
import java.util.function.Supplier;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import org.controlsfx.control.PopOver;

/** The small popovers of the reading pane: actions for a selection, and the editor of a clicked highlight. */
final class AnnotationPopovers {

    static final String[] SWATCHES = {"#ffd60a", "#34c759", "#0a84ff", "#ff3787", "#af52de"};

    private final AnnotationLayer layer;
    /** The library's articles, whose tags the tag field offers after the highlight tags. */
    private final Supplier<Collection<Article>> libraryArticles;
    private final Node owner;
    private final PopOver popOver = new PopOver();
    /** Stores what the open note editor holds, or null when none is open. */
    private Runnable storing;

    AnnotationPopovers(AnnotationLayer layer, Node owner,
                       Supplier<Collection<Article>> libraryArticles) {
        this.layer = layer;
        this.libraryArticles = libraryArticles;
        this.owner = owner;
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_CENTER);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.getStyleClass().add("annotation-popover");
    }

    void hide() {
        popOver.hide(javafx.util.Duration.ZERO);
    }

    /**
     * Colours, note, bookmark and copy for a fresh selection, over the point {@code at} (the middle of its top) or, where
     * the screen has no room above it, under {@code below} (the middle of its bottom): never over its words.
     */
    void showForSelection(AnnotationLayer.Selection selection, Point2D at, Point2D below) {
        HBox colours = colourButtons(color -> {
            layer.highlight(selection, color, "");
            hide();
        });
        Button note = action(t("popover.note"), t("popover.note.tip"), () -> showNoteFor(layer.highlight(selection,
                HighlightColor.YELLOW, ""), at, below));
        Button bookmark = action(t("popover.bookmark"), t("popover.bookmark.tip"), () -> {
            layer.bookmark(selection);
            hide();
        });
        Button copy = action(t("popover.copy"), t("popover.copy.tip"), () -> {
            layer.copyQuote(selection);
            hide();
        });
        HBox row = new HBox(6, colours, note, bookmark, copy);
        row.setPadding(new Insets(6));
        row.setId("selection-popover");
        show(row, at, below);
    }

    /** Colour, note and delete for a highlight that was clicked. */
    void showForHighlight(Highlight highlight, Point2D at) {
        showNoteFor(highlight, at, null);
    }

    /** The note's editor over the point {@code at} or, where there is no room above it, under {@code below}. */
    void showNoteFor(Highlight highlight, Point2D at, Point2D below) {
        TextArea note = new TextArea(highlight.note());
        note.setPromptText(t("popover.notePrompt"));
        note.setPrefRowCount(3);
        note.setPrefColumnCount(28);
        note.setWrapText(true);
        note.setId("note-editor");
        HighlightColor[] colour = {highlight.color()};
        Highlight[] since = {highlight}; // as the last step Ctrl+Z undoes left it
        Label meaning = new Label(colourLabel(highlight.color()));
        meaning.setId("colour-meaning");
        HBox colours = colourButtons(c -> {
            colour[0] = c;
            meaning.setText(colourLabel(c));
            Highlight after = layer.annotations().finishEditing(since[0], c, note.getText());
            since[0] = after == null ? since[0] : after;
        });
        // at most MAX_NOTE characters, said when reached: a longer one could not be read back from the file
        Label tooLong = new Label(t("popover.noteTooLong", dev.lectern.model.Highlight.MAX_NOTE));
        tooLong.setId("note-too-long");
        tooLong.setWrapText(true);
        tooLong.setMaxWidth(320);
        tooLong.managedProperty().bind(tooLong.visibleProperty());
        note.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change -> {
            int over = change.getControlNewText().length() - dev.lectern.model.Highlight.MAX_NOTE;
            if (over > 0 && change.isContentChange()) {
                String added = change.getText();
                change.setText(added.substring(0, Math.max(0, added.length() - over)));
            }
            return change;
        }));
        tooLong.setVisible(note.getLength() >= dev.lectern.model.Highlight.MAX_NOTE);
        note.lengthProperty().addListener((obs, was, now) ->
                tooLong.setVisible(now.intValue() >= dev.lectern.model.Highlight.MAX_NOTE));
        // kept as typed: stored once typing pauses, so a logout or a kill loses at most the last moments
        note.textProperty().addListener((obs, was, now) -> layer.annotations().typeNote(highlight.id(), now));
        Button delete = action(t("popover.delete"), t("popover.delete.tip"), () -> {
            layer.annotations().delete(highlight.id());
            hide();
        });
        Button done = action(t("popover.done"), t("popover.done.tip"), this::hide);
        done.setDefaultButton(true);
        TagField tags = new TagField(String.join(", ", highlight.tags()),
                () -> KnownTags.of(libraryArticles.get(), layer.annotations().all()));
        tags.setPromptText(t("tags.prompt"));
        Tips.on(tags, t("popover.tags.tip"));
        Label quote = new Label();
        Quoted.show(quote, highlight.anchor().quote(), 80);
        quote.setWrapText(true);
        quote.setMaxWidth(320);
        quote.getStyleClass().add("popover-quote");
        HBox colourRow = new HBox(8, colours, meaning);
        colourRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, quote, colourRow, note, tooLong, tags, new HBox(6, delete, done));
        box.setPadding(new Insets(8));
        NoteKeys.install(note, box, this::hide); // Tab on to the tags, never a tab in the note; Ctrl+Enter as Done
        AnnotationsViewModel annotations = layer.annotations();
        Runnable store = () -> {
            annotations.notBeforeClosing(this.storing);
            this.storing = null;
            if (!note.getText().equals(since[0].note()) || colour[0] != since[0].color()) {
                annotations.finishEditing(since[0], colour[0], note.getText());
            }
            java.util.List<String> typed = dev.lectern.model.HighlightTags.parse(tags.getText());
            if (annotations.isOpen() && annotations.store().find(highlight.id()).map(a -> a.deleted() == null).orElse(false)
                    && !typed.equals(highlight.tags())) {
                annotations.store().tagHighlight(highlight.id(), typed);
            }
        };
        // stored before the library's file closes (quitting with the editor open), or as the editor hides
        storeNow();
        storing = store;
        annotations.beforeClosing(store);
        popOver.setOnHidden(e -> {
            storeNow();
            popOver.setOnHidden(null);
        });
        show(box, at, below);
        note.requestFocus();
    }

    /** Stores what an open note editor holds, once. */
    private void storeNow() {
        Runnable store = storing;
        if (store != null) {
            store.run();
        }
    }

    /** "Pink — question" when the colour is named, else "Pink". */
    private String colourLabel(HighlightColor color) {
        String name = layer.annotations().isOpen() ? layer.annotations().store().colorNames().nameOf(color) : null;
        return t("color." + color.key()) + (name == null ? "" : " — " + name);
    }

    private void show(javafx.scene.Parent content, Point2D at, Point2D below) {
        // Space on a swatch or a button presses it and goes no further: it scrolled the page behind the popover
        content.addEventHandler(javafx.scene.input.KeyEvent.ANY, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE || " ".equals(e.getCharacter())) {
                e.consume();
            }
        });
        boolean above = below == null || fitsAbove(content, at);
        popOver.setContentNode(content);
        if (!popOver.isShowing() && at != null) {
            boolean opaque = !Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW);
            if (opaque) {
                popOver.setArrowSize(0); // no arrow to cut out of an opaque window
            }
            popOver.setArrowLocation(above ? PopOver.ArrowLocation.BOTTOM_CENTER : PopOver.ArrowLocation.TOP_CENTER);
            Point2D target = above ? at : below;
            popOver.show(owner, target.getX(), target.getY());
            if (opaque) {
                fillLikeItsBox(popOver);
                clearOf(target.getY(), above);
            }
        }
    }

    /**
     * An opaque popover's window keeps the room of the shadow around its box, painted: it reached some 20 pixels over
     * the selection's words. Moves it off the line it points at (the selection's top when above, its bottom when below).
     */
    private void clearOf(double line, boolean above) {
        double overlap = above ? popOver.getY() + popOver.getHeight() - line : line - popOver.getY();
        if (overlap > 0 && overlap < popOver.getHeight()) {
            popOver.setY(popOver.getY() + (above ? -overlap : overlap));
        }
    }

    /** Room the popover's frame and arrow take around its content. */
    private static final double FRAME = 40;

    /**
     * Whether the content, with the popover's frame, fits between the point and the top of the point's screen: a
     * selection near the top of the page (as Find leaves one) had the popover pushed down over its words.
     */
    private boolean fitsAbove(javafx.scene.Parent content, Point2D at) {
        if (at == null) {
            return true;
        }
        javafx.scene.Group holder = new javafx.scene.Group(content);
        javafx.scene.Scene measuring = new javafx.scene.Scene(holder);
        if (owner.getScene() != null) {
            measuring.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        holder.applyCss();
        double height = content.prefHeight(-1);
        holder.getChildren().clear();
        java.util.List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreensForRectangle(at.getX(), at.getY(), 1, 1);
        javafx.geometry.Rectangle2D room = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0))
                .getVisualBounds();
        return at.getY() - height - FRAME >= room.getMinY();
    }

    /**
     * Where windows cannot be transparent (X11 without a compositor: some window managers, remote desktops), the
     * popover's window is opaque and drew white around its box, a glaring frame in the dark theme: its window is filled
     * with the box's own colour instead, so it reads as one flat panel.
     */
    static void fillLikeItsBox(PopOver popOver) {
        if (popOver.getScene() != null && popOver.getScene().getRoot().lookup(".border") instanceof Shape border
                && border.getFill() instanceof Color box) {
            popOver.getScene().setFill(Color.color(box.getRed(), box.getGreen(), box.getBlue()));
        }
    }

    private HBox colourButtons(java.util.function.Consumer<HighlightColor> pick) {
        HBox box = new HBox(4);
        dev.lectern.model.ColorNames names = layer.annotations().isOpen()
                ? layer.annotations().store().colorNames() : dev.lectern.model.ColorNames.NONE;
        for (HighlightColor color : HighlightColor.values()) {
            Button swatch = new Button();
            swatch.getStyleClass().add("swatch");
            swatch.setId("swatch-" + color.key());
            swatch.setStyle("-fx-background-color: " + SWATCHES[color.ordinal()] + ";");
            String name = names.nameOf(color);
            Tips.on(swatch, Tips.withKeys(t("color." + color.key()) + (name == null ? "" : " — " + name),
                    String.valueOf(color.ordinal() + 1)));
            swatch.setOnAction(e -> pick.accept(color));
            box.getChildren().add(swatch);
        }
        return box;
    }

    private static Button action(String text, String tip, Runnable run) {
        Button button = new Button(text);
        Tips.on(button, tip);
        button.setOnAction(e -> run.run());
        return button;
    }
}
