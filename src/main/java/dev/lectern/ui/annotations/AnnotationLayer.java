package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.AnnotationScripts;
import dev.lectern.ui.common.OpenArticle;
import dev.lectern.ui.common.PageBridge;
import dev.lectern.ui.common.Quoted;
import dev.lectern.ui.common.ReadingPage;
import dev.lectern.ui.common.TextClipboard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Highlights and bookmarks in the reading pane: paints the open article's highlights after each load (re-anchored
 * to the current text), turns a selection into a highlight, note or bookmark (popover or keys H, 1–5, N, B, Q),
 * and opens a highlight's editor when it is clicked.
 */
public final class AnnotationLayer {

    private final ReadingPage view;
    private final OpenArticle reader;
    private final AnnotationsViewModel annotations;
    private final PageBridge page;
    private final HighlightPlacement placement;
    private final AnnotationPopovers popovers;
    /** The selection the reader typed a word over (its keys are no longer for it); null for none. */
    private Anchor typedOver;
    private String text = "";
    private HighlightColor lastColor = HighlightColor.YELLOW;
    private UUID pendingJump;
    /** The note editor opens when N is released, so the typed "n" does not land in it. */
    private Runnable noteOnRelease;
    /** Where the last press in the page was (page coordinates before zoom), to fit a drag to upright characters. */
    private Point2D pressed;
    private final List<Runnable> repainted = new ArrayList<>();

