package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.FormulaGaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds an annotation's passage again in the article's current rendered plain text: at its old offsets, else the exact
 * quote elsewhere, else the quote with the formula sources it lacks ({@link FormulaGaps}), else an approximate quote
 * (at most a quarter of its characters edited), scored like Hypothesis on quote similarity, matching prefix and
 * suffix, and closeness to the old place; else it is orphaned. Stateless.
 */
public final class Reanchorer {

    private static final int WINDOW = 2000;
    private static final int MAX_CANDIDATES = 1000;
    private static final int GAP_HITS = 20;
    private static final int GAP_BUDGET = 2_000_000;
    /** Characters looked at for the places that fail at once (each costs a step or two), before the quote's share. */
    private static final int GAP_STEPS = 100_000;

    /** Where the anchor's passage is in the text now. */
    public AnchorMatch locate(Anchor anchor, String text) {
        String quote = anchor.quote();
        if (anchor.end() <= text.length() && text.startsWith(quote, anchor.start())) {
            return new AnchorMatch(AnchorState.ANCHORED, anchor.start(), anchor.end(), quote);
        }
        List<ApproximateSearch.Hit> exact = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            exact.add(new ApproximateSearch.Hit(at, at + quote.length(), 0));
        }
        if (!exact.isEmpty()) {
            return match(AnchorState.ANCHORED, best(anchor, text, exact), text);
        }
        List<ApproximateSearch.Hit> withFormulas = withFormulas(anchor, text);
        if (!withFormulas.isEmpty()) {
            return match(AnchorState.ANCHORED, best(anchor, text, withFormulas), text);
        }
        int maxErrors = quote.length() / 4;
        if (maxErrors == 0) {
            return AnchorMatch.orphaned();
        }
        int from = Math.max(0, anchor.start() - quote.length() - WINDOW);
        int to = Math.min(text.length(), anchor.end() + quote.length() + WINDOW);
        List<ApproximateSearch.Hit> near = ApproximateSearch.find(quote, text, from, to, maxErrors);
        if (near.stream().noneMatch(h -> h.errors() <= maxErrors / 2) && (from > 0 || to < text.length())) {
            near.addAll(ApproximateSearch.find(quote, text, 0, text.length(), maxErrors));
        }
        return near.isEmpty() ? AnchorMatch.orphaned() : match(AnchorState.MOVED, best(anchor, text, near), text);
    }

    /**
     * The quote found with the formula sources it lacks (quoted before formulas had words in the page's text), from a
     * little before its old place on: formulas only add words, so it is there or after. Bounded: at most
     * {@link #GAP_HITS} places, {@link #GAP_STEPS} characters looked at and 64 a place for each of the quote's (at
     * most {@link #GAP_BUDGET}), so many highlights of one article cost in proportion to their quotes.
     */
    private static List<ApproximateSearch.Hit> withFormulas(Anchor anchor, String text) {
        List<ApproximateSearch.Hit> hits = new ArrayList<>();
        String quote = anchor.quote();
        if (text.indexOf('$') < 0) {
            return hits;
        }
        int[] budget = {Math.min(GAP_BUDGET, GAP_STEPS + 64 * GAP_HITS * quote.length())};
        char first = quote.charAt(0);
        for (int at = text.indexOf(first, Math.max(0, anchor.start() - WINDOW)); at >= 0 && hits.size() < GAP_HITS
                && budget[0] > 0; at = text.indexOf(first, at + 1)) {
            int end = FormulaGaps.matchEnd(quote, text, at, budget);
            if (end > 0 && text.substring(at, end).indexOf('$') >= 0) {
                hits.add(new ApproximateSearch.Hit(at, end, 0));
            }
        }
        return hits;
    }

    private static AnchorMatch match(AnchorState state, ApproximateSearch.Hit hit, String text) {
        return new AnchorMatch(state, hit.start(), hit.end(), text.substring(hit.start(), hit.end()));
    }

    private static ApproximateSearch.Hit best(Anchor anchor, String text, List<ApproximateSearch.Hit> hits) {
        return hits.stream()
                .sorted(Comparator.comparingInt(ApproximateSearch.Hit::errors)).limit(MAX_CANDIDATES)
                .max(Comparator.comparingDouble((ApproximateSearch.Hit h) -> score(anchor, text, h))
                        .thenComparing(h -> -Math.abs(h.start() - anchor.start())))
                .orElseThrow();
    }

    private static double score(Anchor anchor, String text, ApproximateSearch.Hit hit) {
        double quote = 1.0 - (double) hit.errors() / anchor.quote().length();
        String before = text.substring(Math.max(0, hit.start() - anchor.prefix().length()), hit.start());
        String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + anchor.suffix().length()));
        double closeness = 1.0 - Math.min(1.0, Math.abs(hit.start() - anchor.start()) / (double) Math.max(1, text.length()));
        return 50 * quote + 20 * similarity(anchor.prefix(), before) + 20 * similarity(anchor.suffix(), after)
                + 2 * closeness;
    }

    private static double similarity(String expected, String actual) {
        int longest = Math.max(expected.length(), actual.length());
        return longest == 0 ? 1.0 : 1.0 - (double) ApproximateSearch.distance(expected, actual) / longest;
    }
}
