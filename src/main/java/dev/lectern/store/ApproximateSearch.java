package dev.lectern.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a pattern occurs in a text with at most k edits (Sellers' dynamic programming over the text, with
 * Ukkonen's cut-off so each column only computes the rows that can still match: about O(k * text length)).
 */
final class ApproximateSearch {

    /** One approximate occurrence: text[start, end) is within errors edits of the pattern. */
    record Hit(int start, int end, int errors) {
    }

    private ApproximateSearch() {
    }

    /** The occurrences within text[from, to), one per start position (the one with fewest edits). */
    static List<Hit> find(String pattern, String text, int from, int to, int maxErrors) {
        int m = pattern.length();
        int k = Math.min(maxErrors, m);
        int[] cost = new int[m + 1];
        int[] origin = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = Math.min(i, k + 1);
            origin[i] = from;
        }
        int last = k;
        Map<Integer, Hit> byStart = new HashMap<>();
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            int diagonalCost = cost[0];
            int diagonalOrigin = origin[0];
            origin[0] = j + 1;
            int bound = Math.min(m, last + 1);
            for (int i = 1; i <= bound; i++) {
                int oldCost = cost[i];
                int oldOrigin = origin[i];
                int best = diagonalCost + (pattern.charAt(i - 1) == c ? 0 : 1);
                int bestOrigin = diagonalOrigin;
                if (cost[i - 1] + 1 < best) {
                    best = cost[i - 1] + 1;
                    bestOrigin = origin[i - 1];
                }
                if (oldCost + 1 < best) {
                    best = oldCost + 1;
                    bestOrigin = oldOrigin;
                }
                diagonalCost = oldCost;
                diagonalOrigin = oldOrigin;
                cost[i] = Math.min(best, k + 1);
                origin[i] = bestOrigin;
            }
            last = bound;
            while (last > 0 && cost[last] > k) {
                last--;
            }
            if (last == m) {
                Hit hit = new Hit(origin[m], j + 1, cost[m]);
                byStart.merge(hit.start(), hit, (a, b) -> b.errors() < a.errors() ? b : a);
            }
        }
        return new ArrayList<>(byStart.values());
    }

    /** Edit distance of two short strings (context of at most a few dozen characters). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