    public AnnotationLayer(ReadingPage view, OpenArticle reader, AnnotationsViewModel annotations,
                           Supplier<Collection<Article>> libraryArticles) {
        this.view = view;
        this.reader = reader;
        this.annotations = annotations;
        this.page = new PageBridge(view::run);
        this.placement = new HighlightPlacement(annotations);
        this.popovers = new AnnotationPopovers(this, view.web(), libraryArticles);
        view.onPageReady(this::pageReady);
        annotations.revisionProperty().addListener((obs, was, now) -> repaint());
        // a page shown under a new path (its file renamed or moved) is painted with the highlights filed there: they
        // were filed there before the page followed, and a delete then left its mark painted until a reopen
        reader.articleProperty().addListener((obs, was, now) -> {
            // the bar over a selection (or a highlight's editor) belongs to the page it was over: it followed a link
            // into the next article, and back, floating over text with nothing selected
            if (was != now) {
                popovers.hide();
            }
            repaint();
        });
        view.web().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed = new Point2D(e.getX(), e.getY()));
        view.web().addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        view.web().addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        view.web().addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (noteOnRelease != null) {
                Runnable open = noteOnRelease;
                noteOnRelease = null;
                e.consume();
                open.run();
            }
        });
    }

    private void pageReady() {
        page.install();
        text = page.text();
        repaint();
    }

    /** Paints the open article's highlights where they are now; moved ones are saved at their new place. */
    void repaint() {
        Article article = reader.articleProperty().get();
        if (view.shownArticle() == null || article == null || !view.shownArticle().equals(article.id())) {
            return;
        }
        List<AnnotationScripts.Shown> shown = new ArrayList<>();
        List<HighlightPlacement.Placed> placed = placement.place(article.id(), text);
        for (HighlightPlacement.Placed p : placed) {
            if (p.annotation() instanceof Highlight h) {
                shown.add(new AnnotationScripts.Shown(h.id().toString(), h.color().key(), p.start(), p.end()));
            }
        }
        long anchored = annotations.of(article.id()).stream().filter(a -> a.anchor() != null).count();
        annotations.notFoundIn(article.id(), (int) (anchored - placed.size()));
        page.showAll(shown);
        repainted.forEach(Runnable::run);
        if (pendingJump != null && placement.where(pendingJump) != null) {
            UUID id = pendingJump;
            pendingJump = null;
            jumpTo(id);
        }
    }

    /** Jumps to the annotation now if it is on screen, else as soon as its article's page is shown. */
    public void jumpWhenShown(UUID id) {
        if (!jumpTo(id)) {
            pendingJump = id;
        }
    }

    /** Scrolls to an annotation of the open article and flashes it; false when it has no place in the text. */
    boolean jumpTo(UUID id) {
        int[] where = placement.where(id);
        if (where == null) {
            return false;
        }
        page.flash(where[0], where[1]);
        PauseTransition end = new PauseTransition(Duration.millis(1400));
        end.setOnFinished(e -> page.unflash());
        end.play();
        return true;
    }

    private void onRelease(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !annotations.isOpen()) {
            return;
        }
        if (pressed != null && !event.isStillSincePress()) {
            double zoom = view.web().getZoom();
            page.fitToBoxes(pressed.getX() / zoom, pressed.getY() / zoom, event.getX() / zoom, event.getY() / zoom);
        }
        Selection selection = selection();
        if (selection != null) {
            double middle = selection.left + (selection.right - selection.left) / 2;
            popovers.showForSelection(selection, screenPoint(middle, selection.top), screenPoint(middle, selection.bottom));
        } else if (event.isStillSincePress()) {
            double zoom = view.web().getZoom();
            page.highlightAt(event.getX() / zoom, event.getY() / zoom).ifPresent(s ->
                annotations.of(reader.articleProperty().get().id()).stream()
                        .filter(a -> a.id().toString().equals(s) && a instanceof Highlight).findFirst()
                        .ifPresent(h -> popovers.showForHighlight((Highlight) h, new Point2D(event.getScreenX(), event.getScreenY()))));
        }
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || !annotations.isOpen()) {
            return;
        }
        KeyCode code = event.getCode();
        int digit = code.isDigitKey() ? code.getChar().charAt(0) - '1' : -1;
        boolean ours = code == KeyCode.H || code == KeyCode.N || code == KeyCode.B || code == KeyCode.Q
                || (digit >= 0 && digit < HighlightColor.values().length);
        if (!ours) {
            // a letter that is no selection key: the reader is typing words, and the selection lingering from before
            // is not for the keys that follow ("Web" typed to search bookmarked the passage with its b)
            if (code.isLetterKey() || code.isDigitKey()) {
                Selection lingering = selection();
                typedOver = lingering == null ? null : lingering.anchor;
            }
            return;
        }
        if (code != KeyCode.Q && !annotations.isOpen()) {
            return;
        }
        Selection selection = selection();
        if (selection == null || selection.anchor.equals(typedOver)) {
            return;
        }
        event.consume();
        popovers.hide();
        String passage = Quoted.shorten(selection.words(), 24);
        switch (code) {
            case H -> highlight(selection, lastColor, "");
            case N -> {
                Highlight made = highlight(selection, lastColor, "");
                double middle = selection.left + (selection.right - selection.left) / 2;
                Point2D at = screenPoint(middle, selection.top);
                Point2D below = screenPoint(middle, selection.bottom);
                noteOnRelease = () -> popovers.showNoteFor(made, at, below);
            }
            case B -> bookmark(selection);
            case Q -> copyQuote(selection);
            default -> highlight(selection, HighlightColor.values()[digit], "");
        }
        // a single key acted on the selection: said, as a click on the bar shows what it did
        annotations.say(code == KeyCode.B ? t("annotations.keyBookmarked", passage)
                : code == KeyCode.Q ? t("annotations.keyCopied", passage) : t("annotations.keyHighlighted", passage));
    }

    Highlight highlight(Selection selection, HighlightColor color, String note) {
        lastColor = color;
        Article article = reader.articleProperty().get();
        Highlight made = annotations.highlight(article, key(article), selection.anchor, color, note, text);
        page.clearSelection();
        return made;
    }

    Bookmark bookmark(Selection selection) {
        Article article = reader.articleProperty().get();
        String label = bookmarkLabel(selection.anchor);
        page.clearSelection();
        return annotations.bookmarkPassage(article, key(article), selection.anchor, label);
    }

    /**
     * A new bookmark's label: the heading above the passage, then the passage shortened; the heading alone when the
     * passage is the heading (it read "任务列表 — 任务列表").
     */
    static String bookmarkLabel(dev.lectern.model.Anchor anchor) {
        String heading = anchor.heading();
        String passage = anchor.quote().strip().replaceAll("\\s+", " ");
        if (heading != null && heading.strip().replaceAll("\\s+", " ").equals(passage)) {
            return heading.strip();
        }
        return (heading == null ? "" : heading + " — ") + Quoted.shorten(anchor.quote(), 40);
    }

    void copyQuote(Selection selection) {
        Article article = reader.articleProperty().get();
        String quote = "> " + selection.words().strip().replace("\n", "\n> ") + "\n>\n> — " + article.title();
        TextClipboard.copy(quote);
        page.clearSelection();
    }

    /** Stars or unstars the open article. */
    public void toggleStar() {
        Article article = reader.articleProperty().get();
        if (article != null && annotations.isOpen()) {
            annotations.toggleArticleBookmark(article, key(article));
        }
    }

    AnnotationsViewModel annotations() {
        return annotations;
    }

    private ArticleKey key(Article article) {
        return ArticleKey.of(article.title(), article.date(), text);
    }

    /** The current selection in the article, snapped, or null. */
    Selection selection() {
        if (view.shownArticle() == null) {
            return null;
        }
        PageBridge.Selection found = page.selection().orElse(null);
        if (found == null) {
            return null;
        }
        int[] snapped = SelectionSnap.snap(text, found.start(), found.end());
        if (snapped == null) {
            return null;
        }
        boolean whole = snapped[0] == found.start() && snapped[1] == found.end();
        return new Selection(Anchor.of(text, snapped[0], snapped[1], found.heading()), found.top(), found.left(),
                found.bottom(), found.right(), whole ? found.shown() : null);
    }

    private Point2D screenPoint(double x, double y) {
        double zoom = view.web().getZoom();
        return view.web().localToScreen(x * zoom, y * zoom);
    }

    /**
     * A selection in the article: where it is in the text and on screen (viewport coordinates), and the words it
     * shows when they differ in script from the text (null to use the anchor's quote).
     */
    record Selection(Anchor anchor, double top, double left, double bottom, double right, String shown) {

        /** The words to copy: as the reader sees them. */
        String words() {
            return shown != null && !shown.isBlank() ? shown : anchor.quote();
        }
    }

    /** Runs after the open article's highlights were placed again (their states may have changed). */
    void onRepainted(Runnable listener) {
        repainted.add(listener);
    }

    /**
     * How an annotation of the open article stands: "" when in place, else a few words for the reader; a passage an
     * edit changed says which words the reader highlighted (its quote is the passage as it reads now).
     */
    String status(Annotation a) {
        return switch (placement.status(a)) {
            case NOT_FOUND -> t("annotations.notFound");
            case SHIFTED -> a.anchor().originalQuote() != null
                    ? t("annotations.changedFrom", Quoted.quote(a.anchor().originalQuote(), 80))
                    : t("annotations.shifted");
            case IN_PLACE -> "";
        };
    }
}
