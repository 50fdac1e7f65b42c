package dev.lectern.search;

import dev.lectern.model.ComposedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the words of a search occur in a text, folded as the index folds it (case, full-width forms): the
 * passages to mark in an open article. Ranges are {start, end} in UTF-16 units, in order, never overlapping.
 */
public final class TextMatches {

    /** More marks than this help nobody and slow the page down. */
    static final int MAX = 2000;

    private TextMatches() {
    }

    /** Matches of every word and quoted phrase of a search text ({@code tag:} and {@code author:} terms skipped). */
    public static List<int[]> ofQuery(String query, String text) {
        return find(Snippets.needles(QuerySyntax.parse(query)), text);
    }

    /**
     * Where in a text the words of a search stand closest together, as a result's snippet shows them: the start of the
     * first match there, -1 when none occurs (see {@link Snippets#bestMatch}).
     */
    public static int bestPassage(String query, String text) {
        return text == null ? -1 : new Snippets(QuerySyntax.parse(query)).bestMatch(text, 0);
    }

    /** A find field's text folded, and composed as the page's text is (Hangul pasted as loose jamo finds its syllables). */
    private static String literalNeedle(String literal) {
        return literal == null ? "" : Snippets.fold(ComposedText.of(literal.strip()));
    }

    /**
     * Matches of a text typed into a find field, taken literally (spaces included), in either script: 記憶體, 內存
     * and 内存 each find 内存, so a page shown converted finds what the reader sees in its source text.
     */
    public static List<int[]> ofLiteral(String literal, String text) {
        String needle = literalNeedle(literal);
        return needle.isEmpty() ? List.of() : find(scriptForms(needle), text);
    }

    /**
     * Matches of a find field's text in a page shown converted: those {@link #ofLiteral(String, String)} finds in its
     * source text, and the places where the page shows the text (as source spans), so whatever the reader sees can be
     * found: 乾燥 on a Taiwan page whose file holds 干燥, which no conversion of the query gives back.
     */
    public static List<int[]> ofLiteral(String literal, String text, ShownText shown) {
        List<int[]> inSource = ofLiteral(literal, text);
        String needle = literalNeedle(literal);
        if (shown == null || needle.isEmpty() || text == null) {
            return inSource;
        }
        List<int[]> all = new ArrayList<>(inSource);
        for (int[] span : find(List.of(needle), shown.text())) {
            all.add(shown.toSource(span[0], span[1]));
        }
        // one place found both ways (記憶體 on screen, 内存 in the file) is one match; the longer wins where two overlap
        all.sort(Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> -span[1]));
        List<int[]> merged = new ArrayList<>();
        int end = 0;
        for (int[] span : all) {
            if (span[0] >= end && span[1] > span[0] && merged.size() < MAX) {
                merged.add(span);
                end = span[1];
            }
        }
        return merged;
    }

    private static List<String> scriptForms(String needle) {
        return ChineseVariants.of(needle).stream().map(Snippets::fold).distinct().toList();
    }

    private static List<int[]> find(List<String> needles, String text) {
        return needles.isEmpty() || text == null ? List.of() : Snippets.matches(needles, Snippets.fold(text), text.length(), MAX);
    }
}
