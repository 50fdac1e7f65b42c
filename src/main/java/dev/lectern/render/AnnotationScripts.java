package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * JavaScript snippets for highlights and bookmarks, run by the UI through {@code executeScript} (the page's own
 * scripts stay disabled). {@link #install()} must run once after each page load; the others call into it.
 * Offsets count UTF-16 units in the article body's concatenated text nodes, the same text {@link PageText} gives.
 */
public final class AnnotationScripts {

    private final String library;

    public AnnotationScripts() {
        try (InputStream in = AnnotationScripts.class.getResourceAsStream("annotations.js")) {
            if (in == null) {
                throw new IllegalStateException("annotations.js is missing from the build");
            }
            library = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines {@code window.lectern} in the page. */
    public String install() {
        return library;
    }

    /** Evaluates to the article body's plain text. */
    public String text() {
        return "window.lectern.text()";
    }

    /**
     * Evaluates to the article's text as shown (converted words as on screen) with the source offsets it stands for:
     * an object with {@code text} and {@code runs} (see {@code search.ShownText}), or null when nothing is converted.
     */
    public String shown() {
        return "window.lectern.shown()";
    }

    /** Evaluates to where the text the renderer made up (a table of contents) stands: "start,end" spans joined by ';'. */
    public String madeUp() {
        return "window.lectern.madeUp()";
    }

    /** Evaluates to the selection as JSON (start, end, heading, top, left, bottom, right) or null. */
    public String selection() {
        return "window.lectern.selection()";
    }

    /**
     * Fits the selection a drag made to the whole characters it was pressed and released on, at these viewport points:
     * on a vertical page each character stands in a box where the pointer gives the place before or after it by where
     * it is across the box. Does nothing elsewhere.
     */
    public String fitToBoxes(double pressX, double pressY, double releaseX, double releaseY) {
        return String.format(Locale.ROOT, "window.lectern.fitToBoxes(%f,%f,%f,%f)", pressX, pressY, releaseX, releaseY);
    }

    public String clearSelection() {
        return "window.lectern.clearSelection()";
    }

    /** Shows (or moves) a highlight; colour is a lower-case colour name such as "yellow". */
    public String show(String id, String color, int start, int end) {
        return "window.lectern.show(" + ReaderScripts.literal(id) + "," + ReaderScripts.literal(color) + ","
                + start + "," + end + ")";
    }

    /** A highlight to show: its id, lower-case colour name and offsets in the page text. */
    public record Shown(String id, String color, int start, int end) {
    }

    /** Shows these highlights in place of all shown, in one pass over the page; evaluates to how many fit the text. */
    public String showAll(List<Shown> highlights) {
        StringBuilder script = new StringBuilder("window.lectern.showAll([");
        for (Shown h : highlights) {
            script.append(script.charAt(script.length() - 1) == '[' ? "" : ",").append('[')
                    .append(ReaderScripts.literal(h.id())).append(',').append(ReaderScripts.literal(h.color()))
                    .append(',').append(h.start()).append(',').append(h.end()).append(']');
        }
        return script.append("])").toString();
    }

    public String remove(String id) {
        return "window.lectern.remove(" + ReaderScripts.literal(id) + ")";
    }

    /** Evaluates to the text a shown highlight covers, or null. */
    public String quoteOf(String id) {
        return "window.lectern.quoteOf(" + ReaderScripts.literal(id) + ")";
    }

    /** Selects find match i (counted from 0), as a browser does when its find bar closes; evaluates to false if none. */
    public String selectFound(int i) {
        return "window.lectern.selectFound(" + i + ")";
    }

    public String clear() {
        return "window.lectern.clear()";
    }

    /** Evaluates to the id of the highlight under a viewport point, or null. */
    public String at(double x, double y) {
        return String.format(Locale.ROOT, "window.lectern.at(%f,%f)", x, y);
    }

    /** Scrolls a passage into view and marks it until {@link #unflash()}. */
    public String flash(int start, int end) {
        return "window.lectern.flash(" + start + "," + end + ")";
    }

    public String unflash() {
        return "window.lectern.unflash()";
    }

    /** Marks find or search matches, {start, end} spans in order; evaluates to how many were marked. */
    public String find(List<int[]> spans) {
        StringBuilder script = new StringBuilder("window.lectern.find([");
        for (int[] span : spans) {
            script.append(script.charAt(script.length() - 1) == '[' ? "" : ",").append('[').append(span[0]).append(',')
                    .append(span[1]).append(']');
        }
        return script.append("])").toString();
    }

    /** Evaluates to the index of the first marked match not above the view: where a find typed here starts. */
    public String findFromView() {
        return "window.lectern.findFromView()";
    }

    /** Makes one marked match the current one and scrolls it into view. */
    public String findFocus(int index) {
        return "window.lectern.findFocus(" + index + ")";
    }

    public String clearFind() {
        return "window.lectern.clearFind()";
    }
}
