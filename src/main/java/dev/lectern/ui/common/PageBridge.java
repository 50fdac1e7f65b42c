package dev.lectern.ui.common;

import dev.lectern.render.AnnotationScripts;
import dev.lectern.render.ReaderScripts;
import dev.lectern.search.ShownText;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import netscape.javascript.JSObject;

/**
 * The one typed way to the reader's own code in the page: each call runs one of the reader's scripts (through the
 * page's script runner, which returns null while no page is loaded) and returns plain Java values and records.
 */
public final class PageBridge {

    /**
     * A selection in the article: its offsets in the page text, the heading before it, its box in the viewport, and
     * the words it shows (in the script on screen, without furigana readings).
     */
    public record Selection(int start, int end, String heading, double top, double left, double bottom, double right,
                            String shown) {
    }

    private final Function<String, Object> page;
    private final AnnotationScripts scripts = new AnnotationScripts();
    private final ReaderScripts readerScripts = new ReaderScripts();

    /** @param page runs a script in the page and returns its value (null when no page is loaded) */
    public PageBridge(Function<String, Object> page) {
        this.page = page;
    }

    /** Puts the reader's annotation code into a freshly loaded page. */
    public void install() {
        page.apply(scripts.install());
    }

    /** The page's plain text, as anchors count it; "" when there is none. */
    public String text() {
        return page.apply(scripts.text()) instanceof String s ? s : "";
    }

    /** The page's text as shown, with the source offsets it stands for; null when the page shows its source text. */
    public ShownText shown() {
        return page.apply(scripts.shown()) instanceof JSObject json && json.getMember("text") instanceof String text
                && json.getMember("runs") instanceof String runs ? ShownText.of(text, runs) : null;
    }

    /** The current selection in the article, or empty when there is none. */
    public Optional<Selection> selection() {
        Object found = page.apply("(function(){var s=" + scripts.selection() + ";return s?JSON.parse(s):null;})()");
        if (!(found instanceof JSObject json)) {
            return Optional.empty();
        }
        Object heading = json.getMember("heading");
        Object shown = json.getMember("shown");
        return Optional.of(new Selection(number(json, "start").intValue(), number(json, "end").intValue(),
                heading instanceof String h ? h : null, number(json, "top").doubleValue(),
                number(json, "left").doubleValue(), number(json, "bottom").doubleValue(), number(json, "right").doubleValue(),
                shown instanceof String words ? words : null));
    }

    private static Number number(JSObject json, String name) {
        return json.getMember(name) instanceof Number n ? n : 0;
    }

    /** Fits a drag's selection to the upright characters it was pressed and released on (page coordinates). */
    public void fitToBoxes(double pressX, double pressY, double releaseX, double releaseY) {
        page.apply(scripts.fitToBoxes(pressX, pressY, releaseX, releaseY));
    }

    public void clearSelection() {
        page.apply(scripts.clearSelection());
    }

    /** Paints these highlights in place of those painted, in one call whatever their number. */
    public void showAll(List<AnnotationScripts.Shown> highlights) {
        page.apply(scripts.showAll(highlights));
    }

    /** The id of the highlight at a point of the viewport (page coordinates), if any. */
    public Optional<String> highlightAt(double x, double y) {
        return page.apply(scripts.at(x, y)) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    /** Scrolls to the text between the offsets and flashes it. */
    public void flash(int start, int end) {
        page.apply(scripts.flash(start, end));
    }

    public void unflash() {
        page.apply(scripts.unflash());
    }

    /** Marks find matches (offsets in the page text); how many could be marked. */
    public int find(List<int[]> spans) {
        return page.apply(scripts.find(spans)) instanceof Number n ? n.intValue() : 0;
    }

    /**
     * The page's text with the text the renderer made up (a table of contents) blanked out, offsets kept: where a
     * library search's words are looked for together.
     */
    public static String ownWords(String text, String madeUp) {
        if (madeUp == null || madeUp.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (String span : madeUp.split(";")) {
            String[] ends = span.split(",");
            try {
                int start = Math.min(chars.length, Math.max(0, Integer.parseInt(ends[0].strip())));
                int end = Math.min(chars.length, Integer.parseInt(ends[1].strip()));
                java.util.Arrays.fill(chars, start, Math.max(start, end), ' ');
            } catch (RuntimeException notASpan) { // the page's answer, however odd, never breaks the find bar
                continue;
            }
        }
        return new String(chars);
    }

    /** What {@link #ownWords} takes: the made-up text's spans, "" for none. */
    public String madeUp() {
        return page.apply(scripts.madeUp()) instanceof String s ? s : "";
    }

    /** The first marked match not above the view: where a find typed here starts. */
    public int findFromView() {
        return page.apply(scripts.findFromView()) instanceof Number n ? n.intValue() : 0;
    }

    /** Scrolls to the find match at this index and shows it as the current one. */
    public void findFocus(int index) {
        page.apply(scripts.findFocus(index));
    }

    /** Selects find match index in the page, so what acts on a selection acts on it. */
    public void selectFound(int index) {
        page.apply(scripts.selectFound(index));
    }

    public void clearFind() {
        page.apply(scripts.clearFind());
    }

    /** How far the page is scrolled, in pixels, or empty while no page is loaded. */
    public OptionalDouble scrollOffset() {
        return page.apply(readerScripts.scrollOffset()) instanceof Number n ? OptionalDouble.of(n.doubleValue())
                : OptionalDouble.empty();
    }

    /**
     * Where the reader is in the page: how much of it has been reached on screen (0 to 1; a page that fits in the
     * window is reached whole), and whether it fits. Empty while no page is loaded.
     */
    public Optional<Place> place() {
        if (!(page.apply(readerScripts.readingPosition()) instanceof Number n)) {
            return Optional.empty();
        }
        double at = n.doubleValue();
        return Optional.of(at < 0 ? new Place(1.0, true) : new Place(at, false));
    }

    /** How much of a page has been reached on screen (0 to 1), and whether all of it fits in the window. */
    public record Place(double reached, boolean fits) {
    }

    /** The article's reading time in minutes, as its header gives it; -1 when unknown. */
    public boolean hasContent() {
        return Boolean.TRUE.equals(page.apply(readerScripts.hasContent()));
    }

    public int readingMinutes() {
        return page.apply(readerScripts.readingMinutes()) instanceof Number n ? n.intValue() : -1;
    }
}
