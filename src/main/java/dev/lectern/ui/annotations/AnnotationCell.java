package dev.lectern.ui.annotations;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Annotation;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.ui.common.Quoted;
import dev.lectern.ui.common.TextScript;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One highlight or bookmark in a panel: colour (or bookmark mark), the quote, the note, when, its tags, and whether it
 * moved or is lost.
 */
final class AnnotationCell extends ListCell<Annotation> {

    /** The most of a note a panel row shows (the editor has all of it): a row stays a few lines, whatever was imported. */
    static final int NOTE_CHARS = 600;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Function<Annotation, String> status;
    private final Region swatch = new Region();
    private final Label quote = new Label();
    private final Label note = new Label();
    private final Label meta = new Label();
    private final VBox text = new VBox(2, quote, note, meta);
    private final HBox box = new HBox(8, swatch, text);

    AnnotationCell(Function<Annotation, String> status) {
        this.status = status;
        swatch.setMinSize(6, 16);
        swatch.setPrefWidth(6);
        quote.setWrapText(true);
        note.setWrapText(true);
        quote.getStyleClass().add("annotation-quote");
        note.getStyleClass().add("annotation-note");
        meta.getStyleClass().add("annotation-meta");
        text.setMinWidth(0);
        quote.setMaxWidth(Double.MAX_VALUE);
        note.setMaxWidth(Double.MAX_VALUE);
        // the text takes the row's width less the swatch: the labels wrap at it (a width bound to the row's own
        // was -40 before the row was laid out, and the note then wrapped a character a line)
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        // a wrapped label in a list cell needs its height to follow the lines it wraps to
        quote.setMinHeight(Region.USE_PREF_SIZE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        // the date line carries a changed passage's warning with the words it had: wrapped, not cut to "⚠ the text chang…"
        meta.setWrapText(true);
        meta.setMaxWidth(Double.MAX_VALUE);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        setPrefWidth(0);
        getStyleClass().add("annotation-cell");
    }

    @Override
    protected void updateItem(Annotation item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String state = status.apply(item);
        String lost = state.isEmpty() ? "" : "  ·  " + state;
        if (item instanceof Highlight h) {
            swatch.setStyle("-fx-background-color: " + AnnotationPopovers.SWATCHES[h.color().ordinal()] + "; -fx-background-radius: 3;");
            Quoted.show(quote, h.anchor().quote(), 160);
            TextScript.show(note, Quoted.head(h.note(), NOTE_CHARS));
            meta.setText(WHEN.format(h.created()) + tags(h) + lost);
        } else {
            Bookmark b = (Bookmark) item;
            swatch.setStyle("-fx-background-color: -color-accent-emphasis; -fx-background-radius: 3;");
            TextScript.show(quote, (b.anchor() == null ? "★ " : "◆ ") + Quoted.head(b.label(), NOTE_CHARS));
            if (b.anchor() == null) {
                TextScript.show(note, t("annotations.wholeArticle"));
            } else {
                Quoted.show(note, b.anchor().quote(), 100);
            }
            meta.setText(WHEN.format(b.created()) + lost);
        }
        note.setVisible(!note.getText().isBlank());
        note.setManaged(note.isVisible());
        setGraphic(box);
        setAccessibleText(spoken(item, state));
    }

    /** A highlight's tags after its date, as the Highlights window shows them ("  #design #aws"), or "". */
    static String tags(Highlight h) {
        return h.tags().isEmpty() ? "" : "  " + String.join(" ", h.tags().stream().map(tag -> "#" + tag).toList());
    }

    /** The row's words for a screen reader (they are drawn as a graphic): the colour and quote, the note, its state. */
    static String spoken(Annotation item, String state) {
        String words;
        if (item instanceof Highlight h) {
            words = t("a11y.highlight", t("color." + h.color().key()), Quoted.quote(h.anchor().quote(), 300))
                    + (h.note().isBlank() ? "" : ". " + t("a11y.note", Quoted.head(h.note().strip(), NOTE_CHARS)));
        } else {
            Bookmark b = (Bookmark) item;
            words = t("a11y.bookmark", b.label()) + (b.anchor() == null ? ". " + t("annotations.wholeArticle")
                    : ". " + Quoted.quote(b.anchor().quote(), 100));
        }
        return state.isEmpty() ? words : words + ". " + state;
    }
}
