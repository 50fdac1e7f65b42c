package dev.lectern.store;

import dev.lectern.model.ColorNames;
import dev.lectern.model.HighlightColor;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The words the Markdown and Obsidian exports write around the reader's highlights, in the reader's language; the UI
 * gives them from its bundle, the command line writes {@link #english()}. A pattern holds {@code {0}} where its value
 * goes.
 *
 * @param title        the Markdown export's heading ("Annotations")
 * @param bookmarks    the heading over an article's bookmarks
 * @param wholeArticle after a bookmark on the whole article
 * @param noLabel      a bookmark without a label
 * @param notFound     after a passage no longer in its article
 * @param textChanged  after a passage whose words changed since, {@code {0}} the words highlighted (put in “ ”)
 * @param colors       each colour's word ("yellow")
 */
public record ExportWords(String title, String bookmarks, String wholeArticle, String noLabel, String notFound,
                          String textChanged, Map<HighlightColor, String> colors) {

    public ExportWords {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bookmarks, "bookmarks");
        Objects.requireNonNull(wholeArticle, "wholeArticle");
        Objects.requireNonNull(noLabel, "noLabel");
        Objects.requireNonNull(notFound, "notFound");
        Objects.requireNonNull(textChanged, "textChanged");
        EnumMap<HighlightColor, String> all = new EnumMap<>(HighlightColor.class);
        for (HighlightColor color : HighlightColor.values()) {
            String word = colors == null ? null : colors.get(color);
            all.put(color, word == null || word.isBlank() ? color.key() : word);
        }
        colors = Map.copyOf(all);
    }

    /** The English words, written when none are given (the command line). */
    public static ExportWords english() {
        return new ExportWords("Annotations", "Bookmarks", "whole article", "(no label)",
                "(not found in the article now)", "(the text changed; highlighted as {0})", Map.of());
    }

    /** "重点 important (yellow)" when the reader named the colour, else the colour's word. */
    public String label(ColorNames names, HighlightColor color) {
        String name = names.nameOf(color);
        return name == null ? colors.get(color) : name + " (" + colors.get(color) + ")";
    }

    /** The note after a passage whose words changed, the words highlighted put in. */
    public String textChanged(String highlighted) {
        return textChanged.replace("{0}", "“" + highlighted + "”");
    }
}
