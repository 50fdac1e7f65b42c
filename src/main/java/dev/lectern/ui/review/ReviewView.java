package dev.lectern.ui.review;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import dev.lectern.ui.annotations.AnnotationDialogs;
import dev.lectern.ui.annotations.Swatches;
import dev.lectern.ui.common.Quoted;
import dev.lectern.ui.common.TextScript;
import dev.lectern.ui.common.Tips;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The daily review: one highlight at a time with its note, tags and article; ← again, → known, Enter opens it. */
public final class ReviewView extends BorderPane {

    /** The most of a highlight the card shows: a few pages of text; a highlight of a whole article ends in "…". */
    static final int QUOTE_CHARS = 5_000;

    private final ReviewViewModel model;
    private final Function<ArticleId, Article> articles;
    private final Supplier<ColorNames> colors;
    private final AnnotationDialogs dialogs;
    private final Label progress = new Label();
    private final Label quote = new Label();
    private final Label note = new Label();
    private final Label tags = new Label();
    private final Label source = new Label();
    private final Region swatch = new Region();
    private final Button more = button(t("review.more"), t("review.more.tip"), null);

    public ReviewView(ReviewViewModel model, Function<ArticleId, Article> articles, Supplier<ColorNames> colors,
                      Supplier<List<String>> knownTags, BiConsumer<ArticleId, Annotation> open) {
        this.model = model;
        this.articles = articles;
        this.colors = colors;
        this.dialogs = new AnnotationDialogs(this, knownTags);
        setId("review-view");
        getStyleClass().add("review-view");
        progress.getStyleClass().add("pane-header");
        progress.setMaxWidth(Double.MAX_VALUE);
        quote.getStyleClass().add("review-quote");
        quote.setWrapText(true);
        note.getStyleClass().add("review-note");
        note.setWrapText(true);
        tags.getStyleClass().add("review-tags");
        for (Label part : List.of(note, tags)) { // no note: no empty bar under the quote
            part.managedProperty().bind(part.textProperty().isNotEmpty());
            part.visibleProperty().bind(part.managedProperty());
        }
        source.getStyleClass().add("review-source");
        swatch.setMinSize(14, 14);
        swatch.setMaxSize(14, 14);
        more.setOnAction(e -> model.start());
        VBox card = new VBox(14, new HBox(8, swatch, source), quote, note, tags, more);
        card.setPadding(new Insets(28, 36, 28, 36));
        card.getStyleClass().add("review-card");
        // a long passage scrolls inside the card; the actions below stay in view
        ScrollPane scroller = new ScrollPane(card);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().addAll("review-scroller", "edge-to-edge");
        scroller.viewportBoundsProperty().addListener((o, was, now) -> card.setMinHeight(now.getHeight()));
        quote.setMinHeight(Region.USE_PREF_SIZE); // wrapped to their full height, never cut to a line and an ellipsis
        note.setMinHeight(Region.USE_PREF_SIZE);
        Runnable openShown = () -> {
            Highlight h = model.currentProperty().get();
            if (h != null) {
                open.accept(h.article(), h);
            }
        };
        HBox actions = new HBox(8,
                button(t("review.again"), t("review.again.tip"), model::again),
                button(t("review.known"), t("review.known.tip"), model::known),
                button(t("review.open"), t("review.open.tip"), openShown),
                button(t("review.tag"), t("review.tag.tip"), this::editTags),
                button(t("review.note"), t("review.note.tip"), this::editNote),
                button(t("review.discard"), t("review.discard.tip"), model::discard));
        actions.setAlignment(Pos.CENTER);
        actions.setId("review-actions");
        actions.disableProperty().bind(model.currentProperty().isNull()); // nothing shown: nothing to act on
        actions.setPadding(new Insets(10));
        actions.getStyleClass().add("review-actions");
        setTop(progress);
        setCenter(scroller);
        setBottom(actions);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getTarget() instanceof Button focused && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)) {
                if (e.getCode() == KeyCode.ENTER) { // a button reached by Tab does what it says, as Space does
                    focused.fire();
                    e.consume();
                }
                return;
            }
            boolean handled = true;
            switch (e.getCode()) {
                case RIGHT -> model.known();
                case LEFT -> model.again();
                case ENTER -> {
                    if (model.currentProperty().get() == null) {
                        model.start();
                    } else {
                        openShown.run();
                    }
                }
                case T -> editTags();
                case N -> editNote();
                case D -> model.discard();
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
        // the review's keys work from the moment the window opens: the view holds the keyboard focus whenever no
        // control does (its buttons are reached by Tab; a focused one that is disabled at the batch's end hands it back)
        setFocusTraversable(false);
        sceneProperty().flatMap(Scene::focusOwnerProperty).addListener((obs, was, now) -> {
            if (now == null || now.isDisabled()) {
                javafx.application.Platform.runLater(this::takeFocusIfNoneHasIt);
            }
        });
        sceneProperty().addListener((obs, was, now) -> takeFocusIfNoneHasIt());
        model.currentProperty().addListener((obs, was, now) ->
                javafx.application.Platform.runLater(this::takeFocusIfNoneHasIt));
        model.currentProperty().addListener((obs, was, now) -> update());
        model.positionProperty().addListener((obs, was, now) -> update());
        model.dueProperty().addListener((obs, was, now) -> update());
        update();
    }

    /** Takes the scene's keyboard focus if nothing has it (or the control that had it is disabled or hidden). */
    private void takeFocusIfNoneHasIt() {
        Scene scene = getScene();
        javafx.scene.Node owner = scene == null ? null : scene.getFocusOwner();
        if (scene != null && (owner == null || owner.isDisabled() || !owner.isVisible())) {
            requestFocus();
        }
    }

    private void editTags() {
        Highlight h = model.currentProperty().get();
        if (h != null) {
            dialogs.askTags(String.join(", ", h.tags())).ifPresent(model::tag);
        }
    }

    private void editNote() {
        Highlight h = model.currentProperty().get();
        if (h != null) {
            dialogs.askNote(h.note()).ifPresent(model::note);
        }
    }

    /** When the next highlight comes back, in minutes, hours or days; null when none will. */
    static String comesBack(java.time.Duration until) {
        if (until == null) {
            return null;
        }
        long minutes = Math.max(1, (until.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return t("review.next.minutes", minutes);
        }
        long hours = Math.round(minutes / 60.0);
        return hours < 24 ? t("review.next.hours", hours) : t("review.next.days", Math.round(hours / 24.0));
    }

    private void update() {
        Highlight h = model.currentProperty().get();
        int size = model.batchSizeProperty().get();
        progress.setText(h == null ? t("review.doneProgress", model.dueProperty().get())
                : t("review.progress", model.positionProperty().get() + 1, size, model.dueProperty().get()));
        more.setVisible(h == null && model.dueProperty().get() > 0);
        more.setManaged(more.isVisible());
        swatch.setVisible(h != null);
        if (h == null) {
            TextScript.show(quote, size == 0 && model.dueProperty().get() == 0 ? t("review.nothing") : t("review.done"));
            if (model.dueProperty().get() == 0) {
                // Anki and Readwise say when more come: a reader otherwise opens the review again to find out
                TextScript.show(note, comesBack(model.untilNext()));
                tags.setText(null);
                source.setText(null);
                return;
            }
            note.setText(null);
            tags.setText(null);
            source.setText(null);
            return;
        }
        TextScript.show(quote, Quoted.inMarks(Quoted.head(h.anchor().quote().strip(), QUOTE_CHARS)));
        TextScript.show(note, h.note().isBlank() ? null : Quoted.head(h.note().strip(), QUOTE_CHARS));
        tags.setText(h.tags().isEmpty() ? null : String.join("  ", h.tags().stream().map(tag -> "#" + tag).toList()));
        Article article = articles.apply(h.article());
        String title = article == null ? h.article().path() : article.title();
        TextScript.show(source, t("review.source", title, Swatches.label(h.color(), colors.get())),
                article == null ? null : article.lang());
        swatch.setStyle("-fx-background-color: " + Swatches.of(h.color())
                + "; -fx-background-radius: 7;");
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        Tips.on(button, tip);
        if (action != null) {
            button.setOnAction(e -> action.run());
        }
        return button;
    }
}
