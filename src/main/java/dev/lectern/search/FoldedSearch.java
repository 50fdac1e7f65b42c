package dev.lectern.search;

/**
 * Finds a folded needle in a text as if the text were folded first ({@link Snippets#foldChar}), without folding it:
 * it jumps between the places where the needle's rarest character stands in any of the forms that fold to it
 * ({@code k}, {@code K}, {@code ｋ}, {@code Ｋ}, the Kelvin sign) with {@link String#indexOf(int, int)}, which the JVM
 * vectorises, and compares the rest there. Folding a whole file to look through it was most of the time of a search
 * that checks files (a copy, a table lookup and a compaction per character).
 */
final class FoldedSearch {

    /** For each folded character c, the characters that fold to it: FROM[START[c]] to FROM[START[c + 1]]. */
    private static final int[] START = new int[Character.MAX_VALUE + 2];
    private static final char[] FROM = new char[Character.MAX_VALUE + 1];
    /**
     * How common an ASCII character is in articles (a rough English and code letter frequency; anything else is rare):
     * the needle is anchored on its least common character, so that few places are compared.
     */
    private static final String COMMON_FIRST = " etaoinsrhldcumfpgwybvkxjqz";

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            START[Snippets.foldChar((char) c) + 1]++;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            START[c + 1] += START[c];
        }
        int[] next = START.clone();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FROM[next[Snippets.foldChar((char) c)]++] = (char) c;
        }
    }

    private FoldedSearch() {
    }

    /** Whether the text, folded, holds the folded needle; an empty needle is held by any text. */
    static boolean contains(String text, String needle) {
        return indexOf(text, needle, 0) >= 0;
    }

    /** Markdown's inline marks, which the page does not show (bold, italics, code, strikethrough). */
    private static final String INLINE_MARKS = "*_`~";

    /**
     * Whether the text, folded, holds the folded needle with any of Markdown's inline marks inside it too: a phrase
     * is found as the page shows it ({@code "讲解 ThreadPoolExecutor 的"} in {@code 讲解 **ThreadPoolExecutor** 的}).
     */
    static boolean containsAcrossMarks(String text, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        char folded = needle.charAt(0);
        for (int j = START[folded]; j < START[folded + 1]; j++) {
            for (int at = text.indexOf(FROM[j]); at >= 0; at = text.indexOf(FROM[j], at + 1)) {
                if (foldedAcrossMarks(text, at, needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean foldedAcrossMarks(String text, int at, String needle) {
        int i = at;
        int k = 0;
        while (k < needle.length()) {
            if (i >= text.length()) {
                return false;
            }
            char c = text.charAt(i++);
            if (Snippets.foldChar(c) == needle.charAt(k)) {
                k++;
            } else if (INLINE_MARKS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where the folded needle first starts in the text folded, at or after from; -1 when nowhere. */
    static int indexOf(String text, String needle, int from) {
        int start = Math.max(0, from);
        if (needle.isEmpty()) {
            return start <= text.length() ? start : -1;
        }
        int anchor = anchor(needle);
        char folded = needle.charAt(anchor);
        int first = START[folded];
        int forms = START[folded + 1] - first;
        int[] next = new int[forms];
        for (int j = 0; j < forms; j++) {
            next[j] = text.indexOf(FROM[first + j], start + anchor);
        }
        while (true) {
            int j = nearest(next);
            if (j < 0) {
                return -1;
            }
            int at = next[j] - anchor;
            if (foldedAt(text, at, needle)) {
                return at;
            }
            next[j] = text.indexOf(FROM[first + j], next[j] + 1);
        }
    }

    /** The form whose next place comes first; -1 when none is left. */
    private static int nearest(int[] next) {
        int best = -1;
        for (int j = 0; j < next.length; j++) {
            if (next[j] >= 0 && (best < 0 || next[j] < next[best])) {
                best = j;
            }
        }
        return best;
    }

    private static boolean foldedAt(String text, int at, String needle) {
        if (at + needle.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < needle.length(); k++) {
            if (Snippets.foldChar(text.charAt(at + k)) != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the needle's least common character. */
    private static int anchor(String needle) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int k = 0; k < needle.length(); k++) {
            int rank = rank(needle.charAt(k));
            if (rank < bestRank) {
                best = k;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Lower is rarer: anything beyond ASCII, then letters by frequency, with digits and punctuation between them. */
    private static int rank(char c) {
        if (c >= 0x80) {
            return 0;
        }
        int common = COMMON_FIRST.indexOf(c);
        if (common >= 0) {
            return COMMON_FIRST.length() - common;
        }
        return c >= '0' && c <= '9' ? 8 : 12;
    }
}
