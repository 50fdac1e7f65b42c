package dev.lectern.search;

import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
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

    /**
     * Matches of a text typed into a find field, taken literally (spaces included), in either script: 記憶體, 內存
     * and 内存 each find 内存, so a page shown converted finds what the reader sees in its source text.
     */
    public static List<int[]> ofLiteral(String literal, String text) {
        String needle = literal == null ? "" : Snippets.fold(literal.strip());
        return needle.isEmpty() ? List.of() : find(scriptForms(needle), text);
    }

    private static List<String> scriptForms(String needle) {
        if (!ChineseVariants.hasHan(needle)) {
            return List.of(needle);
        }
        java.util.Set<String> forms = new java.util.LinkedHashSet<>(ChineseVariants.of(needle));
        for (String simple : List.of(ZhTwConverterUtil.toSimple(needle), ZhHkConverterUtil.toSimple(needle))) {
            forms.addAll(ChineseVariants.of(simple));
        }
        forms.removeIf(String::isEmpty);
        return forms.stream().map(Snippets::fold).distinct().toList();
    }

    private static List<int[]> find(List<String> needles, String text) {
        return needles.isEmpty() || text == null ? List.of() : Snippets.matches(needles, Snippets.fold(text), text.length(), MAX);
    }
}
